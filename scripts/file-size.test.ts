// Small modules (issue 13, the project's rule): no source, test or stylesheet file passes 300
// lines, so each one holds one concern a reader can take in whole. The exceptions are listed
// below, each with its reason; a file over the limit that is not listed fails with its name.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const LIMIT = 300;

/** What counts: code, tests and stylesheets (data, prose and lock files are not code). */
const CODE = /\.(ts|tsx|js|mjs|cjs|css|html)$/;

/** Files that may be longer, and why. A pattern, never a single file chosen to let it through. */
const EXCEPTIONS: { pattern: RegExp; why: string }[] = [
  {
    pattern: /^src\/i18n\/messages\/[^/]+\.ts$/,
    why: 'the tablet’s message catalogues: a list of sentences in three languages, one area a file',
  },
  {
    pattern: /^src\/dashboard\/messages\/[^/]+\.ts$/,
    why: 'the dashboard’s message catalogues, likewise (merged by messages/index.ts)',
  },
];

function codeFiles(): string[] {
  return execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' })
    .split('\n')
    .filter((f) => CODE.test(f) && existsSync(f));
}

const lineCount = (file: string) => readFileSync(file, 'utf8').replace(/\n$/, '').split('\n').length;

describe(`no file passes ${LIMIT} lines`, () => {
  it('every code, test and CSS file outside the listed exceptions has at most 300 lines', () => {
    const over = codeFiles()
      .filter((f) => !EXCEPTIONS.some((e) => e.pattern.test(f)))
      .map((f) => ({ file: f, lines: lineCount(f) }))
      .filter((f) => f.lines > LIMIT)
      .map((f) => `${f.file}: ${f.lines} lines`);
    expect(over).toEqual([]);
  });

  it('each exception still matches a file, so the list holds nothing stale', () => {
    const files = codeFiles();
    for (const e of EXCEPTIONS)
      expect(
        files.some((f) => e.pattern.test(f)),
        e.why,
      ).toBe(true);
  });
});
