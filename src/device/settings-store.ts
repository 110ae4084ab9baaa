// The device settings as signals for the views, loaded once at start.
import { signal } from '@preact/signals';
import { DEFAULT_SETTINGS, type DeviceSettings, loadSettings, saveSetting } from './device-settings';

export const deviceSettings = signal<DeviceSettings>(DEFAULT_SETTINGS);

export async function initDeviceSettings(): Promise<DeviceSettings> {
  deviceSettings.value = await loadSettings().catch(() => DEFAULT_SETTINGS);
  return deviceSettings.value;
}

export async function updateSetting<K extends keyof DeviceSettings>(
  key: K,
  value: DeviceSettings[K],
): Promise<void> {
  deviceSettings.value = { ...deviceSettings.value, [key]: value };
  await saveSetting(key, value);
}
