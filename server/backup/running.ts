// Is a server running on this data directory? `serve` writes its process id into borne.pid while it
// runs (SQLite only: one process owns the file); a restore refuses while that process is alive.
import { existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function pidFile(dataDir: string): string {
  return join(dataDir, 'borne.pid');
}

/** Writes borne.pid; removed when the process exits. */
export function markServerRunning(dataDir: string): void {
  const file = pidFile(dataDir);
  writeFileSync(file, `${process.pid}\n`, { mode: 0o600 });
  process.once('exit', () => {
    try {
      if (readFileSync(file, 'utf8').trim() === String(process.pid)) unlinkSync(file);
    } catch {
      // already gone
    }
  });
}

/** The pid of a live server on this data directory, or undefined (no file, or its process is gone). */
export function runningServer(dataDir: string): number | undefined {
  const file = pidFile(dataDir);
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return undefined;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (err) {
    // EPERM: alive, under another account.
    return (err as { code?: string }).code === 'EPERM' ? pid : undefined;
  }
}
