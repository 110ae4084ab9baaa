import { defineMessages } from '../define';

// Messages of the team settings screen; keys start with "settings.".
export const settings = defineMessages({
  fr: {
    'settings.title': 'Réglages de la tablette',
    'settings.storage': 'Stockage',
    'settings.persisted': 'Les données sont protégées : le navigateur ne les effacera pas seul.',
    'settings.notPersisted':
      'Attention : le navigateur peut effacer les données si la tablette manque de place. Installez la borne sur l’écran d’accueil.',
    'settings.unknownPersist': 'Ce navigateur ne dit pas si les données sont protégées.',
    'settings.usage': '{used} utilisés sur {quota} disponibles.',
    'settings.usageUnknown': 'Ce navigateur ne dit pas combien de place est utilisée.',
    'settings.locked': 'Ces réglages sont pour l’équipe. Ouvrez d’abord l’espace équipe avec votre code.',
    'settings.unlock': 'Ouvrir l’espace équipe',
  },
  en: {
    'settings.title': 'Tablet settings',
    'settings.storage': 'Storage',
    'settings.persisted': 'Data is protected: the browser will not erase it on its own.',
    'settings.notPersisted':
      'Warning: the browser may erase data if the tablet runs out of space. Install the kiosk on the home screen.',
    'settings.unknownPersist': 'This browser does not say whether data is protected.',
    'settings.usage': '{used} used out of {quota} available.',
    'settings.usageUnknown': 'This browser does not say how much space is used.',
    'settings.locked': 'These settings are for the team. First open the team area with your PIN.',
    'settings.unlock': 'Open the team area',
  },
  ar: {
    'settings.title': 'إعدادات الجهاز',
    'settings.storage': 'التخزين',
    'settings.persisted': 'البيانات محمية: لن يمسحها المتصفح من تلقاء نفسه.',
    'settings.notPersisted':
      'تنبيه: قد يمسح المتصفح البيانات إذا امتلأت ذاكرة الجهاز. ثبّت التطبيق على الشاشة الرئيسية.',
    'settings.unknownPersist': 'هذا المتصفح لا يوضح ما إذا كانت البيانات محمية.',
    'settings.usage': 'مستخدم {used} من أصل {quota} متاح.',
    'settings.usageUnknown': 'هذا المتصفح لا يوضح المساحة المستخدمة.',
    'settings.locked': 'هذه الإعدادات خاصة بالفريق. افتح أولًا مساحة الفريق برمزك.',
    'settings.unlock': 'فتح مساحة الفريق',
  },
});
