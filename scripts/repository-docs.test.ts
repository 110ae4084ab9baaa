// The repository explains itself (issue 13): each top folder says what lives there, the README
// and docs/ name only paths that exist in this repository and point to nothing outside it, and
// `engines` says the Node version the project runs on.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const TOP_FOLDERS = ['src', 'server', 'tests', 'bench', 'scripts', 'content', 'public', 'docs'];

function markdownFiles(): string[] {
  const files = ['README.md', ...readdirSync('docs').map((f) => join('docs', f))];
  for (const folder of TOP_FOLDERS) files.push(join(folder, 'README.md'));
  return files.filter((f) => f.endsWith('.md') && existsSync(f));
}

/** `src/x/y.ts`-like names between backticks or in links, that name a file or folder of the repo. */
function repoPaths(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/`([^`\s]+)`|\]\(([^)\s]+)\)/g)) {
    const raw = (m[1] ?? m[2] ?? '').replace(/[,.:;]$/, '');
    if (!new RegExp(`^(${TOP_FOLDERS.join('|')})/`).test(raw)) continue;
    if (/[<>*…{]/.test(raw)) continue; // a pattern, not a path
    found.add(raw.replace(/\/$/, ''));
  }
  return [...found];
}

describe('the repository explains itself', () => {
  it.each(TOP_FOLDERS)('%s/ has a README saying what lives there', (folder) => {
    expect(existsSync(join(folder, 'README.md'))).toBe(true);
    expect(readFileSync(join(folder, 'README.md'), 'utf8').length).toBeGreaterThan(200);
  });

  it('the README and docs/ name only paths that exist here, and nothing outside the repository', () => {
    const missing: string[] = [];
    for (const file of markdownFiles()) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/\.\.\/shared|shared\/DESIGN\.md/);
      for (const path of repoPaths(text)) if (!existsSync(path)) missing.push(`${file}: ${path}`);
    }
    expect(missing).toEqual([]);
  });

  it('the README links the architecture document', () => {
    expect(readFileSync('README.md', 'utf8')).toContain('docs/architecture.md');
    expect(existsSync('docs/architecture.md')).toBe(true);
  });

  it('engines says Node 20, as .nvmrc does', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };
    expect(pkg.engines.node).toBe('>=20 <21');
    expect(readFileSync('.nvmrc', 'utf8').trim()).toBe('20');
  });
});
