// `npm run mutate` (not part of `npm test`): StrykerJS breaks the modules that hold the
// durability, privacy and isolation rules (stryker.config.mjs lists them) and runs the tests that
// cover each change; a change no test notices is a rule no test holds. Writes the mutation score
// of each module, and how long the run took, to bench/results.json and BENCHMARKS.md, and the
// surviving mutants to reports/mutation/survivors.txt. Extra arguments go to `stryker run`
// (e.g. `npm run mutate -- --force` for a full run instead of an incremental one).
//
// A whole run is over 2 h on 2 cores. One group of modules at a time, with only the test files that
// exercise it: `npm run mutate -- privacy` (or `MUTATE_GROUP=privacy npm run mutate`); GROUPS below
// lists the groups. A group run mutates only its modules, runs only its test files (the rest of the
// suite is not even loaded: BORNE_MUTATE_TESTS, read by vitest.mutate.config.ts), keeps its own
// incremental file and report (reports/mutation/<group>.json), and rewrites only its modules' rows.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadResults, machineName, saveResults } from '../bench/report';

/** Each mutated file, with the rule it holds (the metric's name and note). */
export const MUTATED: Record<string, { metric: string; rule: string }> = {
  'src/db/outbox.ts': {
    metric: 'tablet_outbox',
    rule: 'tablet: a record and its outbox entry, one transaction',
  },
  'src/agent/transaction.ts': {
    metric: 'tablet_transaction',
    rule: 'tablet: several writes, one transaction',
  },
  'src/agent/drafts.ts': { metric: 'tablet_drafts', rule: 'tablet: drafts, a contact draft only sealed' },
  'src/sync/push.ts': { metric: 'tablet_push', rule: 'tablet: push and its acknowledgement' },
  'src/sync/pull.ts': { metric: 'tablet_pull', rule: 'tablet: pull pages and resets' },
  'src/sync/apply-pull.ts': {
    metric: 'tablet_apply_pull',
    rule: 'tablet: a page and its cursor, one transaction',
  },
  'src/sync/restore.ts': {
    metric: 'tablet_restore',
    rule: 'tablet: a new server epoch queues every record again, once, with the resync',
  },
  'src/crypto/seal.ts': { metric: 'tablet_seal', rule: 'sealing to the centre key' },
  'src/kiosk/reset.ts': { metric: 'kiosk_reset', rule: 'kiosk reset leaves nothing' },
  'server/sync/apply-push.ts': { metric: 'server_push', rule: 'server: push in one transaction, quarantine' },
  'server/sync/pull.ts': { metric: 'server_pull', rule: 'server: pull scope and paging' },
  'server/sync/open-contact.ts': { metric: 'server_open_contact', rule: 'server: opening a sealed box' },
  'server/dashboard-api/records/quarantine.ts': { metric: 'dashboard_quarantine', rule: 'quarantine' },
  'server/dashboard-api/scope.ts': { metric: 'dashboard_scope', rule: 'dashboard scope' },
  'server/dashboard-api/auth/middleware.ts': { metric: 'dashboard_csrf', rule: 'session check and CSRF' },
  'server/dashboard-api/auth/sessions.ts': { metric: 'dashboard_sessions', rule: 'sessions (12 h)' },
  'server/dashboard-api/privacy/purge.ts': { metric: 'privacy_purge', rule: 'retention purge' },
  'server/dashboard-api/privacy/erase.ts': { metric: 'privacy_erase', rule: 'GDPR erase' },
  'server/dashboard-api/exports/csv.ts': { metric: 'export_csv', rule: 'CSV neutralisation' },
  'server/http/client-address.ts': {
    metric: 'server_client_address',
    rule: 'the client address behind trusted proxies only (rate limits)',
  },
  'server/jobs/job-runs.ts': { metric: 'server_job_runs', rule: 'a scheduled job once per period' },
};

/** Module groups run alone (`npm run mutate -- <group>`): each module of MUTATED, with the test
 * files that exercise it (globs without commas or braces: they travel joined by ';'; vitest's
 * `related` and per-test coverage narrow them further). */
