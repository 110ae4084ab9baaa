import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, type Rollup } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLE_FILE, contentBundle } from './vite-plugin';

const root = mkdtempSync(join(tmpdir(), 'borne-vite-content-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
writeFileSync(join(root, 'entry.js'), 'export const x = 1;\n');

/** A build of a one-line entry with the content plugin on `contentDir`; returns the emitted files. */
async function buildWith(contentDir: string): Promise<Rollup.OutputBundle[string][]> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    plugins: [contentBundle({ dir: contentDir, publicDir: resolve('public') })],
    build: { write: false, lib: { entry: join(root, 'entry.js'), formats: ['es'], fileName: 'entry' } },
  });
  const outputs = Array.isArray(result) ? result : [result];
  return outputs.flatMap((out) => ('output' in out ? out.output : []));
}

describe('content Vite plugin', () => {
  it('emits content/bundle.json with the compiled content', async () => {
    const files = await buildWith(resolve('content'));
    const asset = files.find((file) => file.fileName === BUNDLE_FILE);
    expect(asset?.type).toBe('asset');
    const bundle = JSON.parse(String((asset as Rollup.OutputAsset).source));
    expect(bundle.guides.length).toBeGreaterThanOrEqual(30);
    expect(bundle.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('fails the build with the file and field when the content is invalid', async () => {
    const broken = join(root, 'content');
    cpSync(resolve('content'), broken, { recursive: true });
    const file = join(broken, 'guides', 'impots-declarer-revenus.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^officialUrl: https:/m, 'officialUrl: http:'));
    await expect(buildWith(broken)).rejects.toThrow(
      /impots-declarer-revenus\.yaml ligne \d+ : officialUrl doit commencer par https:\/\//,
    );
  });
});
