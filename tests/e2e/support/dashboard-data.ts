// What the dashboard tests push into the real server: a tablet enrolled with a one-time code, and
// records sent through POST /api/v1/sync/push exactly as a tablet sends them (contacts sealed to
// the centre's public key). The figures data set comes with its hand-computed expectations.
import { randomUUID } from 'node:crypto';
import { type APIRequestContext, expect, type Page } from '@playwright/test';
import { type PublicJwk, seal } from '../../../src/crypto/seal';
import { cli, currentServer } from './server';

export interface Device {
  deviceId: string;
  deviceToken: string;
  centreId: string;
  publicKey: PublicJwk;
  nextSeq: number;
}

export async function enrolDevice(
  request: APIRequestContext,
  centreId: string,
  deviceName = `Tablette test ${randomUUID().slice(0, 8)}`,
): Promise<Device> {
  const { code } = cli<{ code: string }>('enrol-code', '--centre', centreId);
  const res = await request.post(`${currentServer().baseURL}/api/v1/devices/enrol`, {
    data: { code, deviceName },
  });
  expect(res.status(), await res.text()).toBe(200);
  const body = (await res.json()) as {
    deviceId: string;
    deviceToken: string;
    centre: { id: string; publicKey: PublicJwk };
  };
  return {
    deviceId: body.deviceId,
    deviceToken: body.deviceToken,
    centreId: body.centre.id,
    publicKey: body.centre.publicKey,
    nextSeq: 1,
  };
}

export type Entity = 'outing' | 'encounter' | 'contact' | 'signup' | 'kiosk_event' | 'survey_response';
export type Draft = [entity: Entity, record: Record<string, unknown>];

/** Pushes records as one batch; returns the raw response (status and body) for the caller to check. */
export async function pushRaw(request: APIRequestContext, device: Device, drafts: Draft[]) {
  const mutations = drafts.map(([entity, record], i) => ({
    seq: device.nextSeq + i,
    entity,
    op: 'upsert',
    record,
  }));
  const res = await request.post(`${currentServer().baseURL}/api/v1/sync/push`, {
    headers: { Authorization: `Bearer ${device.deviceToken}` },
    data: { protocol: 1, deviceId: device.deviceId, mutations },
  });
  return res;
}

/** Pushes and expects every mutation applied. */
export async function push(request: APIRequestContext, device: Device, drafts: Draft[]): Promise<void> {
  const res = await pushRaw(request, device, drafts);
  const text = await res.text();
  expect(res.status(), text).toBe(200);
  const body = JSON.parse(text) as { results: { status: string; error?: string }[] };
  expect(
    body.results.filter((r) => r.status !== 'applied'),
    'every pushed record is applied',
  ).toEqual([]);
  device.nextSeq += drafts.length;
}

/** A record's common fields, made for `device` at `createdAt`. */
export function base(device: Device, agentId: string, createdAt: string, id: string = randomUUID()) {
  return { id, centreId: device.centreId, deviceId: device.deviceId, agentId, createdAt, rev: 1 };
}

export async function sealedContact(
  device: Device,
  agentId: string,
  createdAt: string,
  personal: { firstName: string; lastName?: string; phone?: string; email?: string },
  opts: { retentionUntil?: string; purposes?: string[]; consentAt?: string } = {},
): Promise<Record<string, unknown>> {
  return {
    ...base(device, agentId, createdAt),
    sealed: await seal(
      { language: 'fr', preferredChannel: personal.phone ? 'telephone' : 'email', ...personal },
      device.publicKey,
    ),
    consentPurposes: opts.purposes ?? ['rappel'],
    consentTextVersion: '2026-11',
    consentAt: opts.consentAt ?? createdAt,
    retentionUntil: opts.retentionUntil ?? new Date(Date.parse(createdAt) + 730 * 86_400_000).toISOString(),
  };
}

/** Signs in through the sign-in page and waits for the home page. */
export async function signInPage(page: Page, login: string, password: string): Promise<void> {
  await page.goto('/dashboard/connexion');
  await page.getByLabel('Identifiant').fill(login);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Accueil' })).toBeVisible();
}

/** A signed-in API client for the dashboard API (cookie kept by the request context). */
export async function signInApi(request: APIRequestContext, login: string, password: string) {
  const url = `${currentServer().baseURL}/api/v1/dashboard`;
  const res = await request.post(`${url}/login`, { data: { login, password } });
  expect(res.status(), await res.text()).toBe(200);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const headers = { 'X-CSRF-Token': csrfToken };
  return {
    url,
    get: (path: string) => request.get(`${url}/${path}`),
    post: (path: string, data?: unknown) => request.post(`${url}/${path}`, { data: data ?? {}, headers }),
    put: (path: string, data?: unknown) => request.put(`${url}/${path}`, { data: data ?? {}, headers }),
    del: (path: string) => request.delete(`${url}/${path}`, { headers }),
  };
}
