// Anonymous usage events of the kiosk (DESIGN.md kiosk_event): which guide, which step, which
// language, and whether a search found something — never what was typed. Recording is best
// effort: a failure (storage full, not enrolled) never disturbs the resident.
import { language } from '../i18n';
import { clock } from '../platform/clock';
import type { KioskEventKind } from '../shared/taxonomy';
import { saveAnonymousRecord } from './record-context';

export function recordKioskEvent(
  event: KioskEventKind,
  detail: { guideId?: string; step?: number; activityId?: string } = {},
): void {
  const fields: Record<string, unknown> = {
    event,
    language: language.value,
    at: clock.now().toISOString(),
  };
  if (detail.guideId !== undefined) fields.guideId = detail.guideId;
  if (detail.step !== undefined) fields.step = detail.step;
  if (detail.activityId !== undefined) fields.activityId = detail.activityId;
  void saveAnonymousRecord('kiosk_event', fields).catch(() => {
    // Nothing to tell the resident: usage figures are a bonus, the guide is what matters.
  });
}
