// "Aujourd'hui": the current outing, the big "Nouvelle rencontre" button, the figures of the day
// and of the outing, and today's encounters. Everything follows the database live.

import { loadToday } from '../../agent/today';
import { navigate } from '../../app/router';
import { t } from '../../i18n';
import { clock } from '../../platform/clock';
import { SyncStatus } from '../sync/SyncStatus';
import { EncounterList } from './EncounterList';
import { flash } from './flash';
import { HelpRequests } from './HelpRequests';
import { Picto } from './icons';
import { OutingCard } from './OutingCard';
import { PlannedToday } from './PlannedToday';
import { SkillsLinks } from './skills/SkillsLinks';
import { TallyPanel } from './TallyPanel';
import { encounterPath } from './TeamRoutes';
import { useTeam } from './team-context';
import { useLive } from './useLive';

export function TodayScreen() {
  const { ctx } = useTeam();
  const today = useLive(() => loadToday(ctx.db, ctx.agentId, clock.now()), [ctx]);
  return (
    <main id="main" class="page team-page">
      <h1>{t('agent.today.title')}</h1>
      <p class="team-flash" role="status" data-testid="flash">
        {flash.value ? t(flash.value.key) : ''}
      </p>
      <a
        class="button button-primary team-button-huge"
        href={encounterPath(undefined)}
        onClick={(e) => {
          e.preventDefault();
          flash.value = undefined;
          navigate(encounterPath(undefined));
        }}
      >
        <Picto name="plus" size={40} />
        {t('agent.today.newEncounter')}
      </a>
      {today ? (
        <>
          <OutingCard outing={today.outing} />
          <SkillsLinks />
          <PlannedToday />
          <div class="team-tallies">
            <TallyPanel title={t('agent.tally.day')} tally={today.day} testId="tally-day" />
            {today.outingTally && (
              <TallyPanel title={t('agent.tally.outing')} tally={today.outingTally} testId="tally-outing" />
            )}
          </div>
          <HelpRequests />
          <EncounterList encounters={today.encounters} pending={today.pending} />
          <SyncStatus />
        </>
      ) : (
        <p class="loading">{t('loading')}</p>
      )}
    </main>
  );
}
