// Field lengths, once: the record schemas (tablet and server) check them and the tablet's forms
// size their inputs with the same numbers (`maxLength`), so a form never lets through what the
// server would refuse. Counted in UTF-16 code units, as both `String.length` and `maxLength` do.

export const LIMITS = {
  /** Ids a server publishes (centre, device, agent, partner, activity). */
  refId: 64,
  /** A guide's id in the content bundle. */
  guideId: 80,
  /** An outing's place label, neighbourhood and commune. */
  placeText: 120,
  /** An encounter's short note. */
  note: 280,
  /** A contact's first and last name; a tablet's name. */
  name: 80,
  /** A contact's phone as typed (normalised to +33…). */
  phone: 32,
  /** An e-mail address (RFC 5321) and its local part. */
  email: 254,
  emailLocalPart: 64,
  /** The version tag of the consent text a resident agreed to. */
  consentTextVersion: 32,
  /** An enrolment code as typed: the 8 letters and digits, with spaces or a dash. */
  enrolCodeMin: 4,
  enrolCode: 32,
  /** A sealed box's iv and ephemeral key coordinates, and its ciphertext, base64. */
  sealedIv: 64,
  sealedCiphertext: 16_384,
} as const;
