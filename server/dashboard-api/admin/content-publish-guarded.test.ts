// Issue 9, "Publishing kiosk content is guarded": publishing needs the admin role, and a guide's
// officialUrl must be https on the allow-list of official domains kept in src/shared (the list the
// dashboard's content editor shows) — no phishing route to every tablet.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Guide } from '../../../src/shared/content';
import { OFFICIAL_DOMAINS } from '../../../src/shared/official-sites';
import { syncBuiltContent } from '../../services/content';
import { type Client, errorOf, seedCentres, signIn } from '../../test-support/dashboard';
import { createTestServer, DB_KINDS, type TestServer } from '../../test-support/databases';

describe.each(DB_KINDS)('publishing kiosk content is guarded on %s', (kind) => {
  let server: TestServer;
  let coord: Client;
  let admin: Client;
  let guide: Guide;

  beforeAll(async () => {
    server = await createTestServer(kind);
    await seedCentres(server);
    await syncBuiltContent(server.deps);
    coord = await signIn(server, 'coord-a');
    admin = await signIn(server, 'admin');
    guide = ((await (await coord.get('/guides/caf-aide-logement')).json()) as { published: Guide }).published;
  });
  afterAll(() => server.close());

  const content = async () =>
    (await (await server.app.request('/api/v1/content')).json()) as { version: number };

  it('a coordinator saves a draft but cannot publish it: 403 in words, tablets see nothing new', async () => {
    const before = (await content()).version;
    const edited = { ...guide, summary: { ...guide.summary, fr: 'Résumé changé par un coordinateur' } };
    expect((await coord.send('PUT', '/guides/caf-aide-logement/draft', { guide: edited })).status).toBe(200);
    const res = await coord.send('POST', '/content/publish', {});
    expect(res.status).toBe(403);
    expect((await errorOf(res)).message).toMatch(/administrat/);
    expect((await content()).version).toBe(before);
    const ok = await admin.send('POST', '/content/publish', {});
    expect(ok.status).toBe(200);
    expect((await content()).version).toBe(before + 1);
  });

  it.each([
    'http://www.caf.fr/',
    'https://caf.fr.example.com/',
    'https://www.caf-fr.com/aides',
    'https://evil.example/login',
    'https://user@www.caf.fr/',
    'https://www.caf.fr:8443/',
  ])('an officialUrl %s is refused, naming the field and the allowed domains', async (officialUrl) => {
    const res = await admin.send('PUT', '/guides/caf-aide-logement/draft', {
      guide: { ...guide, officialUrl },
    });
    expect(res.status).toBe(400);
    const { message } = await errorOf(res);
    expect(message).toContain('officialUrl');
    expect(message).toContain('caf.fr');
  });

  it.each([
    'https://www.caf.fr/allocataires',
    'https://www.impots.gouv.fr/',
    'https://lidentitenumerique.laposte.fr/',
  ])('an officialUrl on an official domain (%s) is accepted', async (officialUrl) => {
    const res = await admin.send('PUT', '/guides/caf-aide-logement/draft', {
      guide: { ...guide, officialUrl },
    });
    expect(res.status).toBe(200);
  });

  it('the allow-list names gouv.fr and the operators', () => {
    for (const d of [
      'gouv.fr',
      'caf.fr',
      'ameli.fr',
      'francetravail.fr',
      'info-retraite.fr',
      'lassuranceretraite.fr',
    ])
      expect(OFFICIAL_DOMAINS).toContain(d);
  });
});
