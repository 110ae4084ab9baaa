// Asks the browser to keep the tablet's data (not evict it under storage pressure) and reports
// how much room is used. Both answers are shown on the team settings screen.
import { signal } from '@preact/signals';

export interface StorageStatus {
  persisted: boolean | undefined;
  usage: number | undefined;
  quota: number | undefined;
}

export const storageStatus = signal<StorageStatus>({
  persisted: undefined,
  usage: undefined,
  quota: undefined,
});

export async function requestPersistentStorage(): Promise<StorageStatus> {
  const storage = navigator.storage;
  let persisted: boolean | undefined;
  try {
    persisted = storage?.persist ? (await storage.persisted?.()) || (await storage.persist()) : undefined;
  } catch {
    persisted = undefined;
  }
  return refreshStorageEstimate(persisted);
}

export async function refreshStorageEstimate(
  persisted = storageStatus.value.persisted,
): Promise<StorageStatus> {
  let usage: number | undefined;
  let quota: number | undefined;
  try {
    const estimate = await navigator.storage?.estimate?.();
    usage = estimate?.usage;
    quota = estimate?.quota;
  } catch {
    // Unknown: the screen says so.
  }
  storageStatus.value = { persisted, usage, quota };
  return storageStatus.value;
}

export function formatBytes(bytes: number, locale: string): string {
  const units = ['o', 'Ko', 'Mo', 'Go'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toLocaleString(locale, { maximumFractionDigits: 1 })} ${units[unit]}`;
}
