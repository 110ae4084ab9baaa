// Reads one YAML source file and points at lines, so build errors say where to look.
import { readFileSync } from 'node:fs';
import { LineCounter, type Node, parseDocument } from 'yaml';

/** Plain words for the YAML mistakes editors make most; the parser's English follows in brackets. */
const YAML_ERRORS: Record<string, string> = {
  DUPLICATE_KEY: 'ce champ est écrit deux fois',
  TAB_AS_INDENT: 'une tabulation est utilisée : mettez des espaces',
  BAD_INDENT: 'l’alignement (les espaces au début de la ligne) est incorrect',
  MISSING_CHAR: 'il manque un caractère (guillemet, crochet ou accolade mal fermé ?)',
  MULTILINE_IMPLICIT_KEY: 'un texte continue sur la ligne suivante : mettez-le entre guillemets',
  BLOCK_AS_IMPLICIT_KEY: 'l’alignement est incorrect ou un « : » manque',
  UNEXPECTED_TOKEN: 'un caractère est mal placé (guillemet dans un texte ?)',
};

export interface YamlSource {
  file: string;
  data: unknown;
  /** The 1-based line of the value at `path`, or of its nearest existing parent. */
  lineOf(path: (string | number)[]): number | undefined;
}

export type YamlRead = { ok: true; source: YamlSource } | { ok: false; problems: string[] };

export function readYamlSource(file: string, shownName: string): YamlRead {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { ok: false, problems: [`${shownName} : le fichier ne peut pas être lu`] };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((error) => {
        const line = lineCounter.linePos(error.pos[0]).line;
        const words = YAML_ERRORS[error.code] ?? 'le YAML n’est pas valide';
        const original = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '');
        return `${shownName} ligne ${line} : ${words} (${original})`;
      }),
    };
  }
  return {
    ok: true,
    source: {
      file: shownName,
      data: doc.toJS(),
      lineOf(path) {
        for (let depth = path.length; depth >= 0; depth--) {
          const node = doc.getIn(path.slice(0, depth), true) as Node | undefined;
          if (node?.range) return lineCounter.linePos(node.range[0]).line;
        }
        return undefined;
      },
    },
  };
}
