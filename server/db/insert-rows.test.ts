// insertRows writes many rows in one statement through a JSON parameter: every value must come
// back exactly as given (texts with quotes, backslashes, line breaks, Arabic and emoji; integers
// as integers; nulls and absent keys as NULL), on both databases, and a failing row fails the whole
// statement (a push is all or nothing).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, DB_KINDS, type TestServer } from '../test-support/databases';
import { insertRows } from './insert-rows';

const tricky = [
  'it’s "quoted" \\ back\\slash',
  'line\nbreak\ttab\r',
  'مرحبا بكم في المركز',
  '😀 𝄞 ￿',
  '{"looks":"like json"}',
  '$1 ? :name',
  '',
];

describe.each(DB_KINDS)('insertRows on %s', (kind) => {
  let server: TestServer;
  const db = () => server.deps.database.db;

  beforeAll(async () => {
    server = await createTestServer(kind);
  });
  afterAll(() => server.close());

  it('writes every row with its values unchanged', async () => {
    const rows = tricky.map((value, i) => ({
      record_id: `r-${i}`,
      entity: 'encounter',
      centre_id: 'c',
      agent_id: 'a',
      created_at: '2026-11-20T10:00:00.000Z',
      kind: 'theme',
      value,
      n: i * 1_000_003,
    }));
    await insertRows(db(), 'record_values', rows);
    const back = await db().selectFrom('record_values').selectAll().orderBy('record_id').execute();
    expect(back).toEqual(rows);
    expect(typeof back[1]?.n).toBe('number');
  });

  it('stores null and absent keys as NULL and writes only the columns named', async () => {
    await insertRows(
      db(),
      'survey_facts',
      [
        {
          record_id: 's-1',
          centre_id: 'c',
          agent_id: 'a',
          created_at: 'x',
          context: 'guide',
          guide_id: null,
          language: 'fr',
        },
        {
          record_id: 's-2',
          centre_id: 'c',
          agent_id: 'a',
          created_at: 'x',
          context: 'guide',
          guide_id: 'g',
          activity_id: 'kept out',
          language: 'ar',
        },
      ],
      ['record_id', 'centre_id', 'agent_id', 'created_at', 'context', 'guide_id', 'language'],
    );
    const back = await db()
      .selectFrom('survey_facts')
      .select(['record_id', 'guide_id', 'activity_id', 'language'])
      .orderBy('record_id')
      .execute();
    expect(back).toEqual([
      { record_id: 's-1', guide_id: null, activity_id: null, language: 'fr' },
      { record_id: 's-2', guide_id: 'g', activity_id: null, language: 'ar' },
    ]);
  });

  it('writes thousands of rows at once, and none when one of them breaks a key', async () => {
    const many = Array.from({ length: 4000 }, (_, i) => ({
      record_id: `m-${String(i).padStart(5, '0')}`,
      entity: 'encounter',
      centre_id: 'c',
      agent_id: 'a',
      created_at: 'x',
      kind: 'action',
      value: 'aide_sur_place',
      n: 1,
    }));
    await insertRows(db(), 'record_values', many);
    const count = async () =>
      Number(
        (
          await db()
            .selectFrom('record_values')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('kind', '=', 'action')
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(await count()).toBe(4000);
    const clash = [{ ...many[0]!, record_id: 'm-new' }, many[1]!];
    await expect(insertRows(db(), 'record_values', clash)).rejects.toThrow();
    expect(await count()).toBe(4000);
  });

  it('does nothing for no rows', async () => {
    await expect(insertRows(db(), 'kiosk_facts', [])).resolves.toBeUndefined();
  });
});
