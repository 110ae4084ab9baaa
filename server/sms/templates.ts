// What the server may say by SMS, in the contact's language. Short (one SMS where possible), never
// naming a procedure, an institution or anything sensitive — a phone is often shared in a family —
// and each ending with how to stop. Parameters are public words only (centre, activity, place, time).
import type { Language } from '../../src/shared/taxonomy';

export const SMS_PURPOSES = [
  'rappel_activite',
  'annonce_permanence',
  'rappel',
  'question_droit',
  'confirmation_stop',
  'essai',
] as const;
export type SmsPurpose = (typeof SMS_PURPOSES)[number];

export interface SmsParams {
  centre: string;
  activity?: string;
  place?: string;
  when?: string;
  /** The end of a permanence (wall-clock time), with `when` its start. */
  until?: string;
}

type Template = (p: SmsParams) => string;

const STOP: Record<Language, string> = {
  fr: 'Pour ne plus recevoir de SMS, répondez STOP.',
  en: 'To stop these texts, reply STOP.',
  ar: 'لإيقاف هذه الرسائل، أرسلوا STOP.',
};

const TEMPLATES: Record<SmsPurpose, Record<Language, Template>> = {
  rappel_activite: {
    fr: (p) => `${p.centre} : rappel, demain ${p.when} : ${p.activity}, ${p.place}. ${STOP.fr}`,
    en: (p) => `${p.centre}: reminder, tomorrow ${p.when}: ${p.activity}, ${p.place}. ${STOP.en}`,
    ar: (p) => `${p.centre}: تذكير، غدًا ${p.when}: ${p.activity}، ${p.place}. ${STOP.ar}`,
  },
  annonce_permanence: {
    fr: (p) =>
      `${p.centre} : la borne numérique revient demain de ${p.when} à ${p.until}, ${p.place}. ${STOP.fr}`,
    en: (p) =>
      `${p.centre}: the digital help desk is back tomorrow from ${p.when} to ${p.until}, ${p.place}. ${STOP.en}`,
    ar: (p) =>
      `${p.centre}: تعود نقطة المساعدة الرقمية غدًا من ${p.when} إلى ${p.until}، ${p.place}. ${STOP.ar}`,
  },
  rappel: {
    fr: (p) =>
      `${p.centre} : bonjour, l’équipe souhaite vous reparler. Passez au centre ou répondez à ce SMS. ${STOP.fr}`,
    en: (p) =>
      `${p.centre}: hello, the team would like to talk with you again. Come to the centre or reply to this text. ${STOP.en}`,
    ar: (p) =>
      `${p.centre}: مرحبًا، يودّ الفريق التحدث معكم مجددًا. تعالوا إلى المركز أو ردّوا على هذه الرسالة. ${STOP.ar}`,
  },
  question_droit: {
    fr: (p) =>
      `${p.centre} : bonjour. Votre démarche est-elle faite ? Répondez 1 si c’est fait, 2 si c’est en cours, 3 si vous êtes bloqué(e). ${STOP.fr}`,
    en: (p) =>
      `${p.centre}: hello. Is your application done? Reply 1 if it is done, 2 if it is in progress, 3 if you are stuck. ${STOP.en}`,
    ar: (p) =>
      `${p.centre}: مرحبًا. هل أنهيتم إجراءكم؟ أرسلوا 1 إذا انتهى، 2 إذا كان جاريًا، 3 إذا واجهتم صعوبة. ${STOP.ar}`,
  },
  confirmation_stop: {
    fr: (p) => `${p.centre} : c’est noté, vous ne recevrez plus de SMS du centre.`,
    en: (p) => `${p.centre}: done, you will not receive texts from the centre any more.`,
    ar: (p) => `${p.centre}: تمّ، لن تصلكم رسائل من المركز بعد الآن.`,
  },
  essai: {
    fr: (p) => `${p.centre} : message d’essai de la borne mobile. Tout fonctionne.`,
    en: (p) => `${p.centre}: test message from the borne mobile. Everything works.`,
    ar: (p) => `${p.centre}: رسالة تجريبية من المحطة المتنقلة. كل شيء يعمل.`,
  },
};

export function renderSms(purpose: SmsPurpose, language: Language, params: SmsParams): string {
  return TEMPLATES[purpose][language](params);
}
