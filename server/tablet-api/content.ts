// GET /api/v1/content: the published content bundle (DESIGN.md "Sync"). No authentication: it holds
// nothing private. Tablets revalidate with If-None-Match and get 304 when nothing changed.
import { Hono } from 'hono';
import type { AppEnv } from '../app-env';
import { errorResponse } from '../http/errors';
import { currentContent } from '../services/content';

/** True when an If-None-Match header names this entity tag (or is "*"). */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}

export function contentRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/', async (c) => {
    const current = await currentContent(c.var.deps.database.db);
    if (!current) {
      return errorResponse(
        c,
        404,
        'not_found',
        'Aucun guide n’est encore publié sur ce serveur. Publiez le contenu depuis le tableau de bord.',
      );
    }
    const etag = `"${current.etag}"`;
    // no-cache: any cache may keep it but must ask again (cheap with the ETag) before using it.
    const headers = { ETag: etag, 'Cache-Control': 'no-cache' };
    if (matches(c.req.header('If-None-Match'), etag)) return c.body(null, 304, headers);
    return c.body(current.bundleJson, 200, { ...headers, 'Content-Type': 'application/json; charset=utf-8' });
  });
  return app;
}
