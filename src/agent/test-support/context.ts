// A team context over a fresh fake-indexeddb database and a fresh centre key pair, for tests.
import Dexie from 'dexie';
import { BorneDatabase } from '../../db/database';
import { type Centre, DEFAULT_CENTRE_SETTINGS } from '../../shared/reference';
import type { AgentContext } from '../context';

export async function testContext(now = new Date('2026-11-14T10:00:00.000Z')) {
  const pair = (await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, [
    'deriveBits',
  ])) as CryptoKeyPair;
  const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
  const centre: Centre = {
    id: 'arbrisseau',
    name: 'Centre social de l’Arbrisseau',
    commune: 'Lille',
    territoryId: 'croissant-sud',
    territoryName: 'Croissant sud',
    publicKey: { kty: 'EC', crv: 'P-256', x: jwk.x!, y: jwk.y! },
    settings: DEFAULT_CENTRE_SETTINGS,
  };
  const name = `team-test-${Math.random().toString(36).slice(2)}`;
  const db = new BorneDatabase(name);
  let clock = now;
  const ctx: AgentContext = { db, centre, deviceId: 'dev-1', agentId: 'agent-1', now: () => clock };
  return {
    ctx,
    db,
    privateKey: pair.privateKey,
    setNow(d: Date) {
      clock = d;
    },
    async dispose() {
      db.close();
      await Dexie.delete(name);
    },
  };
}
