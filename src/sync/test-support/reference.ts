// Valid reference records, as the server publishes them.
import { type Agent, type Centre, DEFAULT_CENTRE_SETTINGS, type Partner } from '../../shared/reference';

export function partner(id: string, name = `Partenaire ${id}`): Partner {
  return { id, territoryId: 'croissant-sud', name, redirectionKind: 'aide_sociale', themes: ['sante'] };
}

export function agent(id: string, displayName = `Agent ${id}`): Agent {
  return {
    id,
    centreId: 'arbrisseau',
    displayName,
    role: 'agent',
    pinVerifier: { alg: 'PBKDF2-SHA256', iterations: 100_000, salt: 'c2FsdA==', hash: 'aGFzaA==' },
  };
}

export function centre(name = 'Centre social de l’Arbrisseau'): Centre {
  return {
    id: 'arbrisseau',
    name,
    commune: 'Lille',
    territoryId: 'croissant-sud',
    territoryName: 'Croissant sud',
    publicKey: { kty: 'EC', crv: 'P-256', x: 'x', y: 'y' },
    settings: DEFAULT_CENTRE_SETTINGS,
  };
}
