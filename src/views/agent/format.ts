// Times and durations in words for the team screens.
import { dateFormatter, t } from '../../i18n';

export function formatTime(iso: string): string {
  return dateFormatter({ hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

/** "1 minute et 30 secondes", "45 secondes": a wait said in words, rounded up to the second. */
export function formatWait(ms: number): string {
  const total = Math.max(1, Math.ceil(ms / 1000));
  const min = Math.floor(total / 60);
  const sec = total % 60;
  const m = min === 1 ? t('agent.time.minuteOne') : t('agent.time.minutes', { n: min });
  const s = sec === 1 ? t('agent.time.secondOne') : t('agent.time.seconds', { n: sec });
  if (min && sec) return t('agent.time.and', { a: m, b: s });
  return min ? m : s;
}
