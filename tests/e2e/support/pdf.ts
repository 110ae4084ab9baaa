// The text of a PDF as a reader gets it: Debian's pdftotext (poppler-utils, installed by .ci/run)
// reads the file Chromium printed. Whitespace is collapsed (lines wrap where the page ends) and the
// text is NFKC-normalised (ligatures back to plain letters), so a test can look for a sentence as
// the guide writes it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function flatText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

export function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'borne-pdf-'));
  try {
    const file = join(dir, 'printed.pdf');
    writeFileSync(file, pdf);
    return flatText(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const ARABIC = /[\u0600-\u06ff]/;

/**
 * Arabic as pdftotext gives it back is in the glyphs' order, not always the typed one: a lam–alef
 * ligature comes out as alef then lam, a shadda may come before its letter or split the word, and
 * Latin runs (ANTS, an address) move inside the line. So Arabic text is compared by its letters
 * alone, in order (no marks, spaces, punctuation or Latin; every alef plain, lam–alef one way).
 */
function arabicLetters(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u064b-\u065f\u0670\u0640]/g, '')
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
    .replace(/[^\u0621-\u064a]/g, '')
    .replaceAll('\u0644\u0627', '\u0627\u0644');
}

/**
 * True when `text` reads in the PDF's text: as it is written for French; for Arabic, its letters
 * in order and each of its Latin words (ants.gouv.fr, ANTS) somewhere in the page.
 */
export function printedIn(pdf: string, text: string): boolean {
  if (!ARABIC.test(text)) return pdf.includes(flatText(text));
  const latin = text.match(/[A-Za-z0-9][A-Za-z0-9.-]*[A-Za-z0-9]/g) ?? [];
  return arabicLetters(pdf).includes(arabicLetters(text)) && latin.every((word) => pdf.includes(word));
}
