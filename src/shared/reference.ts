// Reference data published by the server and pulled by tablets (DESIGN.md "Server-published").
import * as v from 'valibot';
import { AGENT_ROLES } from './roles';
import { CONSENT_PURPOSES, REDIRECTION_KINDS, THEMES } from './taxonomy';

export const PartnerSchema = v.object({
  id: v.string(),
  territoryId: v.string(),
  name: v.string(),
  redirectionKind: v.picklist(REDIRECTION_KINDS),
  themes: v.array(v.picklist(THEMES)),
  /** The theme as the programme recorded it ("Accès aux droits"), shown beside the name. */
  label: v.optional(v.string()),
  address: v.optional(v.string()),
  hours: v.optional(v.string()),
  phone: v.optional(v.string()),
  website: v.optional(v.string()),
  /** The town it stands in, for the kiosk's « Où aller ? » (else read from the address). */
  commune: v.optional(v.string()),
  /** True when address/hours were invented for the demo (the source does not have them). */
  demo: v.optional(v.boolean()),
});

/** What the server counts of an activity's sign-ups and attendance (issue 17): cards, never names. */
export const RosterSchema = v.object({
  signedUp: v.number(),
  /** Cards of the sign-ups made with a card. */
  passIds: v.array(v.string()),
  /** People checked in, every tablet together. */
  attended: v.number(),
  /** Cards already checked in. */
  checkedIn: v.array(v.string()),
});

export const ActivitySchema = v.object({
  id: v.string(),
  centreId: v.string(),
  title: v.string(),
  startsAt: v.string(),
  place: v.string(),
  seats: v.optional(v.number()),
  /** « À quoi ça sert »: what taking part is for, shown at sign-up and on the agenda. */
  purpose: v.optional(v.string()),
  roster: v.optional(RosterSchema),
});

/** Weaker PIN verifiers are refused (a tampered or downgraded one); src/crypto/pin.ts makes 120,000. */
export const PIN_MIN_ITERATIONS = 100_000;

/** PBKDF2-SHA-256 verifier of an agent's PIN; the tablet checks PINs offline against it. */
export const PinVerifierSchema = v.object({
  alg: v.literal('PBKDF2-SHA256'),
  iterations: v.pipe(v.number(), v.integer(), v.minValue(PIN_MIN_ITERATIONS)),
  salt: v.string(),
  hash: v.string(),
});

export const AgentSchema = v.object({
  id: v.string(),
  centreId: v.string(),
  displayName: v.string(),
  role: v.picklist(AGENT_ROLES),
  pinVerifier: PinVerifierSchema,
});

export const RetentionSettingsSchema = v.object({
  /** Months kept after the last contact, per consent purpose (CNIL: 24 for social accompaniment). */
  monthsByPurpose: v.record(v.picklist(CONSENT_PURPOSES), v.number()),
});

export const CentreSettingsSchema = v.object({
  retention: RetentionSettingsSchema,
  kioskIdleSeconds: v.number(),
  agentLockSeconds: v.number(),
  consentTextVersion: v.string(),
});

/** The centre's « À propos » (dashboard settings): what the borne is for, and its funders. */
export const CentreAboutSchema = v.object({
  purpose: v.optional(v.string()),
  funders: v.optional(v.string()),
});

export const CentreSchema = v.object({
  id: v.string(),
  name: v.string(),
  commune: v.string(),
  territoryId: v.string(),
  territoryName: v.string(),
  /** ECDH P-256 public key (JWK) that contacts are sealed to. */
  publicKey: v.object({ kty: v.literal('EC'), crv: v.literal('P-256'), x: v.string(), y: v.string() }),
  settings: CentreSettingsSchema,
  about: v.optional(CentreAboutSchema),
  /** The centre's neighbourhoods (the coverage page's list): the outing form suggests them. */
  neighbourhoods: v.optional(v.array(v.object({ name: v.string(), qpv: v.boolean() }))),
});

export const DeviceCommandSchema = v.object({
  id: v.string(),
  command: v.picklist(['wipe']),
  at: v.string(),
});

/** Pointer to the published content bundle; the tablet fetches GET /api/v1/content when it changes. */
export const ContentPointerSchema = v.object({
  id: v.literal('current'),
  version: v.number(),
  etag: v.string(),
});

export const DEFAULT_CENTRE_SETTINGS: v.InferOutput<typeof CentreSettingsSchema> = {
  retention: { monthsByPurpose: { rappel: 3, info_activites: 24, sms: 24, annonces_permanences: 24 } },
  kioskIdleSeconds: 180,
  agentLockSeconds: 300,
  consentTextVersion: '2026-11',
};

export type Partner = v.InferOutput<typeof PartnerSchema>;
export type Activity = v.InferOutput<typeof ActivitySchema>;
export type Roster = v.InferOutput<typeof RosterSchema>;
export type PinVerifier = v.InferOutput<typeof PinVerifierSchema>;
export type Agent = v.InferOutput<typeof AgentSchema>;
export type CentreSettings = v.InferOutput<typeof CentreSettingsSchema>;
export type Centre = v.InferOutput<typeof CentreSchema>;
export type CentreAbout = v.InferOutput<typeof CentreAboutSchema>;
export type DeviceCommand = v.InferOutput<typeof DeviceCommandSchema>;
export type ContentPointer = v.InferOutput<typeof ContentPointerSchema>;

export const REFERENCE_ENTITIES = [
  'partner',
  'activity',
  'agent',
  'centre',
  'device_command',
  'content',
  /** Planned permanences (src/shared/permanences.ts), issue 11. */
  'permanence',
] as const;
export type ReferenceEntity = (typeof REFERENCE_ENTITIES)[number];
