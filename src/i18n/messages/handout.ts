import { defineMessages } from '../define';

// The words of a guide's printable handout (src/views/kiosk/Handout.tsx) and of its QR codes. A
// catalogue of their own because the handout is drawn by the kiosk and by the dashboard: the
// kiosk's t() has them through kiosk-visit.ts, the dashboard reads them here without the kiosk's
// catalogues. Keys keep the kiosk's names (the step player and the phone dialog say them too).
export const handoutWords = defineMessages({
  fr: {
    'kiosk.step.tip': 'Astuce',
    'kiosk.step.warning': 'Attention',
    'kiosk.print.print': 'Imprimer',
    'kiosk.print.checklist': 'À avoir avec vous (cochez)',
    'kiosk.print.steps': 'Les étapes',
    'kiosk.print.step': 'Étape {n}',
    'kiosk.phone.guide': 'Ce guide, à cette étape',
    'kiosk.phone.site': 'Le site officiel',
    'kiosk.phone.failed': 'Le code n’a pas pu être dessiné.',
  },
  en: {
    'kiosk.step.tip': 'Tip',
    'kiosk.step.warning': 'Warning',
    'kiosk.print.print': 'Print',
    'kiosk.print.checklist': 'To have with you (tick)',
    'kiosk.print.steps': 'The steps',
    'kiosk.print.step': 'Step {n}',
    'kiosk.phone.guide': 'This guide, at this step',
    'kiosk.phone.site': 'The official website',
    'kiosk.phone.failed': 'The code could not be drawn.',
  },
  ar: {
    'kiosk.step.tip': 'نصيحة',
    'kiosk.step.warning': 'انتبه',
    'kiosk.print.print': 'اطبع',
    'kiosk.print.checklist': 'ما يجب أن يكون معك (ضع علامة)',
    'kiosk.print.steps': 'الخطوات',
    'kiosk.print.step': 'الخطوة {n}',
    'kiosk.phone.guide': 'هذا الدليل، في هذه الخطوة',
    'kiosk.phone.site': 'الموقع الرسمي',
    'kiosk.phone.failed': 'تعذّر رسم الرمز.',
  },
});
