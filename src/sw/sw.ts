/// <reference lib="webworker" />
// The service worker entry only wires events; the rules live in their own files.
import { cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';
import { forwardBackgroundSync } from './background-sync';
import { listenForMessages } from './messages';
import { registerNavigationFallback } from './navigation';

declare const self: ServiceWorkerGlobalScope;

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
registerNavigationFallback();
listenForMessages(self);
forwardBackgroundSync(self);
