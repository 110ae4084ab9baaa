// The team space's list of today's help requests from the kiosk (« J'ai besoin d'une personne »):
// the time, and the guide and step the resident was on. Nothing about who asked.
import { useEffect } from 'preact/hooks';
import { todaysHelpRequests } from '../../agent/help-requests';
import { dateFormatter, language, t } from '../../i18n';
import { ensureContent, guidesById } from '../../kiosk/content';
import { clock } from '../../platform/clock';
import { useTeam } from './team-context';
import { useLive } from './useLive';

const TIME = { hour: '2-digit', minute: '2-digit' } as const;

export function HelpRequests() {
  const { ctx } = useTeam();
  const rows = useLive(() => todaysHelpRequests(ctx.db, clock.now()), [ctx]);
  useEffect(() => {
    void ensureContent();
  }, []);
  const lang = language.value;
  if (!rows) return null;
  return (
    <section
      class="card team-help-requests"
      aria-labelledby="help-requests-title"
      data-testid="help-requests"
    >
      <h2 id="help-requests-title">{t('kiosk.team.helpTitle')}</h2>
      {rows.length === 0 ? (
        <p>{t('kiosk.team.helpNone')}</p>
      ) : (
        <ul>
          {rows.map((r) => {
            const title = r.guideId ? (guidesById.value.get(r.guideId)?.title[lang] ?? r.guideId) : undefined;
            const where = !title
              ? t('kiosk.team.helpHome')
              : r.step !== undefined
                ? t('kiosk.team.helpGuideStep', { title, step: r.step })
                : t('kiosk.team.helpGuide', { title });
            return (
              <li key={r.id} data-testid="help-request">
                <time dateTime={r.at}>{dateFormatter(TIME).format(new Date(r.at))}</time> — {where}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
