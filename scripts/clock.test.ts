// One clock convention (issue 13): the server reads the time from `Deps.now` (made in
// server/runtime.ts), the browser side from src/platform/clock.ts; views, logic and the sync engine
// take it from there (or as a `now` parameter), so a test moves one clock and everything follows.
// This test finds any other file that reads the system clock itself.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The two clocks, and the files that may read the machine's time, each with why. */
const ALLOWED: Record<string, string> = {
  'src/platform/clock.ts': 'the browser side’s clock',
  'server/runtime.ts': 'makes the server’s Deps.now',
  'server/log.ts': 'a log line’s stamp is when the machine wrote it, never a date of the domain',
};

function productFiles(): string[] {
  return execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'src', 'server'], {
    encoding: 'utf8',
  })
    .split('\n')
    .filter((f) => /\.tsx?$/.test(f))
    .filter((f) => !/\.test\.tsx?$/.test(f) && !f.startsWith('server/test-support/'))
    .filter((f) => !(f in ALLOWED));
}

describe('one clock', () => {
  it('no product file outside the two clocks reads new Date() or Date.now()', () => {
    const offenders: string[] = [];
    for (const file of productFiles()) {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        continue; // listed by git but deleted in the working tree
      }
      text.split('\n').forEach((line, i) => {
        const code = line.replace(/\/\/.*$/, '');
        if (/new Date\(\)|Date\.now\(\)/.test(code)) offenders.push(`${file}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(offenders).toEqual([]);
  });
});
