import { defineMessages } from '../define';

export const home = defineMessages({
  fr: {
    'home.title': 'Bonjour !',
    'home.resident': 'Je cherche de l’aide pour une démarche',
    'home.residentHint': 'CAF, impôts, papiers, santé, emploi…',
    'home.team': 'Espace équipe',
    'home.teamHint': 'Pour les animateurs et animatrices du centre',
    'home.install': 'Installer la borne sur l’écran d’accueil',
    'home.installHint': 'Ainsi, les données restent sur la tablette.',
  },
  en: {
    'home.title': 'Hello!',
    'home.resident': 'I need help with an online procedure',
    'home.residentHint': 'CAF, taxes, ID papers, health, jobs…',
    'home.team': 'Team area',
    'home.teamHint': 'For the centre’s staff',
    'home.install': 'Install the kiosk on the home screen',
    'home.installHint': 'This way, data stays on the tablet.',
  },
  ar: {
    'home.title': 'مرحبًا!',
    'home.resident': 'أبحث عن مساعدة في إجراء إداري',
    'home.residentHint': 'CAF، الضرائب، الوثائق، الصحة، العمل…',
    'home.team': 'مساحة الفريق',
    'home.teamHint': 'لموظفي المركز',
    'home.install': 'ثبّت التطبيق على الشاشة الرئيسية',
    'home.installHint': 'هكذا تبقى البيانات على الجهاز.',
  },
});
