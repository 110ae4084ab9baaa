// The download of « Votre démarche est-elle faite ? » answers (issue 12): read back by a real
// RFC 4180 parser (csv-parse) and from the XLSX sheet; cells of 1 to 4 people read « moins de 5 »;
// only the centres in the coordinator's scope count; no id reaches the reader.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, seedCentres, signIn } from '../../test-support/dashboard';
import { createTestServer, DB_KINDS, type TestServer } from '../../test-support/databases';
import { unzip } from './test-parse';

const PERIOD = 'from=2026-11-01&to=2026-11-30';

function readCsv(bytes: ArrayBuffer): string[][] {
  return parse(Buffer.from(bytes), { bom: true, delimiter: ';', relax_column_count: true }) as string[][];
}

describe.each(DB_KINDS)('the SMS outcomes export on %s', (kind) => {
  let server: TestServer;
  let coord: Client;

  beforeAll(async () => {
    server = await createTestServer(kind);
    await seedCentres(server);
    const db = server.deps.database.db;
    let n = 0;
    const answers = async (
      centre: string,
      answer: string,
      count: number,
      institutions: string[],
      subThemes: string[],
      guides: string[],
      at = '2026-11-10T10:00:00.000Z',
    ) => {
      for (let i = 0; i < count; i++)
        await db
          .insertInto('sms_outcomes')
          .values({
            message_id: `m${n++}`,
            centre_id: centre,
            answer,
            institutions: JSON.stringify(institutions),
            sub_themes: JSON.stringify(subThemes),
            guide_ids: JSON.stringify(guides),
            at,
          })
          .execute();
    };
    await answers('centre-a', 'abouti', 6, ['caf'], ['social_sante'], ['caf-attestation']);
    await answers('centre-a', 'bloque', 2, ['caf'], ['social_sante'], []);
    await answers('centre-a', 'en_cours', 5, ['impots'], ['argent_impots'], ['guide-retire']);
    // Outside the period, and another centre: not counted.
    await answers('centre-a', 'abouti', 3, ['caf'], ['social_sante'], [], '2026-10-31T10:00:00.000Z');
    await answers('centre-b', 'abouti', 7, ['ants'], ['papiers_elections_citoyennete'], []);
    await db
      .insertInto('content_versions')
      .values({
        version: 1,
        bundle: JSON.stringify({
          version: 1,
          guides: [{ id: 'caf-attestation', title: { fr: 'Télécharger une attestation CAF' } }],
        }),
        etag: 'test',
        change_version: 0,
        published_at: '2026-11-01T00:00:00.000Z',
        published_by: null,
      })
      .execute();
    coord = await signIn(server, 'coord-a');
  });
  afterAll(() => server.close());

  it('counts abouties, en cours and bloquées by institution, sub-theme and guide, small cells hidden', async () => {
    const res = await coord.get(`/exports/demarches-sms.csv?${PERIOD}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('demarches_sms_2026-11-01_2026-11-30.csv');
    const rows = readCsv(await res.arrayBuffer());
    expect(rows[0]![0]).toBe('Démarches : la réponse des habitants par SMS du 01/11/2026 au 30/11/2026');
    expect(rows.slice(1)).toEqual([
      ['Regroupement', 'Libellé', 'Démarches abouties', 'Démarches en cours', 'Démarches bloquées'],
      ['Ensemble', 'Toutes les réponses', '6', '5', 'moins de 5'],
      ['Organisme', 'CAF', '6', '0', 'moins de 5'],
      ['Organisme', 'Impôts', '0', '5', '0'],
      ['Sous-thème de démarche', 'Argent, impôts', '0', '5', '0'],
      ['Sous-thème de démarche', 'Social, santé', '6', '0', 'moins de 5'],
      ['Guide montré', 'Télécharger une attestation CAF', '6', '0', '0'],
      ['Guide montré', 'Guide retiré', '0', '5', '0'],
    ]);
  });

  it('writes the same table as XLSX, with words in place of ids', async () => {
    const res = await coord.get(`/exports/demarches-sms.xlsx?${PERIOD}`);
    expect(res.status).toBe(200);
    const all = [...unzip(Buffer.from(await res.arrayBuffer())).values()].join('\n');
    expect(all).toContain('Télécharger une attestation CAF');
    expect(all).toContain('moins de 5');
    expect(all).not.toContain('caf-attestation');
    expect(all).not.toContain('social_sante');
  });
});
