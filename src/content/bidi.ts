// Arabic text of the guides holds Latin-script runs (caf.fr, « Mon Compte », 32 30). Shown as they
// are, the browser's bidi algorithm moves their punctuation around (« .caf.fr »); each run is isolated
// instead (a <bdi> in the step renderer), so it reads left to right and the Arabic around it stays in
// place. Pure function: the kiosk renders the runs, tests check them.

export interface TextRun {
  text: string;
  /** true for a Latin-script run to isolate, false for the surrounding text. */
  latin: boolean;
}

/**
 * A Latin run starts and ends with a Latin letter or a digit and may hold spaces, dots, slashes,
 * hyphens, apostrophes, @, +, colons and dashes inside (« caf.fr », « Caf – Mon Compte », « 0 805 204 805 »).
 * Guillemets and the sentence's final punctuation stay outside: they belong to the Arabic sentence.
 */
const LATIN_RUN =
  /[A-Za-z0-9\u00C0-\u024F](?:[A-Za-z0-9\u00C0-\u024F.,'’:/@_+\-–\s]*[A-Za-z0-9\u00C0-\u024F+])?/g;

/** Cuts a text into runs; a text without Latin letters or digits is one plain run. */
export function latinRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let last = 0;
  for (const match of text.matchAll(LATIN_RUN)) {
    const start = match.index ?? 0;
    if (start > last) runs.push({ text: text.slice(last, start), latin: false });
    runs.push({ text: match[0], latin: true });
    last = start + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), latin: false });
  return runs;
}
