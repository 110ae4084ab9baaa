// Row types of the figures' side tables (migration 010_figures_facts): what the figures, filters and
// reports count, extracted from each record AT PUSH, in the same transaction as the record
// (server/facts/extract.ts is the one rule; server/facts/write.ts keeps them in step). A record
// that is deleted has no facts: every fact row is a live record of the scope — except a record's
// link to a contact (record_values kind `contact`), which a tombstone keeps until an erasure.

/** One row per live encounter: its single-valued fields, typed. */
export interface EncounterFactRow {
  record_id: string;
  centre_id: string;
  agent_id: string;
  created_at: string;
  type: string;
  /** People reached (La Coop): 1 for an individual accompaniment or a brief information, else the
   *  collective session's participants. */
  people: number;
  /** A collective session's participants, 0 otherwise. */
  participants: number;
  duration_min: number | null;
  /** The individual profile as the agent gave it (null: not said, also for a collective session). */
  sex: string | null;
  age_band: string | null;
  social_status: string | null;
  lives_in_qpv: string | null;
  first_time: string | null;
  autonomy: string | null;
  outing_id: string | null;
  contact_id: string | null;
  pass_id: string | null;
}

/** Multi-valued fields of any record, one row per (record, kind, value); `n` is a count or a score
 *  (see the kinds in server/facts/extract.ts). */
export interface RecordValueRow {
  record_id: string;
  entity: string;
  centre_id: string;
  agent_id: string;
  created_at: string;
  kind: string;
  value: string;
  n: number;
}

export interface OutingFactRow {
  record_id: string;
  centre_id: string;
  agent_id: string;
  created_at: string;
  started_at: string;
  /** The Paris day the outing started, YYYY-MM-DD. */
  start_day: string;
  ended_at: string | null;
  /** end − start in ms, capped (MAX_OUTING_HOURS); null while the outing is not ended. */
  duration_ms: number | null;
  place_kind: string;
  qpv: number;
  /** As typed, trimmed ('' when blank). */
  neighbourhood: string;
  /** trimmed and lower-cased (fr): "Wazemmes " and "wazemmes" are one place. */
  neighbourhood_key: string;
  permanence_id: string | null;
  planned_date: string | null;
}

export interface KioskFactRow {
  record_id: string;
  centre_id: string;
  agent_id: string;
  created_at: string;
  event: string;
  guide_id: string | null;
  step: number | null;
  activity_id: string | null;
  language: string;
  /** The event's `at` in Paris: Monday = 0 … Sunday = 6, hour 0–23 (null if unreadable). */
  weekday: number | null;
  hour: number | null;
}

export interface SurveyFactRow {
  record_id: string;
  centre_id: string;
  agent_id: string;
  created_at: string;
  context: string;
  guide_id: string | null;
  activity_id: string | null;
  language: string;
}

/** Every record that carries a resident's card (encounter, sign-up, attendance, skills check). */
export interface CardSightingRow {
  record_id: string;
  entity: string;
  centre_id: string;
  created_at: string;
  pass_id: string;
  /** When it happened: the record's `at`, else its createdAt. */
  at: string;
  /** The Paris day of `at`, YYYY-MM-DD (first visits and months are counted in Paris days). */
  at_day: string;
}

/** A skills check's answer per item (the items a worker saw done are record_values `skill_observed`). */
export interface SkillAnswerRow {
  record_id: string;
  centre_id: string;
  created_at: string;
  pass_id: string | null;
  item: string;
  answer: string;
}

/** Migration 014: the additive figures per centre × Paris day ('d') or month ('m', `day` its 1st) ×
 *  kind × value (server/facts/counts.ts lists the kinds). */
export interface FigureCountRow {
  centre_id: string;
  span: 'd' | 'm';
  day: string;
  kind: string;
  value: string;
  n: number;
  total: number;
}

export interface FactsDB {
  figure_counts: FigureCountRow;
  encounter_facts: EncounterFactRow;
  record_values: RecordValueRow;
  outing_facts: OutingFactRow;
  kiosk_facts: KioskFactRow;
  survey_facts: SurveyFactRow;
  card_sightings: CardSightingRow;
  skill_answers: SkillAnswerRow;
}

export type FactTable = Exclude<keyof FactsDB, 'figure_counts'>;
