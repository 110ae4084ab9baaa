import { beforeEach, describe, expect, it, vi } from 'vitest';

const events: unknown[] = [];
vi.mock('./events', () => ({
  recordKioskEvent: (event: string, detail: object = {}) => events.push({ event, ...detail }),
}));

const { onPlace, parseGuidePath } = await import('./guide-session');
const { guidePath } = await import('../shared/guide-paths');
const { guideSession } = await import('./state');

const go = (path: string) => onPlace(parseGuidePath(path));

describe('guide usage events', () => {
  beforeEach(() => {
    events.length = 0;
    guideSession.value = undefined;
  });

  it('reads guide, step and end screens from the path, and refuses anything else', () => {
    expect(parseGuidePath(guidePath('caf-aide-logement'))).toEqual({
      guideId: 'caf-aide-logement',
      screen: 'intro',
    });
    expect(parseGuidePath(guidePath('caf-aide-logement', 3))).toEqual({
      guideId: 'caf-aide-logement',
      screen: 'step',
      step: 3,
    });
    expect(parseGuidePath(guidePath('caf-aide-logement', 'end'))).toEqual({
      guideId: 'caf-aide-logement',
      screen: 'end',
    });
    for (const bad of [
      '/borne',
      '/borne/guide/',
      '/borne/guide/x/etape/0',
      '/borne/guide/x/etape/a',
      '/borne/guide/x/y',
    ]) {
      expect(parseGuidePath(bad), bad).toBeUndefined();
    }
  });

  it('records open once, each new step once, and complete at the end — going back records nothing', () => {
    for (const p of [
      '/borne/guide/g',
      '/borne/guide/g/etape/1',
      '/borne/guide/g/etape/2',
      '/borne/guide/g/etape/1',
    ])
      go(p);
    go('/borne/guide/g/etape/2');
    go('/borne/guide/g/fin');
    go('/borne');
    expect(events).toEqual([
      { event: 'open', guideId: 'g' },
      { event: 'step', guideId: 'g', step: 1 },
      { event: 'step', guideId: 'g', step: 2 },
      { event: 'complete', guideId: 'g' },
    ]);
  });

  it('records abandon with the last step reached when the resident leaves before the end', () => {
    go('/borne/guide/g/etape/1');
    go('/borne/guide/g/etape/2');
    go('/borne');
    expect(events.at(-1)).toEqual({ event: 'abandon', guideId: 'g', step: 2 });
    expect(guideSession.value).toBeUndefined();
  });

  it('opening another guide abandons the first one', () => {
    go('/borne/guide/a/etape/1');
    go('/borne/guide/b');
    expect(events.slice(-2)).toEqual([
      { event: 'abandon', guideId: 'a', step: 1 },
      { event: 'open', guideId: 'b' },
    ]);
  });
});
