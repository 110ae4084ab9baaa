// The official sites a guide may send a resident to (issue 9, point 13): a published guide's
// `officialUrl` must be https on one of these domains (or a sub-domain), so nobody can publish a
// phishing route to every tablet. Kept here, in code, so the server checks it and the dashboard's
// content editor shows the same list to editors.

/** Domains, each also covering its sub-domains (`gouv.fr` covers `www.impots.gouv.fr`). */
export const OFFICIAL_DOMAINS = [
  'gouv.fr',
  'service-public.fr',
  'caf.fr',
  'ameli.fr',
  'francetravail.fr',
  'info-retraite.fr',
  'lassuranceretraite.fr',
  'agirc-arrco.fr',
  'msa.fr',
  'urssaf.fr',
  'lidentitenumerique.laposte.fr',
  'monespacesante.fr',
  // Public transport of the Lille metropole: its operator and the metropole itself.
  'ilevia.fr',
  'lillemetropole.fr',
] as const;

/** The host of an https URL when it is an official domain, else undefined. */
export function officialHost(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password || parsed.port) return undefined;
  const host = parsed.hostname.toLowerCase();
  return OFFICIAL_DOMAINS.some((d) => host === d || host.endsWith(`.${d}`)) ? host : undefined;
}

export function isOfficialUrl(url: string): boolean {
  return officialHost(url) !== undefined;
}

export const OFFICIAL_URL_MESSAGE = `doit être une adresse https d’un site officiel (${OFFICIAL_DOMAINS.join(', ')})`;
