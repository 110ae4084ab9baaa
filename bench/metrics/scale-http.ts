// What the scale bench does over HTTP: sign in to the dashboard, time GETs (p50/p95 of several
// runs), walk a list page by page by its cursors, and download an export while sampling the server process's resident memory.
import { readFileSync } from 'node:fs';

export interface Session {
  get(path: string): Promise<Response>;
}

export async function signIn(url: string, login: string, password: string): Promise<Session> {
  const res = await fetch(`${url}/api/v1/dashboard/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in of ${login} answered ${res.status}: ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  return { get: (path) => fetch(`${url}/api/v1/dashboard${path}`, { headers: { cookie } }) };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

export interface Timing {
  p50: number;
  p95: number;
  runs: number;
}

/** Times `runs` GETs (after one warm-up), each path in turn; every answer must be 200. */
export async function timeGets(s: Session, paths: string[], runs: number): Promise<Timing> {
  const get = async (path: string) => {
    const res = await s.get(path);
    if (res.status !== 200)
      throw new Error(`${path} answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
    await res.arrayBuffer();
  };
  await get(paths[0]!);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await get(paths[i % paths.length]!);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { p50: Math.round(percentile(times, 50)), p95: Math.round(percentile(times, 95)), runs };
}

export interface Walk extends Timing {
  /** p50 of the GETs at these page numbers (1, 2, 5, 10, 40 when walked that far). */
  byDepth: Record<number, number>;
}

/**
 * Walks `pages` pages of a list paged by cursor, as a person pressing « Page suivante »: the first
 * page, then each `next` sent back as `cursor`; `walks` times (after one warm-up walk of 2 pages).
 * Every GET is timed, answer read (the total comes with each page).
 */
export async function timeWalk(s: Session, path: string, pages: number, walks: number): Promise<Walk> {
  const walk = async (n: number, times?: number[][]) => {
    let next: string | null = null;
    for (let p = 1; p <= n; p++) {
      const t = performance.now();
      const res = await s.get(next ? `${path}&cursor=${encodeURIComponent(next)}` : path);
      if (res.status !== 200)
        throw new Error(`${path} page ${p} answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
      next = ((await res.json()) as { next: string | null }).next;
      if (times) times[p] = [...(times[p] ?? []), performance.now() - t];
      if (!next) return;
    }
  };
  await walk(2);
  const times: number[][] = [];
  for (let i = 0; i < walks; i++) await walk(pages, times);
  const all = times.flat().sort((a, b) => a - b);
  const byDepth: Record<number, number> = {};
  for (const d of [1, 2, 5, 10, 40]) {
    const at = times[d]?.sort((a, b) => a - b);
    if (at?.length) byDepth[d] = Math.round(percentile(at, 50));
  }
  return {
    p50: Math.round(percentile(all, 50)),
    p95: Math.round(percentile(all, 95)),
    runs: all.length,
    byDepth,
  };
}

/** Resident memory of a process, in bytes (Linux /proc). */
export function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb * 1024;
}

export interface Download {
  bytes: number;
  rows: number;
  seconds: number;
  /** Highest resident memory during the download, minus the resident memory just before. */
  rssGrowth: number;
  /** Bytes received when the first chunk arrived (a streamed answer starts before it ends). */
  firstChunkMs: number;
}

/** Downloads `path` chunk by chunk (never holding the file), sampling the server's RSS every 20 ms. */
export async function download(s: Session, path: string, serverPid: number): Promise<Download> {
  const before = rssOf(serverPid);
  let peak = before;
  const timer = setInterval(() => {
    peak = Math.max(peak, rssOf(serverPid));
  }, 20);
  const started = performance.now();
  try {
    const res = await s.get(path);
    if (res.status !== 200 || !res.body) throw new Error(`${path} answered ${res.status}`);
    let bytes = 0;
    let rows = 0;
    let firstChunkMs = 0;
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      if (!bytes) firstChunkMs = Math.round(performance.now() - started);
      bytes += chunk.length;
      for (const b of chunk) if (b === 10) rows++;
    }
    peak = Math.max(peak, rssOf(serverPid));
    return {
      bytes,
      rows,
      seconds: (performance.now() - started) / 1000,
      rssGrowth: peak - before,
      firstChunkMs,
    };
  } finally {
    clearInterval(timer);
  }
}
