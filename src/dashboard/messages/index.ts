// The dashboard's whole catalogue: one file per page or concern, merged here. Read by the
// dashboard's own t() (src/dashboard/i18n.ts), never by the tablet's, so the tablet bundle stays
// small. A key lives in exactly one catalogue (catalogue.test.ts checks it).
import { admin } from './admin';
import { audit } from './audit';
import { exportsMessages } from './exports';
import { field } from './field';
import { figures } from './figures';
import { guideAge } from './guide-age';
import { guides } from './guides';
import { itinerance } from './itinerance';
import { dashboardKiosk } from './kiosk';
import { outcomes } from './outcomes';
import { quarantine } from './quarantine';
import { records } from './records';
import { shell } from './shell';
import { sms } from './sms';

/** Every catalogue by name, for the test that no two of them define the same key. */
export const catalogues = {
  shell,
  records,
  quarantine,
  figures,
  exports: exportsMessages,
  admin,
  audit,
  guides,
  sms,
  outcomes,
  itinerance,
  guideAge,
  dashboardKiosk,
  field,
};

/** Every dashboard message, in the three languages. */
export const coordination = {
  fr: {
    ...shell.fr,
    ...records.fr,
    ...quarantine.fr,
    ...figures.fr,
    ...exportsMessages.fr,
    ...admin.fr,
    ...audit.fr,
    ...guides.fr,
    ...sms.fr,
    ...outcomes.fr,
    ...itinerance.fr,
    ...guideAge.fr,
    ...dashboardKiosk.fr,
    ...field.fr,
  },
  en: {
    ...shell.en,
    ...records.en,
    ...quarantine.en,
    ...figures.en,
    ...exportsMessages.en,
    ...admin.en,
    ...audit.en,
    ...guides.en,
    ...sms.en,
    ...outcomes.en,
    ...itinerance.en,
    ...guideAge.en,
    ...dashboardKiosk.en,
    ...field.en,
  },
  ar: {
    ...shell.ar,
    ...records.ar,
    ...quarantine.ar,
    ...figures.ar,
    ...exportsMessages.ar,
    ...admin.ar,
    ...audit.ar,
    ...guides.ar,
    ...sms.ar,
    ...outcomes.ar,
    ...itinerance.ar,
    ...guideAge.ar,
    ...dashboardKiosk.ar,
    ...field.ar,
  },
};
