// What a voice reads: the parts of a screen joined as sentences, without the marks a voice would
// read out or stumble on (« », quotes, arrows, bullets, doubled or dangling punctuation).
const SYMBOLS = /[«»"“”„‹›→←↑↓⇒•·▪*#_|<>[\]{}()]/g;
const END = /[.!?…؟]$/;

export function spokenText(parts: readonly (string | undefined | null)[]): string {
  return parts
    .map((part) =>
      (part ?? '')
        .replace(SYMBOLS, ' ')
        .replace(/\s+([.,;:!?…،؟])/g, '$1')
        .replace(/([.!?…؟])[.!?…؟,;:]+/g, '$1')
        .replace(/\s+/g, ' ')
        .replace(/^[\s.,;:!?…،؟\-–—]+/, '')
        .replace(/[\s,;:،\-–—]+$/, '')
        .trim(),
    )
    .filter((part) => part !== '')
    .map((part) => (END.test(part) ? part : `${part}.`))
    .join(' ');
}
