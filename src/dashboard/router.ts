// The dashboard's small router: every page is a real URL under /dashboard (the server answers
// dashboard.html for all of them); filters live in the query string so a reload keeps them.
import { signal } from '@preact/signals';

export const BASE = '/dashboard';

export interface Location {
  path: string;
  query: URLSearchParams;
}

function read(): Location {
  const path = location.pathname.replace(/\/+$/, '') || BASE;
  return { path, query: new URLSearchParams(location.search) };
}

export const route = signal<Location>(read());

export function navigate(to: string, opts: { replace?: boolean } = {}): void {
  const url = to.startsWith('/') ? to : `${BASE}/${to}`;
  if (opts.replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  route.value = read();
  window.scrollTo(0, 0);
}

/** Changes the query string of the current page (filters, paging) without a new history step. */
export function setQuery(values: Record<string, string | undefined>, opts: { push?: boolean } = {}): void {
  const query = new URLSearchParams(location.search);
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === '') query.delete(key);
    else query.set(key, value);
  }
  const search = query.toString();
  const url = `${location.pathname}${search ? `?${search}` : ''}`;
  if (opts.push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
  route.value = read();
}

export function startRouter(): void {
  window.addEventListener('popstate', () => {
    route.value = read();
  });
  // Links inside the dashboard navigate without reloading the page.
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element | null)?.closest?.('a');
    if (!link || link.target || link.hasAttribute('download')) return;
    const href = link.getAttribute('href');
    if (!href?.startsWith(BASE)) return;
    event.preventDefault();
    navigate(href);
  });
}

/** True when `path` is `prefix` or below it. */
export function under(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`);
}
