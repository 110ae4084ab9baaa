// Vite plugin: compiles content/ at build (and on each request in dev) and emits
// content/bundle.json into the output, where the service worker's precache picks it up.
// Invalid content fails the build with the compiler's message (file, field, line).
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { ContentError, compileContent } from './compile';

export const BUNDLE_FILE = 'content/bundle.json';

export function contentBundle(options: { dir?: string; publicDir?: string } = {}): Plugin {
  const compile = () =>
    compileContent(
      resolve(options.dir ?? 'content'),
      options.publicDir ? { publicDir: options.publicDir } : {},
    );
  let json = '';
  return {
    name: 'borne-content-bundle',
    buildStart() {
      try {
        json = JSON.stringify(compile());
      } catch (error) {
        // Only the words: a stack trace would hide the file and field the editor must fix.
        this.error(error instanceof ContentError ? error.message : String(error));
      }
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: BUNDLE_FILE, source: json });
    },
    configureServer(server) {
      const contentDir = resolve(options.dir ?? 'content');
      server.watcher.add(contentDir);
      server.watcher.on('change', (file) => {
        if (file.startsWith(contentDir)) server.ws.send({ type: 'full-reload' });
      });
      server.middlewares.use(`/${BUNDLE_FILE}`, (_req, res) => {
        try {
          const body = JSON.stringify(compile());
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.end(body);
        } catch (error) {
          const message = error instanceof ContentError ? error.message : String(error);
          server.config.logger.error(message);
          res.statusCode = 500;
          res.setHeader('Content-Type', 'text/plain; charset=utf-8');
          res.end(message);
        }
      });
    },
  };
}
