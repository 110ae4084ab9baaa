// Shapes of the dashboard API's answers (server/dashboard-api/API.md).
import type { Encounter, Outing } from '../shared/records';

export type ReviewState = 'recu' | 'a_verifier' | 'valide';

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
  receivedAt: string;
  status: 'open' | 'corrected' | 'dismissed';
}

export type FollowUpStatus = 'a_faire' | 'fait' | 'injoignable';

export interface FollowUpRow {
  contactId: string;
  centreId: string;
  centreName: string;
  agentId: string;
  agentName: string | null;
  createdAt: string;
  consentPurposes: string[];
  retentionUntil: string;
  encounterId: string | null;
  status: FollowUpStatus;
  dueDate: string | null;
  assignee: { id: string; name: string } | null;
  comment: string | null;
  updatedAt: string | null;
}

export interface OpenedContact {
  contactId: string;
  personal: {
    firstName: string;
    lastName?: string;
    phone?: string;
    email?: string;
    language: string;
    preferredChannel: string;
  };
  consentPurposes: string[];
  consentAt: string;
  retentionUntil: string;
}
