// One chunk for the small modules a kiosk's first start shares with the team screens and the
// dashboard (device settings, enrolment, speech, the kiosk's content signal, the labels, the
// clock…). Left to the bundler's automatic splitting, each set of importers made a chunk of its
// own: nine scripts of 0.1 to 24 KB before the kiosk could draw, more than the six connections a
// browser opens to one server, so on a slow mobile network the last of them waited for a second
// round trip. Their modules have no side effects at import (the preload polyfill's feature test
// aside), so a screen that loads the chunk without needing all of it only pays for its download
// (the dashboard: a few KB more). No stylesheet here: the handout's print rules (Handout.tsx)
// stay with the screens that print.
import type { Rolldown } from 'vite';

type Group = NonNullable<
  Exclude<NonNullable<Rolldown.OutputOptions['codeSplitting']>, boolean>['groups']
>[number];

const SHARED_AT_START = [
  'vite/modulepreload-polyfill', // the one module here that runs at import: a feature test
  'node_modules/idb-keyval/',
  'node_modules/preact/jsx-runtime/',
  'src/device/device-settings.ts',
  'src/device/settings-store.ts',
  'src/device/enrolment.ts',
  'src/crypto/pin-pattern.ts',
  'src/platform/speech.ts',
  'src/platform/clock.ts',
  'src/content/text-fold.ts',
  'src/kiosk/content.ts',
  'src/i18n/define.ts',
  'src/i18n/messages/handout.ts',
  'src/shared/labels/',
  'src/shared/taxonomy.ts',
  'src/shared/guide-paths.ts',
];

export const startChunk: Group = {
  name: 'tablet-start',
  test: (id) => SHARED_AT_START.some((path) => id.replaceAll('\\', '/').includes(path)),
};