export const GROUPS: Record<string, { modules: string[]; tests: string[] }> = {
  // The tablet's modules, with the tablet's own unit tests only (fake-indexeddb, happy-dom, the fake
  // server of src/sync/test-support): the whole configuration also relates the sync client to the
  // server suite, through server/test-support/tablets.ts.
  'tablet-sync': {
    modules: ['src/sync/push.ts', 'src/sync/pull.ts', 'src/sync/apply-pull.ts', 'src/sync/restore.ts'],
    tests: ['src/sync/*.test.ts', 'src/agent/permanences.test.ts'],
  },
  tablet: {
    modules: [
      'src/db/outbox.ts',
      'src/agent/transaction.ts',
      'src/agent/drafts.ts',
      'src/crypto/seal.ts',
      'src/kiosk/reset.ts',
    ],
    tests: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
  },
  // The dashboard's scope (which centres a coordinator sees): every dashboard test may hold it.
  scope: {
    modules: ['server/dashboard-api/scope.ts'],
    tests: ['server/dashboard-api/**/*.test.ts'],
  },
  // The exports' CSV writer, the quarantine list and the server's opening of a sealed box.
  'exports-quarantine': {
    modules: [
      'server/dashboard-api/exports/csv.ts',
      'server/sync/open-contact.ts',
      'server/dashboard-api/records/quarantine.ts',
    ],
    tests: [
      'server/dashboard-api/exports/*.test.ts',
      'server/dashboard-api/records/*.test.ts',
      'server/sync/open-contact.test.ts',
      'server/tablet-api/sync/push.test.ts',
      'server/tablet-api/sync/push-refusals.test.ts',
    ],
  },
  privacy: {
    modules: ['server/dashboard-api/privacy/erase.ts', 'server/dashboard-api/privacy/purge.ts'],
    tests: [
      'server/dashboard-api/privacy/*.test.ts',
      'server/jobs/purge-schedule.test.ts',
      'server/facts/facts-in-step.test.ts',
    ],
  },
  'server-push': {
    modules: ['server/sync/apply-push.ts'],
    tests: [
      'server/tablet-api/sync/push*.test.ts',
      'server/tablet-api/sync/no-mutation-fails-a-push.test.ts',
      'server/tablet-api/sync/contract-points.test.ts',
      'server/tablet-api/sync/kiosk-agent.test.ts',
      'server/tablet-api/sync/timestamps-real-instants.test.ts',
      'server/sync/*.test.ts',
      'server/facts/*.test.ts', // a correction's facts rewritten (facts-in-step.test.ts)
      'server/dashboard-api/privacy/erase-leaves-nothing-behind.test.ts',
      'server/backup/restore-epoch.test.ts',
      'server/dashboard-api/tablets/health.test.ts',
    ],
  },
  'server-pull': {
    modules: ['server/sync/pull.ts'],
    tests: [
      'server/tablet-api/sync/pull*.test.ts',
      'server/tablet-api/sync/limits.test.ts',
      'server/tablet-api/sync/push-edges.test.ts', // a sign-up's roster, carried down by the pull
      'server/sync/*.test.ts',
      'server/dashboard-api/permanences/permanences.test.ts',
      'server/dashboard-api/coverage/neighbourhoods-pulled.test.ts',
      'server/dashboard-api/admin/centre-about.test.ts',
      'server/dashboard-api/admin/directory-settings.test.ts',
      'server/dashboard-api/admin/tablets-agents.test.ts',
      'server/backup/restore-epoch.test.ts',
    ],
  },
  operations: {
    modules: ['server/http/client-address.ts', 'server/jobs/job-runs.ts'],
    tests: [
      'server/http/trusted-proxy.test.ts',
      'server/http/client-address-edges.test.ts',
      'server/jobs/*.test.ts',
    ],
  },
};

