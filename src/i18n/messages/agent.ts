import { defineMessages } from '../define';

// Messages of the agent screens; keys start with "agent.".
export const agent = defineMessages({
  fr: {
    'agent.title': 'Espace équipe',
  },
  en: {
    'agent.title': 'Team area',
  },
  ar: {
    'agent.title': 'مساحة الفريق',
  },
});
