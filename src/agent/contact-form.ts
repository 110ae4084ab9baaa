// The contact form (only with consent): its state and checks. Pure, so the rules are tested apart
// from the sealing and the screen.

import { LIMITS } from '../shared/limits';
import type { ContactPersonal } from '../shared/records';
import type { Channel, ConsentPurpose, Language } from '../shared/taxonomy';
import { isFrenchMobile, normaliseEmail, normaliseFrenchPhone } from '../shared/validators';
import type { FieldErrors } from './context';

export interface ContactForm {
  /** Language the consent text is shown (and read aloud) in: the resident's. */
  consentLanguage: Language;
  purposes: ConsentPurpose[];
  firstName: string;
  lastName: string;
  phone: string;
  email: string;
  language: Language;
  channel?: Channel;
  /** For `annonces_permanences`: the neighbourhood whose permanences are announced (sealed). */
  neighbourhood?: string;
}

/** Purposes answered by SMS, which need a mobile number. */
const BY_SMS: readonly ConsentPurpose[] = ['sms', 'annonces_permanences'];

export function emptyContactForm(language: Language): ContactForm {
  return {
    consentLanguage: language,
    purposes: [],
    firstName: '',
    lastName: '',
    phone: '',
    email: '',
    language,
  };
}

export function checkContactForm(form: ContactForm): FieldErrors {
  const errors: FieldErrors = {};
  if (form.purposes.length === 0) errors.purposes = 'agent.contact.error.consent';
  const first = form.firstName.trim();
  if (!first) errors.firstName = 'agent.contact.error.firstName';
  else if (first.length > LIMITS.name) errors.firstName = 'agent.error.tooLong';
  if (form.lastName.trim().length > LIMITS.name) errors.lastName = 'agent.error.tooLong';
  const phone = form.phone.trim();
  const email = form.email.trim();
  if (phone && !normaliseFrenchPhone(phone)) errors.phone = 'agent.contact.error.phone';
  if (email && !normaliseEmail(email)) errors.email = 'agent.contact.error.email';
  const bySms = form.purposes.some((p) => BY_SMS.includes(p));
  const needsPhone = form.channel === 'telephone' || form.channel === 'sms' || bySms;
  if (!errors.phone && needsPhone && !phone) errors.phone = 'agent.contact.error.phoneRequired';
  if (!errors.phone && phone && (form.channel === 'sms' || bySms) && !isFrenchMobile(phone))
    errors.phone = 'agent.contact.error.mobileRequired';
  if (!errors.email && form.channel === 'email' && !email) errors.email = 'agent.contact.error.emailRequired';
  const place = form.neighbourhood?.trim() ?? '';
  if (form.purposes.includes('annonces_permanences') && !place)
    errors.neighbourhood = 'agent.contact.error.neighbourhood';
  else if (place.length > LIMITS.placeText) errors.neighbourhood = 'agent.error.tooLong';
  if (!form.channel) errors.channel = 'agent.contact.error.channel';
  if (!phone && !email && !errors.phone && !errors.email) errors.phone = 'agent.contact.error.reachable';
  return errors;
}

/** The personal fields that get sealed (normalised phone and e-mail). Call after checkContactForm. */
export function personalFields(form: ContactForm): ContactPersonal {
  const out: ContactPersonal = {
    firstName: form.firstName.trim(),
    language: form.language,
    preferredChannel: form.channel!,
  };
  const lastName = form.lastName.trim();
  const phone = normaliseFrenchPhone(form.phone);
  const email = normaliseEmail(form.email);
  if (lastName) out.lastName = lastName;
  if (phone) out.phone = phone;
  if (email) out.email = email;
  // Only kept for the announcements it was given for.
  const place = form.neighbourhood?.trim();
  if (place && form.purposes.includes('annonces_permanences')) out.neighbourhood = place;
  return out;
}
