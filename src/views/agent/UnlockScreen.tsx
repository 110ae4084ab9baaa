// Pick your name, type your PIN: checked offline. Wrong PINs lock the tablet for a growing delay,
// said in words with the time left (the lockout is stored, so a reload does not reset it).
import { useEffect, useState } from 'preact/hooks';
import { loadLockout, remainingMs } from '../../agent/lockout';
import { unlock } from '../../agent/unlock';
import { getDb } from '../../db/database';
import { deviceSettings } from '../../device/settings-store';
import { t } from '../../i18n';
import { clock } from '../../platform/clock';
import { ChoiceTiles } from './ChoiceTiles';
import { formatWait } from './format';
import { TextField } from './TextField';
import { useLive } from './useLive';

export function UnlockScreen({ centreId, autoLocked }: { centreId: string; autoLocked: boolean }) {
  const agents = useLive(
    () =>
      getDb()
        .agents.where('centreId')
        .equals(centreId)
        .toArray()
        .then((list) => list.sort((a, b) => a.displayName.localeCompare(b.displayName))),
    [centreId],
  );
  const [chosen, setChosen] = useState<string | undefined>(deviceSettings.value.lastAgentId);
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | undefined>();
  const [lockedUntil, setLockedUntil] = useState(0);
  const [now, setNow] = useState(clock.ms());

  useEffect(() => {
    void loadLockout().then((l) => setLockedUntil(l.lockedUntil));
  }, []);
  useEffect(() => {
    if (lockedUntil <= clock.ms()) return;
    const timer = setInterval(() => setNow(clock.ms()), 1000);
    return () => clearInterval(timer);
  }, [lockedUntil]);

  const wait = remainingMs({ failures: 0, lockedUntil }, now);
  const known = agents?.some((a) => a.id === chosen);

  async function submit(e: Event) {
    e.preventDefault();
    const agent = agents?.find((a) => a.id === chosen);
    if (!agent) return setMessage(t('agent.unlock.chooseFirst'));
    setBusy(true);
    setMessage(undefined);
    try {
      const result = await unlock(agent, pin.trim());
      if (result.ok) return; // the session signal opens the team space
      setPin('');
      if (result.reason === 'format') setMessage(t('agent.unlock.format'));
      else if (result.reason === 'locked') setLockedUntil(clock.ms() + result.remainingMs);
      else if (result.remainingMs > 0) {
        setMessage(t('agent.unlock.wrong'));
        setLockedUntil(clock.ms() + result.remainingMs);
      } else
        setMessage(
          `${t('agent.unlock.wrong')} ${
            result.triesLeft === 1
              ? t('agent.unlock.triesOne')
              : t('agent.unlock.triesMany', { n: result.triesLeft })
          }`,
        );
      setNow(clock.ms());
    } catch {
      setMessage(t('error.generic'));
    } finally {
      setBusy(false);
    }
  }

  async function sync() {
    const { syncNow } = await import('../../sync/sync-client');
    await syncNow('manual').catch(() => undefined);
  }

  return (
    <main id="main" class="page team-unlock">
      <h1>{t('agent.unlock.title')}</h1>
      {autoLocked && (
        <p class="team-notice" role="status">
          {t('agent.unlock.autoLocked')}
        </p>
      )}
      {agents && agents.length === 0 ? (
        <div class="card">
          <p>{t('agent.unlock.noAgents')}</p>
          <button type="button" class="button" onClick={sync}>
            {t('agent.unlock.sync')}
          </button>
        </div>
      ) : (
        <form onSubmit={submit} class="team-unlock-form">
          <ChoiceTiles
            legend={t('agent.unlock.pickName')}
            name="agent"
            options={(agents ?? []).map((a) => ({ value: a.id, label: a.displayName, icon: 'individuel' }))}
            selected={known && chosen ? [chosen] : []}
            onToggle={setChosen}
          />
          <TextField
            id="pin"
            type="password"
            inputMode="numeric"
            maxLength={6}
            label={t('agent.unlock.pin')}
            value={pin}
            onInput={setPin}
          />
          <button type="submit" class="button button-primary team-button-wide" disabled={busy || wait > 0}>
            {busy ? t('agent.unlock.checking') : t('agent.unlock.submit')}
          </button>
          <p role="alert" class="team-unlock-message">
            {message}
          </p>
          {wait > 0 && (
            <p class="team-lockout" data-testid="lockout">
              {t('agent.unlock.locked', { time: formatWait(wait) })}
            </p>
          )}
        </form>
      )}
    </main>
  );
}
