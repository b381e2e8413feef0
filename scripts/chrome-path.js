/** Where Chromium is and how it is started, for every tool here that drives it (tests, screenshots). */
import { existsSync } from 'node:fs';

/**
 * Headless Chromium as root on a closed network: no sandbox (it refuses to start as root
 * without), and none of the background traffic it would otherwise keep sending to hosts this
 * network refuses.
 */
export const CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]);

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** CHROME_PATH when set, else Debian's /usr/bin/chromium; a clear error otherwise. */
export function chromePath() {
  const found = [process.env.CHROME_PATH, ...CANDIDATES].find((file) => file && existsSync(file));
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. Install it with `sudo apt-get install -y chromium` ' +
        '(Debian/Ubuntu), or set CHROME_PATH to a Chrome or Chromium executable.'
    );
  }
  return found;
}
