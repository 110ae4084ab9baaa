// The dashboard API's answers about guides and the glossary being edited (server/dashboard-api/API.md
// "Content"), typed once for the server and the administration pages.
import type { Localized } from '../content';

export interface GuideListItem {
  id: string;
  institution: string;
  title: Localized;
  version: number;
  hasDraft: boolean;
  /** A draft that deletes the published guide. */
  deleted: boolean;
  /** When the guide's facts were last checked (YYYY-MM-DD), null when not known. */
  verifiedOn?: string | null;
}

export interface GlossaryItem {
  id: string;
  term: Localized;
  definition: Localized;
  draft: 'new' | 'changed' | 'deleted' | null;
}
