// The content model: guides, glossary and synonyms, as compiled from content/ and as served by
// GET /api/v1/content (DESIGN.md, plus subThemes, keywords and hash). Used by the build, the server
// and the tablet, so a bundle that passes here is safe to show everywhere.
import * as v from 'valibot';
import { isOfficialUrl, OFFICIAL_URL_MESSAGE } from './official-sites';
import { DEMARCHE_SUBTHEMES, INSTITUTIONS, type Language, THEMES } from './taxonomy';
import { NUL_MESSAGE } from './wire-shape';

// Messages are French words for content editors (the compiler prefixes file and field).
const text = () =>
  v.pipe(
    v.string('doit être un texte'),
    v.check((s) => s.trim().length > 0, 'est vide'),
    v.check((s) => !s.includes('\u0000'), NUL_MESSAGE),
  );

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Practice areas a step may show (kiosk: a big button to tap, a box to scroll, a field to type in). */
export const PRACTICE_KINDS = ['tap', 'scroll', 'type'] as const;
export type PracticeKind = (typeof PRACTICE_KINDS)[number];

/** A calendar date written YYYY-MM-DD that exists (2026-02-30 does not). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
const slug = () =>
  v.pipe(
    v.string('doit être un texte'),
    v.regex(
      SLUG,
      'doit être en minuscules, sans accent ni espace, avec des tirets (exemple : caf-attestation)',
    ),
  );

/**
 * Builds the schemas. `strict` refuses unknown fields (the compiler: a misspelt "warnnig" must not be
 * silently dropped); the tablet and server use the lenient form so a newer bundle with extra fields
 * still loads on an older tablet.
 */
function buildSchemas(strict: boolean) {
  const obj = (strict ? v.strictObject : v.object) as typeof v.object;

  const localized = obj({ fr: text(), en: text(), ar: text() });

  const step = v.pipe(
    obj({
      text: localized,
      tip: v.optional(localized),
      warning: v.optional(localized),
      image: v.optional(
        v.pipe(
          v.string('doit être un texte'),
          v.regex(
            /^\/(?:[a-z0-9_-]+\/)*[a-z0-9_.-]+\.(svg|webp)$/,
            'doit être un chemin d’image SVG ou WebP qui commence par / (exemple : /guides/mon-guide/3.svg)',
          ),
        ),
      ),
      imageAlt: v.optional(localized),
      terms: v.optional(v.array(slug(), 'doit être une liste de mots du lexique')),
      practice: v.optional(v.picklist(PRACTICE_KINDS)),
    }),
    v.forward(
      v.check(
        (s) => s.image === undefined || s.imageAlt !== undefined,
        'manque : une image a besoin de sa description (imageAlt) dans les trois langues',
      ),
      ['imageAlt'],
    ),
  );

  const keywordList = v.optional(v.array(text(), 'doit être une liste de mots'));

  const httpsUrl = () =>
    v.pipe(
      v.string('doit être un texte'),
      v.url('doit être une adresse web complète'),
      v.startsWith('https://', 'doit commencer par https://'),
    );
  const source = obj({ title: text(), url: httpsUrl() });
  // Where the facts come from and when they were checked: required in content/ (the build refuses a
  // guide without them), optional in bundles so drafts and older bundles still load.
  const sources = v.pipe(
    v.array(source, 'doit être une liste de sources (title et url)'),
    v.minLength(1, 'est vide : donnez au moins une source officielle'),
  );
  const verifiedOn = v.pipe(
    v.string('doit être une date entre guillemets, par exemple "2026-12-01"'),
    v.check(isCalendarDate, 'doit être une date qui existe, écrite AAAA-MM-JJ (exemple : "2026-12-01")'),
  );

  const guide = obj({
    id: slug(),
    version: v.pipe(
      v.number('doit être un nombre entier'),
      v.integer('doit être un nombre entier'),
      v.minValue(1, 'doit être 1 ou plus'),
    ),
    institution: v.picklist(INSTITUTIONS),
    themes: v.pipe(v.array(v.picklist(THEMES), 'doit être une liste'), v.minLength(1, 'est vide')),
    subThemes: v.optional(v.array(v.picklist(DEMARCHE_SUBTHEMES), 'doit être une liste')),
    officialUrl: v.pipe(httpsUrl(), v.check(isOfficialUrl, OFFICIAL_URL_MESSAGE)),
    verifiedOn: strict ? verifiedOn : v.optional(verifiedOn),
    sources: strict ? sources : v.optional(sources),
    title: localized,
    summary: localized,
    keywords: v.optional(obj({ fr: keywordList, en: keywordList, ar: keywordList })),
    prerequisites: v.pipe(v.array(localized, 'doit être une liste'), v.minLength(1, 'est vide')),
    steps: v.pipe(v.array(step, 'doit être une liste'), v.minLength(1, 'est vide')),
  });

  const glossaryTerm = obj({ id: slug(), term: localized, definition: localized });

  const synonyms = v.record(
    v.pipe(v.string(), v.nonEmpty('est vide')),
    v.array(text(), 'doit être une liste de mots entre crochets [ ]'),
  );

  const bundle = obj({
    version: v.pipe(v.number('doit être un nombre entier'), v.integer('doit être un nombre entier')),
    hash: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'doit être une empreinte SHA-256')),
    guides: v.array(guide, 'doit être une liste'),
    glossary: v.array(glossaryTerm, 'doit être une liste'),
    synonyms,
  });

  return { localized, step, guide, glossaryTerm, synonyms, bundle };
}