/** The group asked for (first argument or MUTATE_GROUP), and the arguments left for Stryker. */
function pickGroup(args: string[]): { group?: string; rest: string[] } {
  const [first, ...others] = args;
  const name = first && !first.startsWith('-') ? first : process.env.MUTATE_GROUP;
  const rest = name === first ? others : args;
  if (!name) return { rest };
  if (!GROUPS[name]) {
    console.error(`unknown group "${name}"; groups: ${Object.keys(GROUPS).join(', ')}`);
    process.exit(2);
  }
  return { group: name, rest };
}

interface StrykerMutant {
  mutatorName: string;
  replacement?: string;
  status: string;
  location: { start: { line: number; column: number } };
}
interface StrykerReport {
  files: Record<string, { mutants: StrykerMutant[] }>;
}

const { group, rest } = pickGroup(process.argv.slice(2));
const chosen = group ? GROUPS[group] : undefined;
const started = Date.now();
const run = spawnSync(
  'npx',
  ['stryker', 'run', ...(chosen ? ['--mutate', chosen.modules.join(',')] : []), ...rest],
  {
    stdio: 'inherit',
    env: {
      ...process.env,
      // The server suite on SQLite only while mutating (see stryker.config.mjs).
      BORNE_TEST_DATABASES: 'sqlite',
      ...(group && chosen ? { MUTATE_GROUP: group, BORNE_MUTATE_TESTS: chosen.tests.join(';') } : {}),
    },
  },
);
const minutes = Math.round((Date.now() - started) / 6000) / 10;
// The machine is shared: the load beside the run time says how much of the time was ours.
const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
if (run.status !== 0) {
  console.error(`stryker run failed (exit ${run.status}) after ${minutes} min`);
  process.exit(run.status ?? 1);
}

const at = rest.indexOf('--concurrency');
const runners = at >= 0 ? Number(rest[at + 1]) : 1;
const reportFile = `reports/mutation/${group ?? 'mutation'}.json`;
const report = JSON.parse(readFileSync(reportFile, 'utf8')) as StrykerReport;
const results = loadResults();
const date = new Date().toISOString().slice(0, 10);
const machine = machineName();
const survivors: string[] = [];
let below = 0;
for (const [file, { metric, rule }] of Object.entries(MUTATED)) {
  const mutants = report.files[file]?.mutants;
  if (!mutants) continue; // not in this run (`--mutate` picked others): its row stays as it was
  const count = (...statuses: string[]) => mutants.filter((m) => statuses.includes(m.status)).length;
  const detected = count('Killed', 'Timeout');
  const undetected = count('Survived', 'NoCoverage');
  const valid = detected + undetected;
  const score = valid ? Math.round((detected / valid) * 1000) / 10 : 0;
  if (score < 80) below++;
  for (const m of mutants.filter((x) => x.status === 'Survived' || x.status === 'NoCoverage'))
    survivors.push(
      `${file}:${m.location.start.line}:${m.location.start.column} ${m.status} ${m.mutatorName} → ${m.replacement ?? ''}`,
    );
  results.metrics[`mutation_${metric}_pct`] = {
    name: `mutation_${metric}_pct`,
    value: score,
    unit: '%',
    target: '≥ 80 %',
    note: `${rule} — ${file}: ${valid} mutants, ${detected} killed, ${count('Survived')} survived, ${count('NoCoverage')} not covered; ${group ? `group "${group}"` : 'whole'} run ${minutes} min, load ${load} at its end (incremental, ${runners} test runner${runners > 1 ? 's' : ''}, server tests on SQLite)`,
    date,
    machine,
  };
  console.log(`${score.toFixed(1).padStart(5)} %  ${file}`);
}
saveResults(results);
mkdirSync('reports/mutation', { recursive: true });
const survivorsFile = `reports/mutation/survivors${group ? `-${group}` : ''}.txt`;
writeFileSync(survivorsFile, `${survivors.join('\n')}\n`);
console.log(`${survivors.length} surviving mutants: ${survivorsFile}; run took ${minutes} min`);
if (below) process.exitCode = 1;
