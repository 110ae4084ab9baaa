// Issue 11 and issue 16 point 9 on the team screens: the needs beyond the digital and « À la maison »
// on an encounter, the sync screen's counts, the outing form's suggestions.
import { defineMessages } from '../define';

export const field = defineMessages({
  fr: {
    'field.section.needs': 'Autres besoins évoqués (facultatif)',
    'field.needs.legend': 'La personne a parlé aussi de…',
    'field.needs.hint': 'Sans nom : ces besoins sont comptés par quartier, pour le bailleur ou la ville.',
    'field.section.atHome': 'À la maison (facultatif)',
    'field.atHome.item': 'À la maison : {item}',
  },
  en: {
    'field.section.needs': 'Other needs mentioned (optional)',
    'field.needs.legend': 'The person also talked about…',
    'field.needs.hint': 'No name: these needs are counted by neighbourhood, for the landlord or the town.',
    'field.section.atHome': 'At home (optional)',
    'field.atHome.item': 'At home: {item}',
  },
  ar: {
    'field.section.needs': 'احتياجات أخرى ذُكرت (اختياري)',
    'field.needs.legend': 'تحدث الشخص أيضًا عن…',
    'field.needs.hint': 'بدون اسم: تُحسب هذه الاحتياجات حسب الحي، للمؤجِّر أو للبلدية.',
    'field.section.atHome': 'في البيت (اختياري)',
    'field.atHome.item': 'في البيت: {item}',
  },
});
