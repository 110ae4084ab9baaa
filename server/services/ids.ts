import { randomBytes } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';

export const newId = (): string => uuidv7();

/** A random secret for bearer tokens and session ids (256 bits, URL-safe). */
export const newToken = (): string => randomBytes(32).toString('base64url');
