import { defineMessages } from '../define';

// Messages of the kiosk screens; keys start with "kiosk.".
export const kiosk = defineMessages({
  fr: {
    'kiosk.title': 'Guides pas à pas',
  },
  en: {
    'kiosk.title': 'Step-by-step guides',
  },
  ar: {
    'kiosk.title': 'أدلة خطوة بخطوة',
  },
});
