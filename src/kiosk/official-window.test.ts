import { beforeEach, describe, expect, it } from 'vitest';
import {
  closeOfficialSite,
  OFFICIAL_WINDOW_NAME,
  openOfficialSite,
  siteWindowState,
} from './official-window';

/** A stand-in for the window the browser returns from window.open. */
function fakeWindow(opts: { closes: boolean; closed?: boolean }) {
  const w = {
    closed: opts.closed ?? false,
    focused: false,
    close() {
      if (opts.closes) w.closed = true;
    },
    focus() {
      w.focused = true;
    },
  };
  return w;
}

describe('the official site window', () => {
  beforeEach(async () => {
    await closeOfficialSite(0);
  });

  it('opens every site in the one named window and keeps its handle', () => {
    const calls: [string, string][] = [];
    const w = fakeWindow({ closes: true });
    const opener = (url: string, name: string) => {
      calls.push([url, name]);
      return w as unknown as Window;
    };
    expect(siteWindowState()).toBe('none');
    expect(openOfficialSite('https://www.caf.fr/', opener)).toBe(true);
    expect(openOfficialSite('https://www.ameli.fr/', opener)).toBe(true);
    expect(calls).toEqual([
      ['https://www.caf.fr/', OFFICIAL_WINDOW_NAME],
      ['https://www.ameli.fr/', OFFICIAL_WINDOW_NAME],
    ]);
    expect(siteWindowState()).toBe('open');
  });

  it('closes the window it opened, and then knows of no window', async () => {
    const w = fakeWindow({ closes: true });
    openOfficialSite('https://www.caf.fr/', () => w as unknown as Window);
    expect(await closeOfficialSite(0)).toBe('closed');
    expect(w.closed).toBe(true);
    expect(siteWindowState()).toBe('none');
    expect(await closeOfficialSite(0)).toBe('none');
  });

  it('says "failed" when the window stays open after close()', async () => {
    const w = fakeWindow({ closes: false });
    openOfficialSite('https://www.caf.fr/', () => w as unknown as Window);
    expect(await closeOfficialSite(0)).toBe('failed');
  });

  it('says "lost" when the handle reports a window closed that the kiosk did not close', async () => {
    const w = fakeWindow({ closes: true });
    openOfficialSite('https://www.caf.fr/', () => w as unknown as Window);
    w.closed = true; // closed by the resident, or cut off by the site (COOP): the kiosk cannot tell
    expect(siteWindowState()).toBe('lost');
    expect(await closeOfficialSite(0)).toBe('lost');
  });

  it('reports a blocked window, and keeps nothing', () => {
    expect(openOfficialSite('https://www.caf.fr/', () => null)).toBe(false);
    expect(siteWindowState()).toBe('none');
  });
});
