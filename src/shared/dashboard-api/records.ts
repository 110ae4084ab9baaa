// The dashboard API's answers about records (server/dashboard-api/API.md "Records", "Quarantine"),
// typed once: the server builds them with these types and the dashboard pages read them.
import type { Encounter, Outing } from '../records';
import type { ReviewState } from '../taxonomy';

/** A page of a list: `{items, total, page, pageSize}`. */
export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** Above this many matching encounters, a list says « plus de 10 000 » instead of counting on. */
export const RECORDS_TOTAL_CAP = 10_000;

/**
 * A page of the encounters (`GET /encounters`): `next` and `prev` are opaque cursors to the pages
 * beside it (null at either end), `total` is counted up to RECORDS_TOTAL_CAP — above it,
 * `totalCapped` is true and `total` is the cap.
 */
export interface EncountersPage extends Paged<EncounterRow> {
  totalCapped: boolean;
  next: string | null;
  prev: string | null;
}

export type { ReviewState };

export interface Review {
  state: ReviewState;
  comment: string | null;
  updatedBy: { id: string; name: string } | null;
  updatedAt: string;
}

export interface OutingSummary {
  id: string;
  placeKind: string;
  placeLabel: string;
  neighbourhood: string;
  qpv: boolean;
}

export type EncounterRow = Encounter & {
  receivedAt: string;
  centreName: string;
  agentName: string | null;
  outing: OutingSummary | null;
  reviewState: ReviewState;
  hasContact: boolean;
};

export type OutingRow = Outing & {
  receivedAt: string;
  centreName: string;
  agentName: string | null;
  encounterCount: number;
  reviewState: ReviewState;
};

export interface EncounterDetail {
  encounter: EncounterRow;
  outing: OutingRow | null;
  partners: { id: string; name: string }[];
  activities: { id: string; title: string }[];
  review: Review | null;
  contact: { id: string; consentPurposes: string[]; retentionUntil: string } | null;
}

export interface OutingDetail {
  outing: OutingRow;
  encounters: EncounterRow[];
  review: Review | null;
}

export interface QuarantineRow {
  id: number;
  deviceId: string;
  deviceName: string | null;
  centreId: string;
  seq: number;
  entity: string;
  /** The mutation as the tablet sent it (or its text when it was not JSON). */
  record: unknown;
  reason: string;
  /** `restore_lost`: a contact lost by the restore of `restoredAt`; the page words it per language. */
  reasonCode?: 'restore_lost';
  restoredAt?: string;
  receivedAt: string;
  status: 'open' | 'corrected' | 'dismissed';
}
