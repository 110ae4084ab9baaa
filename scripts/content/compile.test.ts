import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError, compileContent } from './compile';

const CONTENT = resolve('content');
const PUBLIC = resolve('public');
const CAF = 'guides/caf-attestation-paiement.yaml';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the real content, changed by `edit(relativePath, text) → text`. */
function copyWith(edits: Record<string, (text: string) => string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'borne-content-'));
  dirs.push(dir);
  cpSync(CONTENT, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(dir, file);
    const before = readFileSync(path, 'utf8');
    const after = edit(before);
    expect(after, `the edit of ${file} changed nothing`).not.toBe(before);
    writeFileSync(path, after);
  }
  return dir;
}

function problemsOf(dir: string): string[] {
  try {
    compileContent(dir, { publicDir: PUBLIC });
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).problems;
  }
  throw new Error('the broken content compiled');
}

describe('content compiler', () => {
  it('compiles the real content into a versioned, hashed bundle', () => {
    const bundle = compileContent(CONTENT, { publicDir: PUBLIC });
    expect(bundle.guides).toHaveLength(14);
    expect(bundle.glossary.length).toBeGreaterThanOrEqual(50);
    expect(bundle.version).toBe(
      Number(/^version: (\d+)$/m.exec(readFileSync(join(CONTENT, 'version.yaml'), 'utf8'))?.[1]),
    );
    expect(bundle.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.keys(bundle.synonyms)).toContain('secu');
  });

  it('gives the same hash for the same content and another when a text changes', () => {
    const same = compileContent(copyWith(), { publicDir: PUBLIC });
    expect(same.hash).toBe(compileContent(CONTENT, { publicDir: PUBLIC }).hash);
    const changed = copyWith({ [CAF]: (t) => t.replace('Choisissez les mois', 'Choisissez bien les mois') });
    expect(compileContent(changed, { publicDir: PUBLIC }).hash).not.toBe(same.hash);
  });

  it('names the file, the field and the line when an Arabic text is missing', () => {
    const dir = copyWith({ [CAF]: (t) => t.replace('  ar: "تنزيل شهادة الدفع من الكاف"\n', '') });
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(/caf-attestation-paiement\.yaml ligne 8 : title\.ar manque$/),
    ]);
  });

  it('names an empty step text as steps.N.text.ar est vide', () => {
    const dir = copyWith({
      [CAF]: (t) =>
        t.replace('ar: "ابحث عن فضاء « Mon Compte » (حسابي). اضغط على الزر لتسجيل الدخول."', 'ar: "   "'),
    });
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(/caf-attestation-paiement\.yaml ligne 42 : steps\.2\.text\.ar est vide$/),
    ]);
  });

  it('names a step word that is not in the glossary', () => {
    const dir = copyWith({
      [CAF]: (t) => t.replace('terms: [espace-personnel, bouton', 'terms: [espace-perso, bouton'),
    });
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(
        /caf-attestation-paiement\.yaml ligne 43 : steps\.2\.terms\.1 « espace-perso » n’est pas un mot du lexique/,
      ),
    ]);
  });

  it('names an unknown institution and lists the allowed ones', () => {
    const dir = copyWith({ [CAF]: (t) => t.replace('institution: caf', 'institution: kaf') });
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(
        /ligne 3 : institution "kaf" n’est pas une valeur permise \(valeurs possibles : caf, impots,/,
      ),
    ]);
  });

  it('refuses an image without its description', () => {
    const dir = copyWith({
      [CAF]: (t) =>
        t.replace(
          /(image: \/guides\/caf-attestation-paiement\/3\.svg\n)\s+imageAlt:\n(\s+\w\w: ".*"\n){3}/,
          '$1',
        ),
    });
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(
        /caf-attestation-paiement\.yaml ligne \d+ : steps\.3\.imageAlt manque : une image a besoin/,
      ),
    ]);
  });

  it('refuses an image that is not in public/', () => {
    const dir = copyWith({
      [CAF]: (t) => t.replace('/caf-attestation-paiement/3.svg', '/caf-attestation-paiement/9.svg'),
    });
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(
        /steps\.3\.image l’image \/guides\/caf-attestation-paiement\/9\.svg n’existe pas dans public\//,
      ),
    ]);
  });

  it('points at the line of a YAML syntax error', () => {
    const dir = copyWith({
      [CAF]: (t) =>
        t.replace(
          '  fr: "Télécharger une attestation de paiement de la Caf"',
          '  fr: "Télécharger une "attestation" de paiement"',
        ),
    });
    const problems = problemsOf(dir);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(/caf-attestation-paiement\.yaml ligne 8 : /);
  });

  it('refuses an id different from the file name, a web address without https and a misspelt field', () => {
    const dir = copyWith({
      [CAF]: (t) =>
        t
          .replace('id: caf-attestation-paiement', 'id: caf-attestation')
          .replace('officialUrl: https://www.caf.fr/', 'officialUrl: http://www.caf.fr/')
          .replace('    warning:\n      fr: "Sur un appareil', '    warnig:\n      fr: "Sur un appareil'),
    });
    const problems = problemsOf(dir).join('\n');
    expect(problems).toMatch(/ligne 1 : id « caf-attestation » doit être identique au nom du fichier/);
    expect(problems).toMatch(/ligne 6 : officialUrl doit commencer par https:\/\//);
    expect(problems).toMatch(/steps\.7\.warnig n’est pas un champ connu/);
  });

  it('reports every broken file at once, including the glossary and the version file', () => {
    const dir = copyWith({
      [CAF]: (t) => t.replace('version: 1', 'version: 0'),
      'glossary.yaml': (t) => t.replace('  - id: pdf\n', '  - id: captcha\n'),
      'version.yaml': (t) => t.replace(/^version: \d+$/m, 'version: deux'),
    });
    const problems = problemsOf(dir).join('\n');
    expect(problems).toMatch(/caf-attestation-paiement\.yaml ligne 2 : version doit être 1 ou plus/);
    expect(problems).toMatch(/glossary\.yaml ligne \d+ : terms\.\d+\.id « captcha » existe déjà/);
    expect(problems).toMatch(/version\.yaml ligne \d+ : version doit être un nombre entier/);
  });
});
