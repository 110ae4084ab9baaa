import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seal } from '../../../src/crypto/seal';
import { type Client, seedCentres, signIn } from '../../test-support/dashboard';
import { createTestServer, DB_KINDS, type TestServer } from '../../test-support/databases';
import { contact, encounter, insertRecord, outing } from '../../test-support/records';
import { neutralise } from './csv';
import { parseCsv, unzip } from './test-parse';

describe.each(DB_KINDS)('dashboard exports on %s', (kind) => {
  let server: TestServer;
  let coordA: Client;
  let coordB: Client;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    server = await createTestServer(kind);
    await seedCentres(server);
    const db = server.deps.database.db;
    await db
      .insertInto('partners')
      .values({
        id: 'p1',
        territory_id: 'sud',
        name: 'CCAS de Lille',
        data: '{}',
        version: 1,
        deleted_at: null,
      })
      .execute();
    const o = outing({
      centreId: 'centre-a',
      createdAt: '2026-11-03T08:00:00.000Z',
      placeLabel: 'Marché de Wazemmes',
      neighbourhood: 'Wazemmes',
    });
    ids.outing = await insertRecord(server, 'outing', o);
    ids.e1 = await insertRecord(
      server,
      'encounter',
      encounter({
        centreId: 'centre-a',
        createdAt: '2026-11-03T08:30:00.000Z',
        outingId: o.id,
        profile: { sex: 'feminin', ageBand: '25_39', atHome: { smartphone: 'oui', internet: 'non' } },
        needs: ['logement_bailleur', 'isolement'],
        themes: ['aide_aux_demarches_administratives', 'email'],
        institutions: ['caf'],
        actions: [{ kind: 'orientation', redirectionKind: 'aide_sociale', partnerId: 'p1' }],
        durationMin: 30,
        note: '=HYPERLINK("http://x","y")',
      }),
    );
    ids.e2 = await insertRecord(
      server,
      'encounter',
      encounter({
        centreId: 'centre-a',
        createdAt: '2026-11-30T22:30:00.000Z',
        type: 'collectif',
        participants: { count: 6 },
        note: '+33 6 12; "ok"',
      }),
    );
    ids.b = await insertRecord(
      server,
      'encounter',
      encounter({ centreId: 'centre-b', createdAt: '2026-11-04T10:00:00.000Z', note: 'centre B' }),
    );
    const key = await db
      .selectFrom('centres')
      .select('public_key')
      .where('id', '=', 'centre-a')
      .executeTakeFirstOrThrow();
    ids.contact = await insertRecord(
      server,
      'contact',
      contact({
        centreId: 'centre-a',
        createdAt: '2026-11-03T08:31:00.000Z',
        sealed: await seal(
          {
            firstName: 'Amina',
            lastName: 'Belkacem',
            phone: '0612345678',
            language: 'fr',
            preferredChannel: 'sms',
          },
          JSON.parse(key.public_key),
        ),
      }),
    );
    coordA = await signIn(server, 'coord-a');
    coordB = await signIn(server, 'coord-b');
  });
  afterAll(() => server.close());

  it('writes encounters as a French CSV: BOM, semicolons, CRLF, dd/mm/yyyy, French headers', async () => {
    const res = await coordA.get('/exports/encounters.csv?from=2026-11-01&to=2026-11-30');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="accompagnements_2026-11-01_2026-11-30.csv"',
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes); // the decoder drops the BOM, as spreadsheets do
    expect(text).toContain('\r\n');
    const rows = parseCsv(text).slice(1); // the first row names the export and its period
    const header = rows[0]!;
    expect(header.slice(0, 6)).toEqual(['Date', 'Heure', 'Centre', 'Agent', 'Type', 'Participants']);
    expect(rows.length).toBe(3); // header + 2 encounters of centre A
    const col = (name: string) => header.indexOf(name);
    const byId = new Map(rows.slice(1).map((r) => [r[col('Identifiant')], r]));
    const e1 = byId.get(ids.e1)!;
    expect(e1[col('Date')]).toBe('03/11/2026');
    expect(e1[col('Heure')]).toBe('09:30');
    expect(e1[col('Type')]).toBe('Individuel');
    expect(e1[col('Lieu de la sortie')]).toBe('Marché de Wazemmes');
    expect(e1[col('Sexe')]).toBe('Femme');
    expect(e1[col('Thématiques')]).toBe('Aide aux démarches administratives | E-mail');
    expect(e1[col('Actions')]).toBe('Orientation (Aide sociale) vers CCAS de Lille');
    expect(e1[col('Durée (minutes)')]).toBe('30');
    expect(e1[col('Autres besoins évoqués')]).toBe('Logement, bailleur | Isolement');
    expect(e1[col('À la maison : smartphone')]).toBe('Oui');
    expect(e1[col('À la maison : ordinateur')]).toBe(''); // not asked
    expect(e1[col('À la maison : internet')]).toBe('Non');
    const e2 = byId.get(ids.e2)!;
    expect(e2[col('Date')]).toBe('30/11/2026'); // 23:30 in Paris
    expect(e2[col('Participants')]).toBe('6');
  });

  it('neutralises formulas: a note =HYPERLINK(…) comes out with a leading apostrophe', async () => {
    const text = await (await coordA.get('/exports/encounters.csv?from=2026-11-01&to=2026-11-30')).text();
    const rows = parseCsv(text).slice(1); // the first row names the export and its period
    const noteCol = rows[0]!.indexOf('Note');
    const notes = rows.slice(1).map((r) => r[noteCol]);
    expect(notes).toContain('\'=HYPERLINK("http://x","y")');
    expect(notes).toContain('\'+33 6 12; "ok"');
    expect(notes.some((n) => n?.startsWith('='))).toBe(false);
    expect(['=1', '+1', '-1', '@x', '\tx', '\rx', 'ok', 3].map(neutralise)).toEqual([
      "'=1",
      "'+1",
      "'-1",
      "'@x",
      "'\tx",
      "'\rx",
      'ok',
      3,
    ]);
  });

  it('exports nothing of another centre', async () => {
    const text = await (await coordB.get('/exports/encounters.csv?from=2026-11-01&to=2026-11-30')).text();
    const rows = parseCsv(text).slice(1); // the first row names the export and its period
    expect(rows.length).toBe(2);
    expect(text).not.toContain(ids.e1);
    const asked = await (
      await coordB.get('/exports/encounters.csv?from=2026-11-01&to=2026-11-30&centre=centre-a')
    ).text();
    expect(parseCsv(asked).length).toBe(2); // the title and the header only
    const follow = await (await coordB.get('/exports/follow-ups.csv?personal=1')).text();
    expect(follow).not.toContain('Amina');
  });

  it('writes the same encounters as XLSX', async () => {
    const res = await coordA.get('/exports/encounters.xlsx?from=2026-11-01&to=2026-11-30');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const files = unzip(Buffer.from(await res.arrayBuffer()));
    const all = [...files.values()].join('\n');
    expect(all).toContain('Accompagnements');
    expect(all).toContain('Marché de Wazemmes');
    expect(all).toContain('<t>=HYPERLINK("http://x","y")</t>');
    expect(all).not.toContain('<f>'); // a string cell, never a formula
  });

  it('writes outings, the CAF summary and the EU table', async () => {
    const outings = parseCsv(
      await (await coordA.get('/exports/outings.csv?from=2026-11-01&to=2026-11-30')).text(),
    ).slice(1);
    expect(outings[0]!.slice(0, 3)).toEqual(['Date', 'Début', 'Fin']);
    expect(outings[1]![outings[0]!.indexOf('Rencontres')]).toBe('1');
    const caf = parseCsv(await (await coordA.get('/exports/caf.csv?from=2026-11-01&to=2026-11-30')).text());
    const value = (name: string) => caf.find((r) => r[0] === name)?.[1];
    expect(caf[0]![0]).toBe('Rapport CAF point relais numérique, période : du 01/11/2026 au 30/11/2026');
    // Counts of 1 to 4 people read « moins de 5 » (the small-cell rule); 6 and 7 are themselves.
    expect(value('Accompagnements (total)')).toBe('moins de 5');
    expect(value('Participants aux ateliers collectifs')).toBe('6');
    expect(value('Personnes touchées')).toBe('7');
    expect(value('Motif : CAF')).toBe('moins de 5');
    expect(value('Réorientation vers : CCAS de Lille')).toBe('moins de 5');
    const eu = parseCsv(
      await (await coordA.get('/exports/eu.csv?from=2026-11-01&to=2026-11-30')).text(),
    ).slice(1);
    expect(eu[0]).toEqual(['Tranche d’âge', 'Femmes', 'Hommes', 'Non communiqué', 'Total']);
    expect(eu.find((r) => r[0] === '25 à 54 ans')).toEqual([
      '25 à 54 ans',
      'moins de 5',
      '0',
      '0',
      'moins de 5',
    ]);
    expect(eu.find((r) => r[0] === 'Tous les participants, par sexe')).toEqual([
      'Tous les participants, par sexe',
      'moins de 5',
      '0',
      '6',
      '7',
    ]);
  });

  it('puts names and phones in the follow-ups export only when asked, and logs each opening', async () => {
    const plain = await (await coordA.get('/exports/follow-ups.csv')).text();
    expect(plain).not.toContain('Amina');
    const db = server.deps.database.db;
    const before = (
      await db.selectFrom('audit_log').select('id').where('action', '=', 'contact.open').execute()
    ).length;
    const withPersonal = await (await coordA.get('/exports/follow-ups.csv?personal=1')).text();
    const rows = parseCsv(withPersonal).slice(1);
    expect(rows[1]![rows[0]!.indexOf('Prénom')]).toBe('Amina');
    expect(rows[1]![rows[0]!.indexOf('Téléphone')]).toBe('06 12 34 56 78');
    const opens = await db.selectFrom('audit_log').selectAll().where('action', '=', 'contact.open').execute();
    expect(opens.length).toBe(before + 1);
    expect(opens.at(-1)).toMatchObject({ record_id: ids.contact, centre_id: 'centre-a' });
    const summary = await db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'export.personal')
      .execute();
    expect(summary.map((s) => JSON.parse(s.detail!))).toEqual([{ contacts: 1, format: 'csv' }]);
  });

  it('answers an unknown export format with a 404 in words, and needs a session', async () => {
    const pdf = await coordA.get('/exports/encounters.pdf');
    expect(pdf.status).toBe(404);
    expect((await pdf.json()).error.message).toContain('Export inconnu');
    expect((await server.app.request('/api/v1/dashboard/exports/encounters.csv')).status).toBe(401);
  });
});
