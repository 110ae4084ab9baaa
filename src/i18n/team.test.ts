import { describe, expect, it } from 'vitest';
import { t } from './index';
import { agent } from './messages/agent';
import { sync } from './messages/sync';

describe('the team space’s words, added when its screens load', () => {
  it('are not in the kiosk’s catalogue, then are in every language, even one already merged', async () => {
    // French is merged first, as on a kiosk's cold start; the team catalogues are not loaded yet.
    expect(t('kiosk.nav.home', undefined, 'fr')).not.toBe('kiosk.nav.home');
    expect(t('agent.title', undefined, 'fr')).toBe('agent.title');

    await import('./team');
    expect(t('agent.title', undefined, 'fr')).toBe('Espace équipe');
    expect(t('agent.title', undefined, 'en')).toBe(agent.en['agent.title']);
    expect(t('sync.title', undefined, 'ar')).toBe(sync.ar['sync.title']);
    // The kiosk's words are still there after the merge.
    expect(t('kiosk.nav.home', undefined, 'fr')).not.toBe('kiosk.nav.home');
  });
});
