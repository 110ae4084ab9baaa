// Vite plugin: marks the files a kiosk's first start runs with V8's compile hint
// (`//# allFunctionsCalledOnLoad`, Chromium 136+; other engines read a comment). Without it V8
// compiles each function on the main thread the first time it is called: on a cold `/borne` at a
// slow tablet's speed (CPU ×6) that was about 370 functions and 250–300 ms of the main thread, most
// of it inside the first render of the kiosk home (then its longest task). With the hint they are
// compiled while the file is parsed, off the main thread, as it arrives.
import type { Plugin, Rolldown } from 'vite';

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** The tablet's entry (index.html's script), the kiosk screens' chunk, and what they import statically. */
export function kioskStartChunks(bundle: OutputBundle): OutputChunk[] {
  const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk');
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const roots = chunks.filter(
    (c) =>
      (c.isEntry && c.facadeModuleId?.endsWith('/index.html')) ||
      c.facadeModuleId?.endsWith('/src/views/kiosk/KioskApp.tsx'),
  );
  const seen = new Set<OutputChunk>();
  const visit = (chunk: OutputChunk | undefined) => {
    if (!chunk || seen.has(chunk)) return;
    seen.add(chunk);
    for (const file of chunk.imports) visit(byFile.get(file));
  };
  for (const root of roots) visit(root);
  return [...seen];
}

export function compileHints(): Plugin {
  return {
    name: 'borne:compile-hints',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      // After Vite's own, which rewrites the chunks' code (its preload helper) in this hook too.
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of kioskStartChunks(bundle)) {
          if (!chunk.code.startsWith(COMPILE_HINT)) chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
        }
      },
    },
  };
}
