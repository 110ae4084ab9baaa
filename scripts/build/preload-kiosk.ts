// Vite plugin: the kiosk's screens are one dynamic import of the tablet's entry. Without a hint, the
// browser learns of them only once the entry has run, one network round trip later. Preloading
// them from index.html (the tablet precaches them anyway) lets a first start fetch them with the
// entry: the kiosk chunk, the chunks it imports statically, and the stylesheets of all of them
// (Vite's loader waits for those before the kiosk can draw: one left out, such as the handout's,
// was a round trip of its own after the entry ran).
import type { Plugin, Rolldown } from 'vite';

type OutputChunk = Rolldown.OutputChunk;

export function preloadKioskChunk(): Plugin {
  return {
    name: 'borne:preload-kiosk',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle || !ctx.filename.endsWith('index.html')) return [];
        const bundle = ctx.bundle;
        const kiosk = Object.values(bundle).find(
          (c): c is OutputChunk =>
            c.type === 'chunk' && !!c.facadeModuleId?.endsWith('src/views/kiosk/KioskApp.tsx'),
        );
        if (!kiosk) return [];
        const chunks = new Set<OutputChunk>();
        const visit = (chunk: OutputChunk) => {
          if (chunks.has(chunk)) return;
          chunks.add(chunk);
          for (const file of chunk.imports) {
            const next = bundle[file];
            if (next?.type === 'chunk') visit(next);
          }
        };
        visit(kiosk);
        const css = new Set([...chunks].flatMap((c) => [...(c.viteMetadata?.importedCss ?? [])]));
        return [
          ...[...chunks]
            .map((c) => c.fileName)
            .filter((file) => !html.includes(`/${file}"`))
            .map((file) => ({
              tag: 'link',
              attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
              injectTo: 'head' as const,
            })),
          ...[...css]
            .filter((file) => !html.includes(`/${file}"`))
            .map((file) => ({
              tag: 'link',
              attrs: { rel: 'preload', as: 'style', crossorigin: true, href: `/${file}` },
              injectTo: 'head' as const,
            })),
        ];
      },
    },
  };
}
