// The centre's public address (BORNE_PUBLIC_URL), for the kiosk's « Continuer sur mon téléphone »
// QR codes: a resident's phone opens the guide there, not at the tablet's LAN address. Public (it
// is on every QR code) and holds nothing else; null when not configured (the tablet then uses its
// own address).
import { Hono } from 'hono';
import type { AppEnv } from '../app-env';

export function publicAddressRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/', (c) => c.json({ publicUrl: c.var.deps.config.publicUrl ?? null }));
  return app;
}
