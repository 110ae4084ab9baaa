// The encounter form's state (what a draft holds) and its translation to an encounter record.
// Defaults are the common case on a market: one person (individuel) helped on the spot, so that
// theme → autonomy → duration → "Enregistrer" is all that is left to tap.
import { LIMITS } from '../shared/limits';
import { passRuleProblem } from '../shared/pass';
import type { Encounter, EncounterAction } from '../shared/records';
import type {
  ActionKind,
  AgeBand,
  Autonomy,
  DemarcheSubTheme,
  EncounterType,
  Equipment,
  HomeEquipment,
  Institution,
  Need,
  RedirectionKind,
  Sex,
  SocialStatus,
  Theme,
  YesNoUnknown,
} from '../shared/taxonomy';
import type { FieldErrors } from './context';
import type { DraftOrigin } from './encounter-draft';

export type { YesNoUnknown };

export interface EncounterForm {
  type: EncounterType;
  /** collectif only: total, and optional counts by sex and age band. */
  participants: {
    count?: number;
    bySex: Partial<Record<Sex, number>>;
    byAgeBand: Partial<Record<AgeBand, number>>;
  };
  /** individuel only; every field optional. */
  profile: {
    sex?: Sex;
    ageBand?: AgeBand;
    socialStatus?: SocialStatus;
    livesInQpv?: YesNoUnknown;
    firstTime?: YesNoUnknown;
    /** « À la maison » (issue 11): smartphone, ordinateur, internet, each optional. */
    atHome?: Partial<Record<HomeEquipment, YesNoUnknown>>;
  };
  themes: Theme[];
  subThemes: DemarcheSubTheme[];
  institutions: Institution[];
  equipment: Equipment[];
  /** Needs beyond the digital the person raised (issue 11), anonymous tags. */
  needs: Need[];
  actions: ActionKind[];
  guideIds: string[];
  redirectionKind?: RedirectionKind;
  partnerId?: string;
  activityIds: string[];
  autonomy?: Autonomy;
  durationMin?: number;
  note: string;
  contactId?: string;
  /** The resident's card (issue 17), attached only when they want it. */
  passId?: string;
  /** Sections the worker opened, restored with the draft. */
  open: string[];
  /** Who started this form and when (a draft of unknown or other origin is offered, not reopened). */
  origin?: DraftOrigin;
}

export function emptyEncounterForm(): EncounterForm {
  return {
    type: 'individuel',
    participants: { bySex: {}, byAgeBand: {} },
    profile: {},
    themes: [],
    subThemes: [],
    institutions: [],
    equipment: [],
    needs: [],
    actions: ['aide_sur_place'],
    guideIds: [],
    activityIds: [],
    note: '',
    open: [],
  };
}

export function formFromEncounter(e: Encounter): EncounterForm {
  const form = emptyEncounterForm();
  form.type = e.type;
  if (e.participants)
    form.participants = {
      count: e.participants.count,
      bySex: { ...e.participants.bySex },
      byAgeBand: { ...e.participants.byAgeBand },
    };
  form.profile = { ...e.profile };
  if (e.profile?.atHome) form.profile.atHome = { ...e.profile.atHome };
  form.themes = [...e.themes];
  form.subThemes = [...(e.subThemes ?? [])];
  form.institutions = [...(e.institutions ?? [])];
  form.equipment = [...(e.equipment ?? [])];
  form.needs = [...(e.needs ?? [])];
  form.actions = [];
  for (const a of e.actions) {
    if (!form.actions.includes(a.kind)) form.actions.push(a.kind);
    if (a.kind === 'guide_montre') form.guideIds.push(...a.guideIds);
    if (a.kind === 'orientation') {
      form.redirectionKind = a.redirectionKind;
      form.partnerId = a.partnerId;
    }
    if (a.kind === 'inscription_activite') form.activityIds.push(a.activityId);
  }
  form.autonomy = e.autonomy;
  form.durationMin = e.durationMin;
  form.note = e.note ?? '';
  form.contactId = e.contactId;
  form.passId = e.passId;
  return form;
}

