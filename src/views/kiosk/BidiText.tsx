// A guide text on screen. In Arabic, each Latin-script run (caf.fr, « Mon Compte », 32 30) is put in
// a <bdi> so it reads left to right without pulling the sentence's punctuation along (src/content/bidi.ts).
import { latinRuns } from '../../content/bidi';
import type { Language } from '../../shared/taxonomy';

export function BidiText({ text, lang }: { text: string; lang: Language }) {
  if (lang !== 'ar') return <>{text}</>;
  return (
    <>
      {latinRuns(text).map((run, i) =>
        // The runs of a text never move, so their position is a stable key.
        run.latin ? <bdi key={i}>{run.text}</bdi> : run.text,
      )}
    </>
  );
}
