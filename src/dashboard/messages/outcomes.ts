import { defineMessages } from '../../i18n/define';
import { skills } from '../../i18n/messages/skills';

// The dashboard's words for « Parcours et compétences » (issue 17); the passport's items are the
// tablet's own words (skills.ts), so the dashboard and the tablet say the same thing.
const items = (lang: 'fr' | 'en' | 'ar') =>
  Object.fromEntries(
    Object.entries(skills[lang])
      .filter(([key]) => key.startsWith('skills.item.'))
      .map(([key, text]) => [key.replace('skills.item.', 'coord.skill.'), text]),
  ) as Record<`coord.skill.${string}`, string>;

/** The workshop feedback's sentences, as residents read them (coord.workshopStatement.*). */
const statements = (lang: 'fr' | 'en' | 'ar') =>
  Object.fromEntries(
    Object.entries(skills[lang])
      .filter(([key]) => key.startsWith('skills.feedback.statement.'))
      .map(([key, text]) => [key.replace('skills.feedback.statement.', 'coord.workshopStatement.'), text]),
  ) as Record<`coord.workshopStatement.${string}`, string>;

const screens = defineMessages({
  fr: {
    'coord.agenda.purpose': 'À quoi ça sert',
    'coord.agenda.purposeHint':
      'Une phrase pour les habitants : ce que l’atelier leur apporte. Montrée à l’inscription et sur l’agenda.',
    'coord.entity.skills_check': 'Point sur les compétences',
    'coord.entity.attendance': 'Présence à un atelier',
    'coord.nav.outcomes': 'Parcours et compétences',
    'coord.outcomes.title': 'Parcours et compétences',
    'coord.outcomes.intro':
      'Les personnes sont comptées par leur carte du parcours, une fois chacune, sur toutes les tablettes et tous les centres. Aucun nom n’est lié à une carte. Moins de 5 personnes : le chiffre n’est pas montré.',
    'coord.outcomes.empty':
      'Aucune carte, aucun point sur les compétences et aucun avis d’atelier sur cette période.',
    'coord.outcomes.funnel': 'Du premier contact à l’atelier',
    'coord.outcomes.stage': 'Étape',
    'coord.outcomes.people': 'Personnes',
    'coord.outcomes.peopleWithCard': 'Personnes touchées avec une carte',
    'coord.outcomes.met': 'Rencontrées (avec une carte)',
    'coord.outcomes.signedUp': '… puis inscrites à un atelier',
    'coord.outcomes.came': '… puis venues',
    'coord.outcomes.cameBack': '… puis revenues',
    'coord.outcomes.months': 'Nouvelles personnes et personnes déjà venues, par mois',
    'coord.outcomes.month': 'Mois',
    'coord.outcomes.new': 'Nouvelles',
    'coord.outcomes.returning': 'Déjà venues',
    'coord.outcomes.skills': 'Compétences : personnes passées à « je sais seul »',
    'coord.outcomes.skillsHint':
      'Une personne compte pour une tâche quand, entre deux points faits avec sa carte, sa réponse passe de « avec de l’aide » ou « pas encore » à « je sais seul ». Référentiels : Pix et DigComp 2.2.',
    'coord.outcomes.item': 'Tâche du passeport',
    'coord.outcomes.progressed': 'Passées à « je sais seul »',
    'coord.outcomes.observed': 'Vu faire par l’équipe',
    'coord.outcomes.feedback': 'Avis des ateliers',
    'coord.outcomes.noFeedback': 'Aucun avis d’atelier sur cette période.',
    'coord.outcomes.untitled': 'Atelier sans titre',
    'coord.outcomes.question': 'Question',
    'coord.outcomes.average': 'Moyenne (1 à 5)',
    'coord.outcomes.responses': 'Avis donnés',
    'coord.outcomes.learnt': 'J’ai appris à : {item}',
    'coord.outcomes.file.parcours': 'le parcours',
    'coord.outcomes.file.nouveaux-revenus': 'les nouvelles personnes',
    'coord.outcomes.file.competences': 'les compétences',
    'coord.outcomes.file.avis-ateliers': 'les avis des ateliers',
    'coord.outcomes.cardLine': 'Personnes distinctes touchées avec une carte',
  },
  en: {
    'coord.agenda.purpose': 'What it is for',
    'coord.agenda.purposeHint':
      'One sentence for residents: what the workshop gives them. Shown at sign-up and on the agenda.',
    'coord.entity.skills_check': 'Skills check',
    'coord.entity.attendance': 'Workshop attendance',
    'coord.nav.outcomes': 'Journeys and skills',
    'coord.outcomes.title': 'Journeys and skills',
    'coord.outcomes.intro':
      'People are counted by their journey card, once each, across all tablets and centres. No name is tied to a card. Fewer than 5 people: the figure is not shown.',
    'coord.outcomes.empty': 'No card, no skills check and no workshop feedback in this period.',
    'coord.outcomes.funnel': 'From first contact to the workshop',
    'coord.outcomes.stage': 'Stage',
    'coord.outcomes.people': 'People',
    'coord.outcomes.peopleWithCard': 'People reached with a card',
    'coord.outcomes.met': 'Met (with a card)',
    'coord.outcomes.signedUp': '… then signed up for a workshop',
    'coord.outcomes.came': '… then came',
    'coord.outcomes.cameBack': '… then came back',
    'coord.outcomes.months': 'New and returning people, by month',
    'coord.outcomes.month': 'Month',
    'coord.outcomes.new': 'New',
    'coord.outcomes.returning': 'Returning',
    'coord.outcomes.skills': 'Skills: people who moved to “I can on my own”',
    'coord.outcomes.skillsHint':
      'A person counts for a task when, between two checks made with their card, their answer moves from “with help” or “not yet” to “I can on my own”. Frameworks: Pix and DigComp 2.2.',
    'coord.outcomes.item': 'Passport task',
    'coord.outcomes.progressed': 'Moved to “on my own”',
    'coord.outcomes.observed': 'Seen done by the team',
    'coord.outcomes.feedback': 'Workshop feedback',
    'coord.outcomes.noFeedback': 'No workshop feedback in this period.',
    'coord.outcomes.untitled': 'Untitled workshop',
    'coord.outcomes.question': 'Question',
    'coord.outcomes.average': 'Average (1 to 5)',
    'coord.outcomes.responses': 'Answers given',
    'coord.outcomes.learnt': 'I learnt to: {item}',
    'coord.outcomes.file.parcours': 'the journeys',
    'coord.outcomes.file.nouveaux-revenus': 'new people',
    'coord.outcomes.file.competences': 'skills',
    'coord.outcomes.file.avis-ateliers': 'workshop feedback',
    'coord.outcomes.cardLine': 'Distinct people reached with a card',
  },
  ar: {
    'coord.agenda.purpose': 'ما فائدتها',
    'coord.agenda.purposeHint': 'جملة للسكان: ما تقدمه لهم الورشة. تظهر عند التسجيل وفي البرنامج.',
    'coord.entity.skills_check': 'تقييم المهارات',
    'coord.entity.attendance': 'الحضور في ورشة',
    'coord.nav.outcomes': 'المسارات والمهارات',
    'coord.outcomes.title': 'المسارات والمهارات',
    'coord.outcomes.intro':
      'يُحسب الأشخاص ببطاقة مسارهم، مرة واحدة لكل شخص، على كل اللوحات وكل المراكز. لا يرتبط أي اسم بالبطاقة. أقل من 5 أشخاص: لا يُعرض الرقم.',
    'coord.outcomes.empty': 'لا بطاقة ولا تقييم للمهارات ولا رأي في ورشة خلال هذه الفترة.',
    'coord.outcomes.funnel': 'من أول لقاء إلى الورشة',
    'coord.outcomes.stage': 'المرحلة',
    'coord.outcomes.people': 'الأشخاص',
    'coord.outcomes.peopleWithCard': 'أشخاص تم الوصول إليهم ببطاقة',
    'coord.outcomes.met': 'تم لقاؤهم (ببطاقة)',
    'coord.outcomes.signedUp': '… ثم سجلوا في ورشة',
    'coord.outcomes.came': '… ثم حضروا',
    'coord.outcomes.cameBack': '… ثم عادوا',
    'coord.outcomes.months': 'أشخاص جدد وأشخاص سبق أن جاؤوا، حسب الشهر',
    'coord.outcomes.month': 'الشهر',
    'coord.outcomes.new': 'جدد',
    'coord.outcomes.returning': 'سبق أن جاؤوا',
    'coord.outcomes.skills': 'المهارات: أشخاص انتقلوا إلى «أعرف وحدي»',
    'coord.outcomes.skillsHint':
      'يُحسب الشخص في مهمة عندما ينتقل جوابه، بين تقييمين بالبطاقة نفسها، من «بمساعدة» أو «ليس بعد» إلى «أعرف وحدي». المرجعان: Pix وDigComp 2.2.',
    'coord.outcomes.item': 'مهمة الجواز',
    'coord.outcomes.progressed': 'انتقلوا إلى «وحدي»',
    'coord.outcomes.observed': 'رآه الفريق',
    'coord.outcomes.feedback': 'آراء الورشات',
    'coord.outcomes.noFeedback': 'لا توجد آراء ورشات خلال هذه الفترة.',
    'coord.outcomes.untitled': 'ورشة بدون عنوان',
    'coord.outcomes.question': 'السؤال',
    'coord.outcomes.average': 'المعدل (من 1 إلى 5)',
    'coord.outcomes.responses': 'الآراء المقدمة',
    'coord.outcomes.learnt': 'تعلمت أن: {item}',
    'coord.outcomes.file.parcours': 'المسارات',
    'coord.outcomes.file.nouveaux-revenus': 'الأشخاص الجدد',
    'coord.outcomes.file.competences': 'المهارات',
    'coord.outcomes.file.avis-ateliers': 'آراء الورشات',
    'coord.outcomes.cardLine': 'أشخاص مختلفون تم الوصول إليهم ببطاقة',
  },
});

export const outcomes = {
  fr: { ...screens.fr, ...items('fr'), ...statements('fr') },
  en: { ...screens.en, ...items('en'), ...statements('en') },
  ar: { ...screens.ar, ...items('ar'), ...statements('ar') },
};
