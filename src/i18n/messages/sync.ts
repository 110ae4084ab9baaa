import { defineMessages } from '../define';

// Messages of the sync screens; keys start with "sync.".
export const sync = defineMessages({
  fr: {
    'sync.title': 'Synchronisation',
  },
  en: {
    'sync.title': 'Synchronisation',
  },
  ar: {
    'sync.title': 'المزامنة',
  },
});