const lenient = buildSchemas(false);
/** Strict variants for content sources: unknown fields are errors. */
export const STRICT_CONTENT_SCHEMAS = buildSchemas(true);

export const LocalizedSchema = lenient.localized;
export const StepSchema = lenient.step;
export const GuideSchema = lenient.guide;
export const GlossaryTermSchema = lenient.glossaryTerm;
export const SynonymsSchema = lenient.synonyms;
export const ContentBundleSchema = lenient.bundle;

export type Localized = v.InferOutput<typeof LocalizedSchema>;
export type Step = v.InferOutput<typeof StepSchema>;
export type Guide = v.InferOutput<typeof GuideSchema>;
export type GlossaryTerm = v.InferOutput<typeof GlossaryTermSchema>;
export type Synonyms = v.InferOutput<typeof SynonymsSchema>;
export type ContentBundle = v.InferOutput<typeof ContentBundleSchema>;

/** A problem found in content: where (field path, arrays counted from 0) and what, in words. */
export interface ContentIssue {
  path: (string | number)[];
  message: string;
}

/** Plain French for valibot's generic issues; our own checks already carry their words. */
export function describeIssue(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema') {
    if (issue.expected === 'never') return 'n’est pas un champ connu (faute de frappe ?)';
    if (issue.received === 'undefined') return 'manque';
    if (issue.type === 'picklist') {
      return `${issue.received} n’est pas une valeur permise (valeurs possibles : ${(issue.expected ?? '')
        .replace(/[()"]/g, '')
        .split(' | ')
        .join(', ')})`;
    }
    if (issue.type === 'object' || issue.type === 'strict_object') return 'doit être un bloc de champs';
  }
  return issue.message;
}

function issuePath(issue: v.BaseIssue<unknown>): (string | number)[] {
  return (issue.path ?? []).map((item) => item.key as string | number);
}

/**
 * Cross-checks the schema cannot express alone: ids are unique and every step's terms exist in the
 * glossary.
 */
export function crossCheckContent(content: Pick<ContentBundle, 'guides' | 'glossary'>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const termIds = new Set<string>();
  content.glossary.forEach((t, i) => {
    if (termIds.has(t.id)) issues.push({ path: ['glossary', i, 'id'], message: `« ${t.id} » existe déjà` });
    termIds.add(t.id);
  });
  const guideIds = new Set<string>();
  content.guides.forEach((g, gi) => {
    if (guideIds.has(g.id)) issues.push({ path: ['guides', gi, 'id'], message: `« ${g.id} » existe déjà` });
    guideIds.add(g.id);
    g.steps.forEach((s, si) => {
      s.terms?.forEach((term, ti) => {
        if (!termIds.has(term)) {
          issues.push({
            path: ['guides', gi, 'steps', si, 'terms', ti],
            message: `« ${term} » n’est pas un mot du lexique (content/glossary.yaml)`,
          });
        }
      });
    });
  });
  return issues;
}

export type ContentCheck = { ok: true; bundle: ContentBundle } | { ok: false; issues: ContentIssue[] };

/** Validates a whole bundle (schema and cross-checks). Never throws. */
export function checkContentBundle(input: unknown): ContentCheck {
  const parsed = v.safeParse(ContentBundleSchema, input, { abortEarly: false });
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.issues.map((issue) => ({ path: issuePath(issue), message: describeIssue(issue) })),
    };
  }
  const issues = crossCheckContent(parsed.output);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, bundle: parsed.output };
}

/** "guides.3.steps.2.text.ar est vide" — the words of an issue, for logs and build errors. */
export function formatIssue(issue: ContentIssue): string {
  return issue.path.length > 0 ? `${issue.path.join('.')} ${issue.message}` : issue.message;
}

/**
 * JSON with object keys sorted at every level: the same content always gives the same text, so its
 * SHA-256 (the bundle's `hash`, the server's ETag) changes only when the content does.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, item]) => `${JSON.stringify(k)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The hashed text: the content without `version` and `hash`. The version is left out on purpose:
 * the server may publish the same content under a higher version, and it stays the same content.
 */
export function hashedContentText(bundle: { guides: unknown; glossary: unknown; synonyms: unknown }): string {
  return canonicalJson({ guides: bundle.guides, glossary: bundle.glossary, synonyms: bundle.synonyms });
}

/** A text in the wanted language (all three are required, so this never falls back in practice). */
export function localize(text: Localized, lang: Language): string {
  return text[lang];
}
