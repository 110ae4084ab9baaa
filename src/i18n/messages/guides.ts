import { defineMessages } from '../define';

// Messages of the guide content features: the practice areas of a step, the folded search results.
// Kept apart from kiosk.ts so the guides and the kiosk screens can change without colliding.
export const guides = defineMessages({
  fr: {
    'kiosk.practice.title': 'Essayez ici',
    'kiosk.practice.safe': 'C’est un essai : rien n’est envoyé, rien n’est gardé.',
    'kiosk.practice.tap.button': 'Touchez ici',
    'kiosk.practice.tap.done': 'Bravo ! Le bouton est devenu vert.',
    'kiosk.practice.scroll.label': 'Cadre d’essai : faites défiler jusqu’à l’étoile',
    'kiosk.practice.scroll.line': 'Ligne {n}. Continuez à faire défiler.',
    'kiosk.practice.scroll.end': 'Vous êtes arrivé en bas.',
    'kiosk.practice.scroll.done': 'Bravo ! Vous avez fait défiler jusqu’en bas.',
    'kiosk.practice.type.label': 'Écrivez un mot, par exemple « bonjour »',
    'kiosk.practice.type.count': 'Vous avez écrit {count} lettres.',
    'kiosk.search.best': 'Les guides pour vous',
    'kiosk.search.others': 'Autres guides ({count})',
  },
  en: {
    'kiosk.practice.title': 'Try here',
    'kiosk.practice.safe': 'This is practice: nothing is sent, nothing is kept.',
    'kiosk.practice.tap.button': 'Touch here',
    'kiosk.practice.tap.done': 'Well done! The button turned green.',
    'kiosk.practice.scroll.label': 'Practice box: scroll down to the star',
    'kiosk.practice.scroll.line': 'Line {n}. Keep scrolling.',
    'kiosk.practice.scroll.end': 'You have reached the bottom.',
    'kiosk.practice.scroll.done': 'Well done! You scrolled to the bottom.',
    'kiosk.practice.type.label': 'Type a word, for example « hello »',
    'kiosk.practice.type.count': 'You typed {count} letters.',
    'kiosk.search.best': 'Guides for you',
    'kiosk.search.others': 'Other guides ({count})',
  },
  ar: {
    'kiosk.practice.title': 'جرّب هنا',
    'kiosk.practice.safe': 'هذه تجربة: لا شيء يُرسل، ولا شيء يُحفظ.',
    'kiosk.practice.tap.button': 'المس هنا',
    'kiosk.practice.tap.done': 'أحسنت! أصبح الزر أخضر.',
    'kiosk.practice.scroll.label': 'إطار التجربة: مرّر حتى تصل إلى النجمة',
    'kiosk.practice.scroll.line': 'السطر {n}. واصل التمرير.',
    'kiosk.practice.scroll.end': 'وصلت إلى الأسفل.',
    'kiosk.practice.scroll.done': 'أحسنت! لقد مرّرت حتى الأسفل.',
    'kiosk.practice.type.label': 'اكتب كلمة، مثلاً « مرحبا »',
    'kiosk.practice.type.count': 'كتبت {count} حروف.',
    'kiosk.search.best': 'الأدلة المناسبة لك',
    'kiosk.search.others': 'أدلة أخرى ({count})',
  },
});
