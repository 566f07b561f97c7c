/** Debian's Chromium (`apt-get install chromium`); nothing here ever downloads a browser. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The flags Chromium runs with on these machines (TOOLCHAIN.md): no sandbox as root, no GPU, and
 * without the network ones it keeps trying to reach Google's hosts, which this machine cannot.
 */
export const chromiumFlags: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
