/** Where Chromium is: CHROME_PATH when set, else Debian's /usr/bin/chromium; a clear error otherwise. */
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

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
