import { render } from 'preact';
import { App } from './app/App';
import { startRouter } from './app/router';
import { watchLanguageByArea } from './app/team-language';
import { initDeviceSettings } from './device/settings-store';
import { setLanguage } from './i18n';
import { installKioskGuard } from './kiosk/mode';
import { watchReachability } from './platform/reachability';
import { requestPersistentStorage } from './platform/storage';
import { registerServiceWorker } from './platform/sw-bridge';
import { afterNextPaint } from './platform/tasks';
import './styles/base.css';

async function start() {
  // A kiosk opening: fetch its screens while the settings are read (the route loads them anyway).
  if (location.pathname.startsWith('/borne')) void import('./views/kiosk/KioskApp').catch(() => undefined);
  const settings = await initDeviceSettings();
  setLanguage(settings.defaultLanguage);
  installKioskGuard();
  startRouter();
  watchLanguageByArea();
  const root = document.getElementById('app')!;
  // index.html's « Chargement… », shown until now: the app draws in an empty element.
  root.replaceChildren();
  render(<App />, root);
  // The rest waits for the first paint, one task each: on a slow tablet's cold start, registering
  // the service worker or starting the sync worker in the render's task made it a long task.
  afterNextPaint([
    watchReachability,
    registerServiceWorker,
    () => void requestPersistentStorage(),
    // The sync worker last, so the kiosk's first screen never waits for it.
    () => void import('./sync/sync-client').then((sync) => sync.startSync()),
  ]);
}

void start();
