import { createHandlerBoundToURL } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

/** Any tablet URL opens offline: navigations get the precached shell. The API and the
 *  online-only dashboard are never answered from the cache. */
export function registerNavigationFallback(): void {
  registerRoute(
    new NavigationRoute(createHandlerBoundToURL('/index.html'), {
      denylist: [/^\/api\//, /^\/dashboard/],
    }),
  );
}
