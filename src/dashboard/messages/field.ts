// The needs beyond the digital and « À la maison » by neighbourhood (issue 11 points 4, 5), on the
// coverage page.
import { defineMessages } from '../../i18n/define';

export const field = defineMessages({
  fr: {
    'coord.needs.title': 'Besoins évoqués et équipement à la maison, par quartier',
    'coord.needs.intro':
      'Ce que les personnes ont dit en plus de leur démarche, et ce qu’elles ont chez elles. Sans nom : à partager avec le bailleur ou la ville. Moins de 5 : non chiffré.',
    'coord.needs.empty': 'Aucune rencontre sur la période.',
    'coord.needs.needsCaption': 'Autres besoins évoqués (nombre de rencontres)',
    'coord.needs.atHomeCaption': 'À la maison (nombre de rencontres, par réponse)',
    'coord.needs.encounters': 'Rencontres',
    'coord.needs.noNeighbourhood': 'Quartier non connu (hors sortie)',
    'coord.needs.answer': '{item} : {answer}',
    'coord.needs.csv': 'Besoins par quartier (CSV)',
    'coord.needs.xlsx': 'Besoins par quartier (XLSX)',
    'coord.needs.homeCsv': 'À la maison par quartier (CSV)',
    'coord.needs.homeXlsx': 'À la maison par quartier (XLSX)',
  },
  en: {
    'coord.needs.title': 'Needs mentioned and equipment at home, by neighbourhood',
    'coord.needs.intro':
      'What people said besides their procedure, and what they have at home. No names: to share with the landlord or the town. Fewer than 5: not given as a number.',
    'coord.needs.empty': 'No encounter in this period.',
    'coord.needs.needsCaption': 'Other needs mentioned (number of encounters)',
    'coord.needs.atHomeCaption': 'At home (number of encounters, by answer)',
    'coord.needs.encounters': 'Encounters',
    'coord.needs.noNeighbourhood': 'Neighbourhood unknown (outside an outing)',
    'coord.needs.answer': '{item}: {answer}',
    'coord.needs.csv': 'Needs by neighbourhood (CSV)',
    'coord.needs.xlsx': 'Needs by neighbourhood (XLSX)',
    'coord.needs.homeCsv': 'At home by neighbourhood (CSV)',
    'coord.needs.homeXlsx': 'At home by neighbourhood (XLSX)',
  },
  ar: {
    'coord.needs.title': 'الاحتياجات المذكورة والتجهيزات في البيت، حسب الحي',
    'coord.needs.intro':
      'ما قاله الأشخاص إضافة إلى إجراءاتهم، وما لديهم في البيت. بدون أسماء: للمشاركة مع المؤجِّر أو البلدية. أقل من 5: لا يُعطى رقم.',
    'coord.needs.empty': 'لا لقاء في هذه الفترة.',
    'coord.needs.needsCaption': 'احتياجات أخرى ذُكرت (عدد اللقاءات)',
    'coord.needs.atHomeCaption': 'في البيت (عدد اللقاءات، حسب الجواب)',
    'coord.needs.encounters': 'اللقاءات',
    'coord.needs.noNeighbourhood': 'حي غير معروف (خارج الخرجات)',
    'coord.needs.answer': '{item}: {answer}',
    'coord.needs.csv': 'الاحتياجات حسب الحي (CSV)',
    'coord.needs.xlsx': 'الاحتياجات حسب الحي (XLSX)',
    'coord.needs.homeCsv': 'في البيت حسب الحي (CSV)',
    'coord.needs.homeXlsx': 'في البيت حسب الحي (XLSX)',
  },
});
