// Records created on tablets (DESIGN.md "Data model"), validated with the same schemas by the
// tablet before it saves and by the server before it stores.
import * as v from 'valibot';
import { LIMITS } from './limits';
import { PassIdSchema } from './pass';
import { CalendarDate } from './permanences';
import {
  AGE_BANDS,
  AUTONOMY,
  CHANNELS,
  CONSENT_PURPOSES,
  DEMARCHE_SUBTHEMES,
  ENCOUNTER_TYPES,
  EQUIPMENT,
  HOME_EQUIPMENT,
  INSTITUTIONS,
  KIOSK_EVENTS,
  LANGUAGES,
  NEEDS,
  PLACE_KINDS,
  REDIRECTION_KINDS,
  SEXES,
  SKILL_ANSWERS,
  SKILL_ITEMS,
  SKILLS_CONTEXTS,
  SOCIAL_STATUSES,
  SURVEY_CONTEXTS,
  SURVEY_STATEMENTS,
  THEMES,
  YES_NO_UNKNOWN,
} from './taxonomy';
import { Timestamp } from './timestamp';
import { NUL_MESSAGE } from './wire-shape';

/** Every text a tablet sends: PostgreSQL refuses U+0000 in text, and no person types it. */
const Text = () =>
  v.pipe(
    v.string(),
    v.check((s) => !s.includes('\u0000'), NUL_MESSAGE),
  );
const Id = v.pipe(v.string(), v.uuid('doit être un identifiant UUID'));
const ShortText = (max: number) => v.pipe(Text(), v.maxLength(max, `${max} caractères au plus`));
const Count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000));

/** Fields every record carries. */
export const RecordBase = {
  id: Id,
  centreId: v.pipe(Text(), v.minLength(1), v.maxLength(LIMITS.refId)),
  deviceId: v.pipe(Text(), v.minLength(1), v.maxLength(LIMITS.refId)),
  agentId: v.pipe(Text(), v.minLength(1), v.maxLength(LIMITS.refId)),
  createdAt: Timestamp,
  rev: v.pipe(v.number(), v.integer(), v.minValue(1)),
};

export const OutingSchema = v.strictObject({
  ...RecordBase,
  placeKind: v.picklist(PLACE_KINDS),
  placeLabel: ShortText(LIMITS.placeText),
  neighbourhood: ShortText(LIMITS.placeText),
  qpv: v.boolean(),
  commune: v.optional(ShortText(LIMITS.placeText)),
  startedAt: Timestamp,
  endedAt: v.optional(Timestamp),
  /** Started from a planned permanence (issue 11): its id and the day it was planned for. */
  permanenceId: v.optional(ShortText(LIMITS.refId)),
  plannedDate: v.optional(CalendarDate),
});

const ParticipantsSchema = v.strictObject({
  count: v.pipe(Count, v.minValue(1)),
  bySex: v.optional(v.record(v.picklist(SEXES), Count)),
  byAgeBand: v.optional(v.record(v.picklist(AGE_BANDS), Count)),
});

const YesNo = v.picklist(YES_NO_UNKNOWN);

/** « À la maison » (issue 11): each item optional, so older records and tablets stay valid. */
const AtHomeSchema = v.strictObject(
  Object.fromEntries(HOME_EQUIPMENT.map((item) => [item, v.optional(YesNo)])) as Record<
    (typeof HOME_EQUIPMENT)[number],
    v.OptionalSchema<typeof YesNo, undefined>
  >,
);

const ProfileSchema = v.strictObject({
  sex: v.optional(v.picklist(SEXES)),
  ageBand: v.optional(v.picklist(AGE_BANDS)),
  socialStatus: v.optional(v.picklist(SOCIAL_STATUSES)),
  livesInQpv: v.optional(YesNo),
  firstTime: v.optional(YesNo),
  atHome: v.optional(AtHomeSchema),
});

const ActionSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('aide_sur_place') }),
  v.strictObject({ kind: v.literal('guide_montre'), guideIds: v.array(ShortText(LIMITS.guideId)) }),
  v.strictObject({
    kind: v.literal('orientation'),
    redirectionKind: v.picklist(REDIRECTION_KINDS),
    partnerId: v.optional(ShortText(LIMITS.refId)),
  }),
  v.strictObject({ kind: v.literal('rdv_centre') }),
  v.strictObject({ kind: v.literal('inscription_activite'), activityId: ShortText(LIMITS.refId) }),
  v.strictObject({ kind: v.literal('a_rappeler') }),
]);
// Keep ACTION_KINDS (taxonomy.ts) and this variant in step: a new action kind is added to both.

export const EncounterSchema = v.strictObject({
  ...RecordBase,
  outingId: v.optional(Id),
  type: v.picklist(ENCOUNTER_TYPES),
  participants: v.optional(ParticipantsSchema),
  profile: v.optional(ProfileSchema),
  themes: v.pipe(v.array(v.picklist(THEMES)), v.maxLength(THEMES.length)),
  subThemes: v.optional(v.array(v.picklist(DEMARCHE_SUBTHEMES))),
  institutions: v.optional(v.array(v.picklist(INSTITUTIONS))),
  equipment: v.optional(v.array(v.picklist(EQUIPMENT))),
  /** What the person raised besides the procedure (issue 11), anonymous tags; optional. */
  needs: v.optional(v.pipe(v.array(v.picklist(NEEDS)), v.maxLength(NEEDS.length))),
  actions: v.array(ActionSchema),
  autonomy: v.optional(v.picklist(AUTONOMY)),
  durationMin: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(600))),
  note: v.optional(ShortText(LIMITS.note)),
  contactId: v.optional(Id),
  /** The resident's card (issue 17), only when they showed it. */
  passId: v.optional(PassIdSchema),
});

/** A contact's personal fields, sealed to the centre's public key (ECDH P-256 + HKDF + AES-GCM). */
export const SealedBoxSchema = v.strictObject({
  alg: v.literal('ECDH-P256+HKDF-SHA256+A256GCM'),
  epk: v.strictObject({
    kty: v.literal('EC'),
    crv: v.literal('P-256'),
    x: ShortText(LIMITS.sealedIv),
    y: ShortText(LIMITS.sealedIv),
  }),
  iv: ShortText(LIMITS.sealedIv),
  ct: ShortText(LIMITS.sealedCiphertext),
});

/** What is inside the sealed box, once opened by the server. */
export const ContactPersonalSchema = v.strictObject({
  firstName: v.pipe(Text(), v.trim(), v.minLength(1), v.maxLength(LIMITS.name)),
  lastName: v.optional(v.pipe(Text(), v.trim(), v.maxLength(LIMITS.name))),
  phone: v.optional(ShortText(LIMITS.phone)),
  email: v.optional(ShortText(LIMITS.email)),
  language: v.picklist(LANGUAGES),
  preferredChannel: v.picklist(CHANNELS),
  /** The neighbourhood whose permanences the contact wants announced (`annonces_permanences`). */
  neighbourhood: v.optional(ShortText(LIMITS.placeText)),
});

export const ContactSchema = v.strictObject({
  ...RecordBase,
  /** Absent once the server has the contact and the tablet deleted its copy. */
  sealed: v.optional(SealedBoxSchema),
  consentPurposes: v.pipe(v.array(v.picklist(CONSENT_PURPOSES)), v.minLength(1, 'au moins un accord')),
  consentTextVersion: ShortText(LIMITS.consentTextVersion),
  consentAt: Timestamp,
  retentionUntil: Timestamp,
});

export const SignupSchema = v.strictObject({
  ...RecordBase,
  activityId: ShortText(LIMITS.refId),
  /** A sign-up names its person by a contact or by a card (pass.ts passRuleProblem). */
  contactId: v.optional(Id),
  passId: v.optional(PassIdSchema),
  at: Timestamp,
});

export const KioskEventSchema = v.strictObject({
  ...RecordBase,
  guideId: v.optional(ShortText(LIMITS.guideId)),
  event: v.picklist(KIOSK_EVENTS),
  step: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100))),
  /** The activity of an `interest` event (« Je veux m'inscrire »). */
  activityId: v.optional(ShortText(64)),
  language: v.picklist(LANGUAGES),
  at: Timestamp,
});

