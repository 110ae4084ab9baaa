// The dashboard API's answers about follow-ups and opened contacts (server/dashboard-api/API.md
// "Follow-ups", "Contacts"), typed once for the server and the dashboard pages.

import type { FollowUpStatus } from '../taxonomy';

export type { FollowUpStatus };

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
