// What the sync metric and its PouchDB baseline run in the page, as plain JavaScript text: the
// same 10,000 anonymous encounters for both systems, and small IndexedDB helpers.
import type { Page } from '@playwright/test';

export const COUNT = 10_000;

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The same anonymous encounter for both systems (made in the page: ids are UUIDs there). */
const ENCOUNTER_SOURCE = `function (ctx, i) { return {
  id: crypto.randomUUID(),
  centreId: ctx.centreId,
  deviceId: ctx.deviceId,
  agentId: ctx.agentId,
  createdAt: new Date().toISOString(),
  rev: 1,
  type: i % 5 === 0 ? 'information' : 'individuel',
  profile: { sex: i % 2 ? 'feminin' : 'masculin', ageBand: '25_39', livesInQpv: 'oui' },
  themes: ['aide_aux_demarches_administratives'],
  institutions: ['caf'],
  actions: [{ kind: 'aide_sur_place' }],
  autonomy: 'partiellement_autonome',
  durationMin: 15,
}; }`;

// Page-side code is plain JavaScript text: the TypeScript runner renames functions in a way the
// page cannot evaluate. `inPage` calls one of them with a JSON argument.
export function inPage<T = void>(page: Page, fn: string, arg: unknown): Promise<T> {
  return page.evaluate(`(${fn})(${JSON.stringify(arg)})`) as Promise<T>;
}

export const IDB_HELPERS = `
  function openDb(name) {
    return new Promise(function (resolve, reject) {
      var req = indexedDB.open(name);
      req.onerror = function () { reject(req.error); };
      req.onsuccess = function () { resolve(req.result); };
    });
  }
  function done(tx) {
    return new Promise(function (resolve, reject) {
      tx.oncomplete = function () { resolve(); };
      tx.onerror = function () { reject(tx.error); };
    });
  }
  function request(req) {
    return new Promise(function (resolve, reject) {
      req.onsuccess = function () { resolve(req.result); };
      req.onerror = function () { reject(req.error); };
    });
  }
  var makeEncounter = ${ENCOUNTER_SOURCE};
`;
