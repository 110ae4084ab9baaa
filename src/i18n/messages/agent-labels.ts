import { groupLabels, prefixed } from '../../shared/labels';
import type { Language } from '../../shared/taxonomy';
import { defineMessages } from '../define';

// Labels of the data model's ids on the team screens, in the plain wording of the one catalogue
// (src/shared/labels); keys start with "agent." and end with the id, so a screen can say
// t(`agent.theme.${id}`). Nothing is written here: change the words in src/shared/labels.
function tabletLabels(lang: Language) {
  const g = <G extends Parameters<typeof groupLabels>[0]>(group: G) => groupLabels(group, lang, 'plain');
  return {
    ...prefixed('agent.place', g('placeKind')),
    ...prefixed('agent.type', g('encounterType')),
    ...prefixed('agent.sex', g('sex')),
    ...prefixed('agent.age', g('ageBand')),
    ...prefixed('agent.status', g('socialStatus')),
    ...prefixed('agent.yn', g('yesNo')),
    ...prefixed('agent.theme', g('theme')),
    ...prefixed('agent.sub', g('subTheme')),
    ...prefixed('agent.inst', g('institution')),
    ...prefixed('agent.equip', g('equipment')),
    ...prefixed('agent.need', g('need')),
    ...prefixed('agent.home', g('homeEquipment')),
    ...prefixed('agent.action', g('action')),
    ...prefixed('agent.redir', g('redirectionKind')),
    ...prefixed('agent.autonomy', g('autonomy')),
    ...prefixed('agent.purpose', g('consentPurpose')),
    ...prefixed('agent.channel', g('channel')),
  };
}

export const agentLabels = defineMessages({
  fr: tabletLabels('fr'),
  en: tabletLabels('en'),
  ar: tabletLabels('ar'),
});
