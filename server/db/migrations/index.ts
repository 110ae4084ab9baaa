// Every migration, in order. Add a new file and one line here; never edit a released migration.
import type { Migration } from 'kysely';
import * as m001 from './001_initial';
import * as m002sync from './002_sync';
import * as m003dashboard from './003_dashboard';
import * as m004hardening from './004_hardening';
import * as m006centreAbout from './006_centre_about';
import * as m008itinerance from './008_itinerance';
import * as m009sms from './009_sms';
import * as m010figuresFacts from './010_figures_facts';
import * as m011restoreEpoch from './011_restore_epoch';
import * as m012instances from './012_instances';
import * as m013fieldNeeds from './013_field_needs';
import * as m014figureCounts from './014_figure_counts';
import * as m015recordsLists from './015_records_lists';
import * as m016recordsKeyset from './016_records_keyset';
import * as m017restoreGaps from './017_restore_gaps';
import * as m019contactLinks from './019_contact_links';

export const migrations: Record<string, Migration> = {
  '001_initial': m001,
  '002_sync': m002sync,
  '003_dashboard': m003dashboard,
  '004_hardening': m004hardening,
  '006_centre_about': m006centreAbout,
  '008_itinerance': m008itinerance,
  '009_sms': m009sms,
  '010_figures_facts': m010figuresFacts,
  '012_instances': m012instances,
  '013_field_needs': m013fieldNeeds,
  '014_figure_counts': m014figureCounts,
  '015_records_lists': m015recordsLists,
  '016_records_keyset': m016recordsKeyset,
  '011_restore_epoch': m011restoreEpoch,
  '017_restore_gaps': m017restoreGaps,
  '019_contact_links': m019contactLinks,
};
