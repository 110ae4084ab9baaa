import { defineMessages } from '../define';

// Messages of the setup screens; keys start with "setup.".
export const setup = defineMessages({
  fr: {
    'setup.title': 'Installer la tablette',
  },
  en: {
    'setup.title': 'Set up the tablet',
  },
  ar: {
    'setup.title': 'إعداد الجهاز',
  },
});