export const SurveyResponseSchema = v.strictObject({
  ...RecordBase,
  context: v.picklist(SURVEY_CONTEXTS),
  guideId: v.optional(ShortText(LIMITS.guideId)),
  answers: v.record(
    v.picklist(SURVEY_STATEMENTS),
    v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5)),
  ),
  language: v.picklist(LANGUAGES),
  /** Context atelier: the workshop, and the passport items people say they learnt that day. */
  activityId: v.optional(ShortText(LIMITS.refId)),
  learnt: v.optional(v.pipe(v.array(v.picklist(SKILL_ITEMS)), v.maxLength(SKILL_ITEMS.length))),
});

/** A skills self-check (issue 17): the resident's answer per item, and the items a worker saw done. */
export const SkillsCheckSchema = v.strictObject({
  ...RecordBase,
  passId: v.optional(PassIdSchema),
  context: v.picklist(SKILLS_CONTEXTS),
  items: v.pipe(
    v.record(v.picklist(SKILL_ITEMS), v.picklist(SKILL_ANSWERS)),
    v.check((items) => Object.keys(items).length > 0, 'au moins une réponse'),
  ),
  observed: v.pipe(v.array(v.picklist(SKILL_ITEMS)), v.maxLength(SKILL_ITEMS.length)),
});

/** People who came to an activity: one card checked in (count 1), or walk-ins counted together. */
export const AttendanceSchema = v.pipe(
  v.strictObject({
    ...RecordBase,
    activityId: ShortText(LIMITS.refId),
    passId: v.optional(PassIdSchema),
    count: v.pipe(Count, v.minValue(1, 'au moins 1 personne')),
    at: Timestamp,
  }),
  v.check((a) => !a.passId || a.count === 1, 'count : une carte compte une personne'),
);

/** Entities a tablet pushes, with their schema. */
export const RECORD_SCHEMAS = {
  outing: OutingSchema,
  encounter: EncounterSchema,
  contact: ContactSchema,
  signup: SignupSchema,
  kiosk_event: KioskEventSchema,
  survey_response: SurveyResponseSchema,
  skills_check: SkillsCheckSchema,
  attendance: AttendanceSchema,
} as const;

export type RecordEntity = keyof typeof RECORD_SCHEMAS;

export type Outing = v.InferOutput<typeof OutingSchema>;
export type Encounter = v.InferOutput<typeof EncounterSchema>;
export type EncounterAction = v.InferOutput<typeof ActionSchema>;
export type SealedBox = v.InferOutput<typeof SealedBoxSchema>;
export type ContactPersonal = v.InferOutput<typeof ContactPersonalSchema>;
export type Contact = v.InferOutput<typeof ContactSchema>;
export type Signup = v.InferOutput<typeof SignupSchema>;
export type KioskEvent = v.InferOutput<typeof KioskEventSchema>;
export type SurveyResponse = v.InferOutput<typeof SurveyResponseSchema>;
export type SkillsCheck = v.InferOutput<typeof SkillsCheckSchema>;
export type Attendance = v.InferOutput<typeof AttendanceSchema>;
export type AnyRecord =
  | Outing
  | Encounter
  | Contact
  | Signup
  | KioskEvent
  | SurveyResponse
  | SkillsCheck
  | Attendance;

/** Turns a valibot failure into one sentence naming the field, for error messages. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
      const message = inFrench(issue);
      return path ? `${path} : ${message}` : message;
    })
    .join(' ; ');
}

/** valibot's default messages are English ("Invalid type: …"); ours are French already. */
function inFrench(issue: v.BaseIssue<unknown>): string {
  if (!issue.message.startsWith('Invalid')) return issue.message;
  if (issue.received === 'undefined') return 'champ obligatoire manquant';
  if (issue.kind === 'schema' && issue.type === 'strict_object') return 'champ inconnu';
  return `valeur refusée (attendu ${issue.expected ?? 'autre chose'}, reçu ${issue.received})`;
}
