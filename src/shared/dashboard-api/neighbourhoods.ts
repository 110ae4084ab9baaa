// GET /figures/neighbourhoods (server/dashboard-api/API.md « Besoins et équipement par quartier »):
// the needs beyond the digital and « À la maison » counted by neighbourhood (issue 11 points 4, 5),
// typed once for the server and the dashboard page. Every count is of encounters and goes through
// the small-cell rule (« moins de 5 »).
import type { PeopleCell } from '../small-cells';
import type { HomeEquipment, Need, YesNoUnknown } from '../taxonomy';

export interface NeighbourhoodNeedsRow {
  /** As typed on the tablets (the most used spelling); null: no outing, or no neighbourhood typed. */
  neighbourhood: string | null;
  /** Encounters of the period in that neighbourhood. */
  encounters: PeopleCell;
  /** Encounters where the person raised each need. */
  needs: Record<Need, PeopleCell>;
  /** Encounters where the person answered each « À la maison » item, by answer. */
  atHome: Record<HomeEquipment, Record<YesNoUnknown, PeopleCell>>;
}

export interface NeighbourhoodNeeds {
  period: { from: string; to: string };
  centreIds: string[];
  rows: NeighbourhoodNeedsRow[];
}
