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

function problemsOf(dir: string, today?: string): string[] {
  try {
    compileContent(dir, { publicDir: PUBLIC, today });
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).problems;
  }
  throw new Error('the broken content compiled');
}

describe('content compiler', () => {
  it('compiles the real content into a versioned, hashed bundle', () => {
    const bundle = compileContent(CONTENT, { publicDir: PUBLIC });
    expect(bundle.guides.length).toBeGreaterThanOrEqual(30);
    expect(bundle.glossary.length).toBeGreaterThanOrEqual(130);
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
      expect.stringMatching(/caf-attestation-paiement\.yaml ligne 14 : title\.ar manque$/),
    ]);
  });

  it('names an empty step text as steps.N.text.ar est vide', () => {
    const dir = copyWith({
      [CAF]: (t) =>
        t.replace('ar: "ابحث عن فضاء « Mon Compte » (حسابي). اضغط على الزر لتسجيل الدخول."', 'ar: "   "'),
    });
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(/caf-attestation-paiement\.yaml ligne 60 : steps\.2\.text\.ar est vide$/),
    ]);
  });

  it('names a step word that is not in the glossary', () => {
    const dir = copyWith({
      [CAF]: (t) => t.replace('terms: [espace-personnel, bouton', 'terms: [espace-perso, bouton'),
    });
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(
        /caf-attestation-paiement\.yaml ligne 61 : steps\.2\.terms\.1 « espace-perso » n’est pas un mot du lexique/,
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
    expect(problems[0]).toMatch(/caf-attestation-paiement\.yaml ligne 14 : /);
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
    expect(problems).toMatch(/steps\.8\.warnig n’est pas un champ connu/);
  });

  it('reports every broken file at once, including the glossary and the version file', () => {
    const dir = copyWith({
      [CAF]: (t) => t.replace(/^version: \d+$/m, 'version: 0'),
      'glossary.yaml': (t) => t.replace('  - id: pdf\n', '  - id: captcha\n'),
      'version.yaml': (t) => t.replace(/^version: \d+$/m, 'version: deux'),
    });
    const problems = problemsOf(dir).join('\n');
    expect(problems).toMatch(/caf-attestation-paiement\.yaml ligne 2 : version doit être 1 ou plus/);
    expect(problems).toMatch(/glossary\.yaml ligne \d+ : terms\.\d+\.id « captcha » existe déjà/);
    expect(problems).toMatch(/version\.yaml ligne \d+ : version doit être un nombre entier/);
  });
});

describe('content check: sources, dates, plain language, glossary links and help', () => {
  it('refuses a guide without sources or verifiedOn, naming the file', () => {
    const dir = copyWith({
      [CAF]: (t) =>
        t.replace(/verifiedOn: "[^"]+"\n/, '').replace(/sources:\n(?: {2}- title: .*\n {4}url: .*\n)+/, ''),
    });
    const problems = problemsOf(dir).join('\n');
    expect(problems).toMatch(/caf-attestation-paiement\.yaml ligne 1 : verifiedOn manque/);
    expect(problems).toMatch(/caf-attestation-paiement\.yaml ligne 1 : sources manque/);
  });

  it('refuses a date that does not exist, a date in the future and a source without https', () => {
    const future = copyWith({ [CAF]: (t) => t.replace(/verifiedOn: "[^"]+"/, 'verifiedOn: "2026-12-02"') });
    expect(problemsOf(future, '2026-12-01')).toEqual([
      expect.stringMatching(
        /caf-attestation-paiement\.yaml ligne 7 : verifiedOn « 2026-12-02 » est dans le futur/,
      ),
    ]);
    const wrong = copyWith({
      [CAF]: (t) =>
        t
          .replace(/verifiedOn: "[^"]+"/, 'verifiedOn: "2026-02-30"')
          .replace('url: https://www.caf.fr/\n', 'url: http://www.caf.fr/\n'),
    });
    const problems = problemsOf(wrong).join('\n');
    expect(problems).toMatch(/ligne 7 : verifiedOn doit être une date qui existe/);
    expect(problems).toMatch(/ligne \d+ : sources\.1\.url doit commencer par https:\/\//);
  });

  it('names the file, the step and the line of a sentence over 20 words and of a fourth sentence', () => {
    const dir = copyWith({
      [CAF]: (t) =>
        t
          .replace(
            'fr: "Choisissez l\'attestation de paiement. Choisissez les mois dont vous avez besoin."',
            'fr: "Choisissez l\'attestation de paiement. Choisissez ensuite avec beaucoup de soin tous les mois dont vous aurez besoin pour votre dossier à la mairie ou chez le bailleur cette année."',
          )
          .replace(
            'fr: "Quand vous avez fini, déconnectez-vous. Puis fermez le navigateur."',
            'fr: "Vous avez fini. Déconnectez-vous. Fermez le navigateur. Rendez la tablette."',
          ),
    });
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(
        /caf-attestation-paiement\.yaml ligne \d+ : steps\.6\.text\.fr la phrase « Choisissez ensuite avec beaucoup de soin tous les… » a 2\d mots \(20 au plus\)/,
      ),
      expect.stringMatching(
        /caf-attestation-paiement\.yaml ligne \d+ : steps\.8\.text\.fr a 4 phrases \(3 au plus\)/,
      ),
    ]);
  });

  it('refuses a jargon word that its step does not link to the glossary', () => {
    const dir = copyWith({
      [CAF]: (t) =>
        t
          .replace('terms: [compte, attestation, menu]', 'terms: [compte, menu]')
          .replace(
            'fr: "Vous êtes dans votre compte. Cherchez la partie qui parle des attestations.',
            'fr: "Vous êtes dans votre compte. Cherchez la partie qui parle des justificatifs.',
          ),
    });
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(
        /caf-attestation-paiement\.yaml ligne \d+ : steps\.5\.text\.fr le mot « justificatifs » doit être expliqué : ajoutez « justificatif »/,
      ),
    ]);
  });

  it('refuses a glossary word linked from no step, and a last step that says nothing about help', () => {
    const dir = copyWith({
      'glossary.yaml': (t) =>
        t.replace(
          '  - id: captcha\n',
          '  - id: mot-inutile\n    term: { fr: "Inutile", en: "Unused", ar: "غير مستعمل" }\n    definition:\n      fr: "Un mot."\n      en: "A word."\n      ar: "كلمة."\n\n  - id: captcha\n',
        ),
      [CAF]: (t) =>
        t.replace(
          'terms: [caf, numero-allocataire, centre-social, france-services, conseiller-numerique]',
          'terms: [caf, numero-allocataire]',
        ),
    });
    const problems = problemsOf(dir).join('\n');
    expect(problems).toMatch(
      /glossary\.yaml ligne \d+ : terms\.4\.id « mot-inutile » n’est lié à aucune étape/,
    );
    expect(problems).toMatch(
      /caf-attestation-paiement\.yaml ligne \d+ : steps\.9\.terms la dernière étape doit dire où trouver de l’aide/,
    );
  });

  it('refuses a phone number that is not in the checked list', () => {
    const dir = copyWith({
      [CAF]: (t) => t.replace('Appelez la Caf au 32 30, avec', 'Appelez la Caf au 08 10 25 59 80, avec'),
    });
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(
        /steps\.9\.text\.fr le numéro « 08 10 25 59 80 » n’est pas dans la liste des numéros vérifiés/,
      ),
    ]);
  });
});
