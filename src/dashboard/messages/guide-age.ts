// The dashboard's words for the age of a guide's facts (issue 10): when they were checked, and the
// « à revérifier » flag 6 months later (src/shared/content-age.ts).
import { defineMessages } from '../../i18n/define';

export const guideAge = defineMessages({
  fr: {
    'coord.guides.verifiedCol': 'Faits vérifiés',
    'coord.guides.verifiedOn': 'le {date}',
    'coord.guides.ageMonths': 'il y a {n} mois',
    'coord.guides.ageThisMonth': 'ce mois-ci',
    'coord.guides.recheck': 'À revérifier',
    'coord.guides.neverChecked': 'Date inconnue',
    'coord.guides.recheckIntro':
      'Un guide est « à revérifier » 6 mois après la vérification de ses faits sur les sites officiels.',
  },
  en: {
    'coord.guides.verifiedCol': 'Facts checked',
    'coord.guides.verifiedOn': 'on {date}',
    'coord.guides.ageMonths': '{n} months ago',
    'coord.guides.ageThisMonth': 'this month',
    'coord.guides.recheck': 'To check again',
    'coord.guides.neverChecked': 'Date unknown',
    'coord.guides.recheckIntro':
      'A guide is « to check again » 6 months after its facts were checked on the official websites.',
  },
  ar: {
    'coord.guides.verifiedCol': 'التحقق من المعلومات',
    'coord.guides.verifiedOn': 'في {date}',
    'coord.guides.ageMonths': 'منذ {n} أشهر',
    'coord.guides.ageThisMonth': 'هذا الشهر',
    'coord.guides.recheck': 'يجب التحقق من جديد',
    'coord.guides.neverChecked': 'التاريخ غير معروف',
    'coord.guides.recheckIntro':
      'يصبح الدليل « يجب التحقق من جديد » بعد 6 أشهر من التحقق من معلوماته في المواقع الرسمية.',
  },
});
