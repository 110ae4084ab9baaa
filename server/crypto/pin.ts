// A PIN for a new agent, made by the server when the coordinator asks for none (demo, reset).
// Verifiers are made and checked by src/crypto/pin.ts, the same code on tablet and server.
import { randomBytes } from 'node:crypto';

export function randomPin(): string {
  return String(randomBytes(4).readUInt32BE(0) % 1_000_000).padStart(6, '0');
}
