import { describe, expect, it } from 'vitest';
import type { Partner } from '../shared/reference';
import { communes, findPartners, partnerCommune, partnerNeeds } from './partners';

const p = (over: Partial<Partner> & { name: string }): Partner => ({
  id: over.name,
  territoryId: 'sud',
  redirectionKind: 'autre',
  themes: [],
  ...over,
});

const CCAS = p({ name: 'CCAS de Lille', redirectionKind: 'aide_sociale', commune: 'Lille' });
const CAF = p({
  name: 'CAF du Nord',
  redirectionKind: 'administration',
  themes: ['aide_aux_demarches_administratives'],
  address: '82 rue Brûle-Maison, 59000 Lille',
});
const MISSION = p({
  name: 'Mission locale',
  redirectionKind: 'insertion_professionnelle',
  address: '5 place de la Gare, 59200 Tourcoing',
});
const ALL = [MISSION, CCAS, CAF];

describe('« Où aller ? » directory', () => {
  it('reads the commune from its field, or from the town after the postcode', () => {
    expect(partnerCommune(CCAS)).toBe('Lille');
    expect(partnerCommune(MISSION)).toBe('Tourcoing');
    expect(partnerCommune(p({ name: 'X' }))).toBeUndefined();
    expect(communes(ALL)).toEqual(['Lille', 'Tourcoing']);
  });

  it('finds partners by need, by commune and by name, sorted by name', () => {
    expect(partnerNeeds(CAF)).toEqual(['demarches']);
    expect(findPartners(ALL, { need: 'emploi' }).map((x) => x.name)).toEqual(['Mission locale']);
    expect(findPartners(ALL, { commune: 'Lille' }).map((x) => x.name)).toEqual([
      'CAF du Nord',
      'CCAS de Lille',
    ]);
    expect(findPartners(ALL, { text: 'caf' }).map((x) => x.name)).toEqual(['CAF du Nord']);
    expect(findPartners(ALL, { need: 'sante' })).toEqual([]);
    expect(findPartners(ALL, {}).map((x) => x.name)).toEqual([
      'CAF du Nord',
      'CCAS de Lille',
      'Mission locale',
    ]);
  });
});
