// Guides and glossary (API.md "Guides and glossary"): read the published content and its drafts,
// save a draft, publish every draft as a new content version.
import { Hono } from 'hono';
import * as v from 'valibot';
import {
  type GlossaryTerm,
  GlossaryTermSchema,
  type Guide,
  GuideSchema,
  LocalizedSchema,
} from '../../../src/shared/content';
import type { GlossaryItem, GuideListItem } from '../../../src/shared/dashboard-api/content';
import { HttpError } from '../../http/errors';
import { ContentPublishError } from '../../services/content';
import { writeAudit } from '../audit';
import type { DashboardEnv } from '../env';
import { notFound, readBody } from '../http';
import {
  deleteDraft,
  loadDrafts,
  NothingToPublish,
  publishDrafts,
  publishedBundle,
  saveDraft,
} from './content-drafts';

export const PUBLISH_NEEDS_ADMIN =
  'Seul un administrateur peut publier : le contenu publié part sur les tablettes de tous les centres. Votre brouillon est gardé ; demandez à un administrateur de le publier.';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const GuideBody = v.object({ guide: v.record(v.string(), v.unknown(), 'guide : un objet attendu') });
const TermBody = v.object({ term: LocalizedSchema, definition: LocalizedSchema });

function checkSlug(id: string) {
  if (!SLUG.test(id))
    throw new HttpError(400, 'invalid', 'id : minuscules, chiffres et tirets (exemple : caf-attestation).');
}

export function contentRoutes() {
  const app = new Hono<DashboardEnv>();

  app.get('/guides', async (c) => {
    const db = c.var.deps.database.db;
    const [bundle, drafts] = await Promise.all([publishedBundle(db), loadDrafts<Guide>(db, 'guide')]);
    const items: GuideListItem[] = bundle.guides.map((g) => {
      const d = drafts.get(g.id);
      return {
        id: g.id,
        institution: (d?.data ?? g).institution,
        title: (d?.data ?? g).title,
        version: g.version,
        verifiedOn: (d?.data ?? g).verifiedOn ?? null,
        hasDraft: !!d,
        deleted: d?.data === null,
      };
    });
    for (const d of drafts.values()) {
      if (d.data && !bundle.guides.some((g) => g.id === d.id)) {
        items.push({
          id: d.id,
          institution: d.data.institution,
          title: d.data.title,
          version: 0,
          verifiedOn: d.data.verifiedOn ?? null,
          hasDraft: true,
          deleted: false,
        });
      }
    }
    return c.json({ version: bundle.version, items });
  });

  app.get('/guides/:id', async (c) => {
    const db = c.var.deps.database.db;
    const id = c.req.param('id');
    const [bundle, drafts] = await Promise.all([publishedBundle(db), loadDrafts<Guide>(db, 'guide')]);
    const published = bundle.guides.find((g) => g.id === id) ?? null;
    const draft = drafts.get(id);
    if (!published && !draft) throw notFound('Ce guide');
    return c.json({ published, draft: draft?.data ?? null, draftUpdatedAt: draft?.updatedAt ?? null });
  });

  app.put('/guides/:id/draft', async (c) => {
    const { database, now } = c.var.deps;
    const id = c.req.param('id');
    checkSlug(id);
    const body = await readBody(c, GuideBody);
    const parsed = v.safeParse(GuideSchema, { ...body.guide, id, version: 1 }, { abortEarly: false });
    if (!parsed.success) {
      const first = parsed.issues
        .slice(0, 3)
        .map((i) => `${(i.path ?? []).map((p) => String(p.key)).join('.')} ${i.message}`)
        .join(' ; ');
      throw new HttpError(400, 'invalid', `Guide invalide — ${first}`);
    }
    const updatedAt = await saveDraft(database.db, 'guide', id, parsed.output, c.var.user.id, now());
    await writeAudit(
      database.db,
      { userId: c.var.user.id, action: 'content.draft', recordId: `guide:${id}` },
      now(),
    );
    return c.json({ draft: parsed.output, updatedAt });
  });

  app.delete('/guides/:id/draft', async (c) => {
    if (!(await deleteDraft(c.var.deps.database.db, 'guide', c.req.param('id'))))
      throw notFound('Ce brouillon');
    return c.body(null, 204);
  });

  app.get('/glossary', async (c) => {
    const db = c.var.deps.database.db;
    const [bundle, drafts] = await Promise.all([
      publishedBundle(db),
      loadDrafts<GlossaryTerm>(db, 'glossary'),
    ]);
    const items: GlossaryItem[] = bundle.glossary.map((t) => {
      const d = drafts.get(t.id);
      const shown = d?.data ?? t;
      return {
        id: t.id,
        term: shown.term,
        definition: shown.definition,
        draft: d ? (d.data ? 'changed' : 'deleted') : null,
      };
    });
    for (const d of drafts.values()) {
      if (d.data && !bundle.glossary.some((t) => t.id === d.id)) {
        items.push({ id: d.id, term: d.data.term, definition: d.data.definition, draft: 'new' });
      }
    }
    items.sort((a, b) => a.term.fr.localeCompare(b.term.fr, 'fr'));
    return c.json({ items });
  });

  app.put('/glossary/:id', async (c) => {
    const { database, now } = c.var.deps;
    const id = c.req.param('id');
    checkSlug(id);
    const body = await readBody(c, TermBody);
    const parsed = v.safeParse(GlossaryTermSchema, { id, ...body });
    if (!parsed.success)
      throw new HttpError(400, 'invalid', 'Mot du lexique invalide : term et definition en fr, en et ar.');
    const term = parsed.output;
    await saveDraft(database.db, 'glossary', id, term, c.var.user.id, now());
    await writeAudit(
      database.db,
      { userId: c.var.user.id, action: 'content.draft', recordId: `glossary:${id}` },
      now(),
    );
    return c.json({ item: { ...term, draft: 'changed' } });
  });

  app.delete('/glossary/:id', async (c) => {
    const { database, now } = c.var.deps;
    const id = c.req.param('id');
    const bundle = await publishedBundle(database.db);
    if (bundle.glossary.some((t) => t.id === id))
      await saveDraft(database.db, 'glossary', id, null, c.var.user.id, now());
    else if (!(await deleteDraft(database.db, 'glossary', id))) throw notFound('Ce mot du lexique');
    return c.body(null, 204);
  });

  app.post('/content/publish', async (c) => {
    const { database, now } = c.var.deps;
    // Published content reaches every tablet of every centre: only an administrator publishes.
    if (c.var.user.role !== 'admin') throw new HttpError(403, 'forbidden', PUBLISH_NEEDS_ADMIN);
    try {
      const result = await publishDrafts(database.db, c.var.user.id, now());
      await writeAudit(
        database.db,
        {
          userId: c.var.user.id,
          action: 'content.publish',
          detail: { version: result.version, guides: result.guides, glossaryChanged: result.glossaryChanged },
        },
        now(),
      );
      return c.json(result);
    } catch (err) {
      if (err instanceof NothingToPublish) throw new HttpError(409, 'conflict', 'Aucun brouillon à publier.');
      if (err instanceof ContentPublishError) throw new HttpError(400, 'invalid', err.message);
      throw err;
    }
  });

  return app;
}
