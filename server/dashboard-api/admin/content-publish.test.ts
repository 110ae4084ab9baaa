import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentBundle, Guide } from '../../../src/shared/content';
import { syncBuiltContent } from '../../services/content';
import { type Client, errorOf, seedCentres, signIn } from '../../test-support/dashboard';
import { createTestServer, DB_KINDS, type TestServer } from '../../test-support/databases';

describe.each(DB_KINDS)('dashboard guides, glossary and publication on %s', (kind) => {
  let server: TestServer;
  let coordA: Client;
  /** Publishing needs the admin role (issue 9); coordinators edit drafts. */
  let admin: Client;
  let firstVersion: number;

  beforeAll(async () => {
    server = await createTestServer(kind);
    await seedCentres(server);
    const built = await syncBuiltContent(server.deps);
    if (!built.published) throw new Error(`content/ did not publish: ${JSON.stringify(built)}`);
    firstVersion = built.version;
    coordA = await signIn(server, 'coord-a');
    admin = await signIn(server, 'admin');
  });
  afterAll(() => server.close());

  const content = async () => (await (await server.app.request('/api/v1/content')).json()) as ContentBundle;

  it('lists the published guides', async () => {
    const res = await coordA.get('/guides');
    const body = (await res.json()) as { version: number; items: { id: string; hasDraft: boolean }[] };
    expect(body.version).toBe(firstVersion);
    expect(body.items.length).toBe((await content()).guides.length);
    expect(body.items.every((g) => !g.hasDraft)).toBe(true);
  });

  it('lists each guide with the date its facts were checked (the guides page shows its age)', async () => {
    const res = await coordA.get('/guides');
    const body = (await res.json()) as { items: { id: string; verifiedOn: string | null }[] };
    const published = (await content()).guides;
    for (const item of body.items) {
      expect(item.verifiedOn, item.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(item.verifiedOn).toBe(published.find((g) => g.id === item.id)?.verifiedOn);
    }
  });

  it('refuses a draft that breaks the content rules, naming the field', async () => {
    const { published } = (await (await coordA.get('/guides/caf-aide-logement')).json()) as {
      published: Guide;
    };
    const broken = { ...published, title: { ...published.title, ar: '' } };
    const res = await coordA.send('PUT', '/guides/caf-aide-logement/draft', { guide: broken });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toContain('title.ar');
  });

  it('publishes a guide edit as a new content version that tablets fetch', async () => {
    const { published } = (await (await coordA.get('/guides/caf-aide-logement')).json()) as {
      published: Guide;
    };
    const edited = {
      ...published,
      title: { ...published.title, fr: 'Demander l’aide au logement (modifié)' },
    };
    expect((await coordA.send('PUT', '/guides/caf-aide-logement/draft', { guide: edited })).status).toBe(200);
    const listed = (await (await coordA.get('/guides')).json()) as {
      items: { id: string; hasDraft: boolean }[];
    };
    expect(listed.items.find((g) => g.id === 'caf-aide-logement')?.hasDraft).toBe(true);
    // Not on tablets before publication.
    expect((await content()).guides.find((g) => g.id === 'caf-aide-logement')?.title.fr).not.toContain(
      'modifié',
    );

    const res = await admin.send('POST', '/content/publish', {});
    expect(res.status).toBe(200);
    const result = (await res.json()) as { version: number; guides: string[] };
    expect(result.version).toBe(firstVersion + 1);
    expect(result.guides).toEqual(['caf-aide-logement']);
    const served = await content();
    expect(served.version).toBe(firstVersion + 1);
    const guide = served.guides.find((g) => g.id === 'caf-aide-logement')!;
    expect(guide.title.fr).toBe('Demander l’aide au logement (modifié)');
    expect(guide.version).toBe(published.version + 1);
    const after = (await (await coordA.get('/guides/caf-aide-logement')).json()) as { draft: unknown };
    expect(after.draft).toBeNull();
    const audit = await server.deps.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'content.publish')
      .execute();
    expect(audit.length).toBe(1);
  });

  it('answers a publication without drafts with 409 in words', async () => {
    const res = await admin.send('POST', '/content/publish', {});
    expect(res.status).toBe(409);
    expect((await errorOf(res)).message).toBe('Aucun brouillon à publier.');
  });

  it('adds a glossary word and refuses to delete one a guide still uses', async () => {
    const add = await coordA.send('PUT', '/glossary/cookie-test', {
      term: { fr: 'Témoin', en: 'Cookie', ar: 'ملف تعريف' },
      definition: { fr: 'Petit fichier.', en: 'Small file.', ar: 'ملف صغير.' },
    });
    expect(add.status).toBe(200);
    const glossary = (await (await coordA.get('/glossary')).json()) as {
      items: { id: string; draft: string | null }[];
    };
    expect(glossary.items.find((t) => t.id === 'cookie-test')?.draft).toBe('new');
    expect((await admin.send('POST', '/content/publish', {})).status).toBe(200);
    expect((await content()).glossary.some((t) => t.id === 'cookie-test')).toBe(true);

    const used = (await content()).guides.flatMap((g) => g.steps.flatMap((s) => s.terms ?? []))[0]!;
    expect((await coordA.send('DELETE', `/glossary/${used}`)).status).toBe(204);
    const refused = await admin.send('POST', '/content/publish', {});
    expect(refused.status).toBe(400);
    expect((await errorOf(refused)).message).toContain(used);
    expect((await content()).glossary.some((t) => t.id === used)).toBe(true);
  });
});
