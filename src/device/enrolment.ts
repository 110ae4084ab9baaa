// The tablet's enrolment: its device id and token, and its centre (name, public sealing key,
// settings), kept with idb-keyval. Written by the setup screen, cleared by a wipe.
import { del, get, set } from 'idb-keyval';
import type { Centre } from '../shared/reference';

export interface Enrolment {
  deviceId: string;
  deviceToken: string;
  deviceName: string;
  centre: Centre;
  enrolledAt: string;
}

const KEY = 'device:enrolment';

export function getEnrolment(): Promise<Enrolment | undefined> {
  return get<Enrolment>(KEY);
}

/** True once the setup screen has enrolled this tablet (and until a wipe). */
export async function isEnrolled(): Promise<boolean> {
  return (await getEnrolment().catch(() => undefined)) !== undefined;
}

export async function saveEnrolment(enrolment: Enrolment): Promise<void> {
  await set(KEY, enrolment);
}

/** Keeps the enrolment in step with pulled centre data (new settings, same key). */
export async function updateEnrolledCentre(centre: Centre): Promise<void> {
  const current = await getEnrolment();
  if (current) await set(KEY, { ...current, centre });
}

export async function clearEnrolment(): Promise<void> {
  await del(KEY);
}
