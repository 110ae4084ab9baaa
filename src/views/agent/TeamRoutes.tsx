// The team space's screens by path (the URL keeps the place, so a reload lands on the same form).
import { currentPath } from '../../app/router';
import { NotFound } from '../common/NotFound';
import { SyncScreen } from '../sync/SyncScreen';
import { ContactScreen } from './contact/ContactScreen';
import { EncounterScreen } from './encounter/EncounterScreen';
import { OutingStartScreen } from './OutingStartScreen';
import { CardScreen } from './skills/CardScreen';
import { RosterScreen } from './skills/RosterScreen';
import { SkillsCheckScreen } from './skills/SkillsCheckScreen';
import { WorkshopsScreen } from './skills/WorkshopsScreen';
import { TodayScreen } from './TodayScreen';
import { useTeam } from './team-context';

export const NEW_ENCOUNTER = 'nouvelle';

export function encounterPath(id: string | undefined): string {
  return `/equipe/rencontre/${id ?? NEW_ENCOUNTER}`;
}

export function TeamRoutes() {
  const { agent } = useTeam();
  const parts = currentPath.value.split('/').filter(Boolean); // ['equipe', …]
  const [, screen, id, sub] = parts;
  if (!screen) return <TodayScreen />;
  if (screen === 'sortie' && !id) return <OutingStartScreen />;
  if (screen === 'synchronisation' && !id) return <SyncScreen />;
  if (screen === 'carte' && !id) return <CardScreen />;
  if (screen === 'competences' && !id) return <SkillsCheckScreen />;
  if (screen === 'ateliers' && !id) return <WorkshopsScreen />;
  if (screen === 'ateliers' && id && !sub)
    return <RosterScreen key={id} activityId={decodeURIComponent(id)} />;
  if (screen === 'rencontre' && id) {
    const editId = id === NEW_ENCOUNTER ? undefined : id;
    if (!sub) return <EncounterScreen key={id} editId={editId} />;
    if (sub === 'contact' && parts.length === 4 && agent.role !== 'volunteer')
      return <ContactScreen key={id} editId={editId} />;
  }
  return <NotFound />;
}
