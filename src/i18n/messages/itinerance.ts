// Planned permanences on the tablet (issue 11): the team's « Aujourd'hui » card and the kiosk's
// « La borne revient » line.
import { defineMessages } from '../define';

export const itinerance = defineMessages({
  fr: {
    'agent.planned.title': 'Prévu aujourd’hui',
    'agent.error.volunteerContact':
      'Un ou une bénévole n’enregistre pas de coordonnées. La rencontre reste anonyme : un membre de l’équipe peut prendre le contact.',
    'agent.volunteer.badge': 'Bénévole',
    'agent.volunteer.hint': 'Espace bénévole : rencontres anonymes seulement, sans coordonnées.',
    'agent.planned.when': 'de {start} à {end}',
    'agent.planned.mine': 'vous êtes prévu·e',
    'agent.planned.start': 'Commencer la permanence : {place}',
    'agent.planned.held': 'Permanence tenue ✓',
    'kiosk.visit.back': 'La borne revient : {when}, {place}',
    'kiosk.visit.next': 'Prochains passages de la borne',
    'kiosk.visit.nearby': 'Et tout près :',
    'kiosk.visit.item': '{when}, {place}',
    'kiosk.visit.when': '{day} {time}',
    'kiosk.visit.hour': '{h} h',
    'kiosk.visit.hourMin': '{h} h {m}',
  },
  en: {
    'agent.planned.title': 'Planned today',
    'agent.error.volunteerContact':
      'A volunteer does not record contact details. The encounter stays anonymous: a team member can take the contact.',
    'agent.volunteer.badge': 'Volunteer',
    'agent.volunteer.hint': 'Volunteer area: anonymous encounters only, no contact details.',
    'agent.planned.when': 'from {start} to {end}',
    'agent.planned.mine': 'you are planned',
    'agent.planned.start': 'Start the session: {place}',
    'agent.planned.held': 'Session held ✓',
    'kiosk.visit.back': 'The kiosk comes back: {when}, {place}',
    'kiosk.visit.next': 'Next visits of the kiosk',
    'kiosk.visit.nearby': 'And close by:',
    'kiosk.visit.item': '{when}, {place}',
    'kiosk.visit.when': '{day} at {time}',
    'kiosk.visit.hour': '{h}:00',
    'kiosk.visit.hourMin': '{h}:{m}',
  },
  ar: {
    'agent.planned.title': 'المبرمج اليوم',
    'agent.error.volunteerContact':
      'المتطوع·ة لا يسجل معلومات الاتصال. يبقى اللقاء مجهول الهوية: يمكن لعضو في الفريق أخذ معلومات الاتصال.',
    'agent.volunteer.badge': 'متطوع·ة',
    'agent.volunteer.hint': 'مساحة المتطوعين: لقاءات مجهولة الهوية فقط، بدون معلومات اتصال.',
    'agent.planned.when': 'من {start} إلى {end}',
    'agent.planned.mine': 'أنت مبرمج·ة',
    'agent.planned.start': 'ابدأ الحضور: {place}',
    'agent.planned.held': 'تم الحضور ✓',
    'kiosk.visit.back': 'تعود المحطة: {when}، {place}',
    'kiosk.visit.next': 'المواعيد القادمة للمحطة',
    'kiosk.visit.nearby': 'وبالقرب من هنا:',
    'kiosk.visit.item': '{when}، {place}',
    'kiosk.visit.when': '{day} الساعة {time}',
    'kiosk.visit.hour': '{h}:00',
    'kiosk.visit.hourMin': '{h}:{m}',
  },
});
