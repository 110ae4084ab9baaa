import { describe, expect, it } from 'vitest';
import { compileContent } from '../../scripts/content/compile';
import { guidesOfTile, TILE_IDS, visibleTiles } from './tiles';

const { guides } = compileContent('content');
const idsOf = (tile: (typeof TILE_IDS)[number]) => guidesOfTile(tile, guides).map((g) => g.id);

describe('kiosk home tiles', () => {
  it('every published guide can be reached from at least one tile', () => {
    for (const guide of guides) {
      expect(
        TILE_IDS.some((tile) => idsOf(tile).includes(guide.id)),
        guide.id,
      ).toBe(true);
    }
  });

  it('puts each guide under the words a resident would tap', () => {
    expect(idsOf('sante')).toContain('ameli-compte-attestation');
    expect(idsOf('famille')).toContain('caf-attestation-paiement');
    expect(idsOf('papiers')).toEqual(
      expect.arrayContaining(['ants-carte-identite-passeport', 'anef-titre-sejour']),
    );
    expect(idsOf('argent')).toContain('impots-declarer-revenus');
    expect(idsOf('emploi')).toContain('france-travail-inscription-actualisation');
    expect(idsOf('retraite')).toEqual(['retraite-releve-demande']);
    expect(idsOf('logement')).toEqual(
      expect.arrayContaining(['caf-aide-logement', 'logement-social-demande', 'cheque-energie']),
    );
    expect(idsOf('internet')).toEqual(
      expect.arrayContaining(['creer-adresse-email', 'franceconnect-se-connecter']),
    );
  });

  it('shows only tiles that have guides', () => {
    expect(visibleTiles(guides)).toEqual([...TILE_IDS]);
    expect(visibleTiles(guides.filter((g) => g.institution === 'retraite'))).toEqual(['retraite']);
  });
});
