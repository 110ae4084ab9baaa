// The one Chromium every end-to-end test drives: Debian's (browsers cannot be downloaded here),
// with the flags that keep it off the network it has no business with. playwright.config.ts and
// the tests that launch their own browser on an on-disk profile (launchPersistentContext) use both.
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
