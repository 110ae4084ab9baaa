// Compiles content/ (YAML written by editors) into the bundle the tablets use. Every problem is
// reported with the file, the field and the line, in plain French, and all problems at once.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import * as v from 'valibot';
import {
  type ContentBundle,
  crossCheckContent,
  describeIssue,
  type GlossaryTerm,
  type Guide,
  hashedContentText,
  STRICT_CONTENT_SCHEMAS,
  type Synonyms,
} from '../../src/shared/content';
import { checkPlainLanguage, type JargonList } from './falc';
import { readYamlSource, type YamlSource } from './yaml-source';

/** The content did not compile; `problems` are one sentence each, ready to print. */
export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    const count = problems.length;
    super(
      `Le contenu a ${count} erreur${count > 1 ? 's' : ''} :\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'ContentError';
  }
}

export interface CompileOptions {
  /** Where step images are looked for (default: the `public/` folder beside `dir`). */
  publicDir?: string;
  /** Today (YYYY-MM-DD), to refuse a `verifiedOn` in the future (default: the machine's date). */
  today?: string;
}

const VersionFileSchema = v.strictObject({
  version: v.pipe(
    v.number('doit être un nombre entier'),
    v.integer('doit être un nombre entier'),
    v.minValue(1, 'doit être 1 ou plus'),
  ),
});
const GlossaryFileSchema = v.strictObject({
  terms: v.array(STRICT_CONTENT_SCHEMAS.glossaryTerm, 'doit être une liste'),
});
const SynonymsFileSchema = v.strictObject({ synonyms: STRICT_CONTENT_SCHEMAS.synonyms });
const JargonFileSchema = v.strictObject({
  jargon: v.record(
    v.pipe(v.string(), v.nonEmpty('est vide')),
    v.string('doit être l’identifiant d’un mot du lexique'),
  ),
  telephones: v.array(v.string('doit être un numéro entre guillemets'), 'doit être une liste de numéros'),
});

/** Arrays count from 1 in messages: editors think "étape 2", not "steps[1]". */
function fieldName(path: (string | number)[]): string {
  return path.map((part) => (typeof part === 'number' ? String(part + 1) : part)).join('.');
}

function problem(source: YamlSource, path: (string | number)[], message: string): string {
  const line = source.lineOf(path);
  const where = path.length > 0 ? `${fieldName(path)} ` : '';
  return `${source.file}${line ? ` ligne ${line}` : ''} : ${where}${message}`;
}

function validate<T>(
  schema: v.GenericSchema<unknown, T>,
  source: YamlSource,
  problems: string[],
): T | undefined {
  const parsed = v.safeParse(schema, source.data, { abortEarly: false });
  if (parsed.success) return parsed.output;
  for (const issue of parsed.issues) {
    const path = (issue.path ?? []).map((item) => item.key as string | number);
    problems.push(problem(source, path, describeIssue(issue)));
  }
  return undefined;
}

function shown(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel.startsWith('..') || isAbsolute(rel) ? file : rel;
}

/** Compiles `dir` (the content folder) into a bundle, or throws ContentError listing every problem. */
export function compileContent(dir: string, options: CompileOptions = {}): ContentBundle {
  const root = resolve(dir);
  const publicDir = resolve(options.publicDir ?? join(root, '..', 'public'));
  const problems: string[] = [];

  const read = (file: string): YamlSource | undefined => {
    const result = readYamlSource(file, shown(file));
    if (!result.ok) problems.push(...result.problems);
    return result.ok ? result.source : undefined;
  };

  const versionSource = read(join(root, 'version.yaml'));
  const version = versionSource && validate(VersionFileSchema, versionSource, problems)?.version;

  const glossarySource = read(join(root, 'glossary.yaml'));
  const glossary: GlossaryTerm[] =
    (glossarySource && validate(GlossaryFileSchema, glossarySource, problems)?.terms) ?? [];

  const synonymsSource = read(join(root, 'synonyms.yaml'));
  const synonyms: Synonyms =
    (synonymsSource && validate(SynonymsFileSchema, synonymsSource, problems)?.synonyms) ?? {};

  const jargonSource = read(join(root, 'jargon.yaml'));
  const jargon: JargonList | undefined = jargonSource && validate(JargonFileSchema, jargonSource, problems);

  const guidesDir = join(root, 'guides');
  const files = existsSync(guidesDir)
    ? readdirSync(guidesDir)
        .filter((name) => name.endsWith('.yaml') || name.endsWith('.yml'))
        .sort()
    : [];
  if (files.length === 0) problems.push(`${shown(guidesDir)} : aucun guide (fichiers .yaml) trouvé`);

  const guides: { guide: Guide; source: YamlSource }[] = [];
  for (const name of files) {
    const source = read(join(guidesDir, name));
    if (!source) continue;
    const guide = validate(STRICT_CONTENT_SCHEMAS.guide, source, problems);
    // Checked even when the schema failed, so one run lists every problem of the file.
    const raw = (source.data ?? {}) as { id?: unknown; steps?: unknown };
    const expectedId = basename(name).replace(/\.ya?ml$/, '');
    if (typeof raw.id === 'string' && raw.id !== expectedId) {
      problems.push(
        problem(source, ['id'], `« ${raw.id} » doit être identique au nom du fichier (« ${expectedId} »)`),
      );
    }
    (Array.isArray(raw.steps) ? (raw.steps as { image?: unknown }[]) : []).forEach((step, index) => {
      if (typeof step?.image === 'string' && !existsSync(join(publicDir, step.image))) {
        problems.push(
          problem(source, ['steps', index, 'image'], `l’image ${step.image} n’existe pas dans public/`),
        );
      }
    });
    if (!guide) continue;
    guides.push({ guide, source });
  }

  // Cross-checks (unknown glossary words, duplicate ids) are reported in the file they concern.
  for (const issue of crossCheckContent({ guides: guides.map((g) => g.guide), glossary })) {
    const [list, index, ...rest] = issue.path;
    const source = list === 'guides' ? guides[index as number]?.source : glossarySource;
    const path = list === 'guides' ? rest : ['terms', index as number, ...rest];
    if (source) problems.push(problem(source, path, issue.message));
  }

  // Plain language, jargon, help step, phone numbers, glossary use (scripts/content/falc.ts).
  if (jargon) {
    const checked = checkPlainLanguage(
      guides.map((g) => g.guide),
      glossary,
      jargon,
    );
    for (const p of checked) {
      const source =
        p.file === 'guide' ? guides[p.index]?.source : p.file === 'glossary' ? glossarySource : jargonSource;
      if (source) problems.push(problem(source, p.path, p.message));
    }
  }
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  for (const { guide, source } of guides) {
    if (guide.verifiedOn && guide.verifiedOn > today) {
      problems.push(
        problem(
          source,
          ['verifiedOn'],
          `« ${guide.verifiedOn} » est dans le futur : écrivez la date du jour où les faits ont été vérifiés`,
        ),
      );
    }
  }

  if (problems.length > 0 || version === undefined) throw new ContentError(problems);
  const content = { guides: guides.map((g) => g.guide), glossary, synonyms };
  const hash = createHash('sha256').update(hashedContentText(content)).digest('hex');
  return { version, hash, ...content };
}
