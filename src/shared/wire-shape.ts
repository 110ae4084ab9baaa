// What every value arriving from a tablet must be before any schema looks at it (DESIGN.md "No single
// mutation can fail a push"): not nested deeper than a record ever is, no U+0000 in a string or a
// key (PostgreSQL text refuses it), no key that names an object's machinery (`__proto__`,
// `constructor`, `prototype`: refused like any unknown field). Iterative, so depth cannot overflow
// the stack here.

/** Records are at most 4 levels deep (encounter.participants.bySex.feminin); 16 is room enough. */
export const MAX_WIRE_DEPTH = 16;
const MACHINERY = new Set(['__proto__', 'constructor', 'prototype']);

export const NUL_MESSAGE = 'contient le caractère nul (U+0000), refusé';

/** A printable, short form of a key for a message: no control characters, 40 characters at most. */
export function printable(text: string, max = 40): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  const clean = text.replace(/[\u0000-\u001f\u007f]/g, '�');
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}

/** The first problem of `value`'s shape, as words naming the field, or undefined when it is sound. */
export function wireShapeProblem(value: unknown, maxDepth = MAX_WIRE_DEPTH): string | undefined {
  const stack: { value: unknown; depth: number; path: string }[] = [{ value, depth: 0, path: '' }];
  while (stack.length) {
    const item = stack.pop()!;
    const at = item.path || 'valeur';
    if (typeof item.value === 'string') {
      if (item.value.includes('\u0000')) return `${at} : ${NUL_MESSAGE}`;
      continue;
    }
    if (typeof item.value !== 'object' || item.value === null) continue;
    if (item.depth >= maxDepth) return `${at} : trop imbriqué (${maxDepth} niveaux au plus)`;
    const keys = Array.isArray(item.value) ? item.value.map((_, i) => String(i)) : Object.keys(item.value);
    for (const key of keys) {
      const path = item.path ? `${item.path}.${printable(key)}` : printable(key);
      if (key.includes('\u0000')) return `${path} : nom de champ refusé (caractère nul U+0000)`;
      if (!Array.isArray(item.value) && MACHINERY.has(key)) return `${path} : champ inconnu`;
      stack.push({ value: (item.value as Record<string, unknown>)[key], depth: item.depth + 1, path });
    }
  }
  return undefined;
}

/** True when `value` nests deeper than `maxDepth` (checked without recursion). */
export function exceedsDepth(value: unknown, maxDepth: number): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length) {
    const item = stack.pop()!;
    if (typeof item.value !== 'object' || item.value === null) continue;
    if (item.depth >= maxDepth) return true;
    for (const child of Object.values(item.value)) stack.push({ value: child, depth: item.depth + 1 });
  }
  return false;
}