/** What the form needs to know of the linked contact to allow a sign-up. */
export interface LinkedContact {
  consentPurposes: readonly string[];
}

/** Checks the worker can fix, as message keys beside each field (the schema checks the rest). */
export function checkEncounterForm(form: EncounterForm, contact: LinkedContact | undefined): FieldErrors {
  const errors: FieldErrors = {};
  if (form.themes.length === 0) errors.themes = 'agent.error.themeRequired';
  if (form.type === 'collectif' && !(form.participants.count && form.participants.count >= 1))
    errors.participants = 'agent.error.participantsRequired';
  if (form.actions.includes('orientation') && !form.redirectionKind)
    errors.orientation = 'agent.error.redirectionRequired';
  if (form.actions.includes('guide_montre') && form.guideIds.length === 0)
    errors.guides = 'agent.error.guideRequired';
  if (form.actions.includes('inscription_activite')) {
    if (form.activityIds.length === 0) errors.activities = 'agent.error.activityRequired';
    else if (!contact?.consentPurposes.includes('info_activites'))
      errors.activities = 'agent.error.signupNeedsContact';
  }
  if (form.note.length > LIMITS.note) errors.note = 'agent.error.noteTooLong';
  if (passRuleProblem('encounter', form)) errors.card = 'skills.card.withContact';
  return errors;
}

function counts<K extends string>(byKey: Partial<Record<K, number>>): Partial<Record<K, number>> | undefined {
  const out: Partial<Record<K, number>> = {};
  for (const [k, n] of Object.entries(byKey) as [K, number | undefined][])
    if (typeof n === 'number' && n > 0) out[k] = n;
  return Object.keys(out).length ? out : undefined;
}

function compact<T extends object>(obj: T): T | undefined {
  const out = Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as T;
  return Object.keys(out).length ? out : undefined;
}

function actionsOf(form: EncounterForm): EncounterAction[] {
  const out: EncounterAction[] = [];
  for (const kind of form.actions) {
    if (kind === 'guide_montre') out.push({ kind, guideIds: [...form.guideIds] });
    else if (kind === 'orientation')
      out.push(
        form.partnerId
          ? { kind, redirectionKind: form.redirectionKind!, partnerId: form.partnerId }
          : { kind, redirectionKind: form.redirectionKind! },
      );
    else if (kind === 'inscription_activite')
      for (const activityId of form.activityIds) out.push({ kind, activityId });
    else out.push({ kind });
  }
  return out;
}

type Base = Pick<Encounter, 'id' | 'centreId' | 'deviceId' | 'agentId' | 'createdAt' | 'rev'> & {
  outingId?: string;
};

/** The record the form describes; only the fields of its type are kept (no profile for a group). */
export function encounterFromForm(form: EncounterForm, base: Base): Encounter {
  const record: Encounter = { ...base, type: form.type, themes: [...form.themes], actions: actionsOf(form) };
  if (!base.outingId) delete record.outingId;
  if (form.type === 'collectif') {
    const bySex = counts(form.participants.bySex);
    const byAgeBand = counts(form.participants.byAgeBand);
    record.participants = { count: form.participants.count ?? 0 };
    if (bySex) record.participants.bySex = bySex;
    if (byAgeBand) record.participants.byAgeBand = byAgeBand;
  }
  if (form.type === 'individuel') {
    const atHome = compact({ ...form.profile.atHome });
    const profile = compact({ ...form.profile, atHome });
    if (profile) record.profile = profile;
  }
  if (form.subThemes.length) record.subThemes = [...form.subThemes];
  if (form.institutions.length) record.institutions = [...form.institutions];
  if (form.equipment.length) record.equipment = [...form.equipment];
  // A draft saved by an older version has no `needs`: it reads as none.
  if (form.needs?.length) record.needs = [...form.needs];
  if (form.autonomy) record.autonomy = form.autonomy;
  if (form.durationMin) record.durationMin = form.durationMin;
  const note = form.note.trim();
  if (note) record.note = note;
  if (form.contactId) record.contactId = form.contactId;
  if (form.passId) record.passId = form.passId;
  return record;
}
