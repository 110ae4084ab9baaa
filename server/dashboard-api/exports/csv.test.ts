// The CSV writer's own rules, read back as the exact text a spreadsheet receives (the exports'
// tests read whole files through csv-parse, which would accept extra quoting or a wrong decimal).
import { describe, expect, it } from 'vitest';
import { csvChunks, neutralise } from './csv';
import type { Table } from './table';

async function text(table: Table): Promise<string> {
  let out = '';
  for await (const piece of csvChunks(table)) out += piece;
  return out;
}

describe('CSV writer', () => {
  it('writes an international phone with 00 instead of the plus, and keeps its digits', () => {
    expect(neutralise('+44 20 7946 0958')).toBe('00 44 20 7946 0958');
    expect(neutralise('+33 (0)6 12 34 56 78')).toBe('00 33 (0)6 12 34 56 78');
    // Too few digits to be a phone: a formula start, neutralised with an apostrophe.
    expect(neutralise('+1234')).toBe("'+1234");
  });

  it('quotes only the cells that need it, and writes decimals with a comma', async () => {
    const csv = await text({
      name: 'Rencontres',
      title: 'Rencontres',
      headers: ['Thème', 'Durée'],
      rows: [
        ['CAF', 1.5],
        ['deux\nlignes', 2],
      ],
    });
    expect(csv).toBe('\uFEFFRencontres\r\nThème;Durée\r\nCAF;1,5\r\n"deux\nlignes";2\r\n');
  });

  it('writes the preamble neutralised, then an empty line, before the header', async () => {
    const csv = await text({
      name: 'Rapport',
      title: 'Rapport',
      preamble: [['Financeur', '=AIDE()']],
      headers: ['Thème'],
      rows: [['CAF']],
    });
    expect(csv).toBe("\uFEFFRapport\r\nFinanceur;'=AIDE()\r\n\r\nThème\r\nCAF\r\n");
  });
});
