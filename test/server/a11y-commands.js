/**
 * Web Test Runner server commands for test/hardening/hostile-page-a11y.test.ts: what a reader's
 * browser settings do to a page, emulated in Chromium through the DevTools protocol.
 *
 *   executeServerCommand('a11y-font-size', { standard: 32 })    the browser's default text size
 *                                                              (Page.setFontSizes: "medium" and the
 *                                                              root font size follow); 16 restores it
 *   executeServerCommand('a11y-forced-colors', { active: true }) forced colours (Windows High Contrast):
 *                                                              Emulation.setEmulatedMedia with
 *                                                              `forced-colors: active`, which also
 *                                                              applies the forced palette
 *
 * @web/test-runner-commands' emulateMedia() cannot do the second: with Puppeteer it passes only
 * `prefers-color-scheme` and `prefers-reduced-motion` on, and Puppeteer's emulateMediaFeatures()
 * refuses `forced-colors`. One DevTools session per test page is kept for the page's life, since
 * an emulation ends when its session detaches.
 */

/** @type {Map<string, Promise<import('puppeteer-core').CDPSession>>} */
const sessions = new Map();

function cdpSession(session) {
  if (session.browser.type !== 'puppeteer') throw new Error(`a11y commands need Chromium through Puppeteer, not ${session.browser.type}`);
  let cdp = sessions.get(session.id);
  if (!cdp) {
    const page = session.browser.getPage(session.id);
    cdp = page.createCDPSession();
    sessions.set(session.id, cdp);
    page.once('close', () => sessions.delete(session.id));
  }
  return cdp;
}

export function a11yCommands() {
  return {
    name: 'a11y-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'a11y-font-size') {
        const standard = Number(payload?.standard ?? 16);
        if (!(standard > 0)) throw new Error(`a11y-font-size: a positive standard size, not ${payload?.standard}`);
        const cdp = await cdpSession(session);
        // fixed (monospace) follows the standard size in the proportion Chromium's defaults have (13 / 16).
        await cdp.send('Page.setFontSizes', { fontSizes: { standard, fixed: Math.round((standard * 13) / 16) } });
        return true;
      }
      if (command === 'a11y-forced-colors') {
        const cdp = await cdpSession(session);
        await cdp.send('Emulation.setEmulatedMedia', {
          features: [{ name: 'forced-colors', value: payload?.active ? 'active' : '' }],
        });
        return true;
      }
      return undefined;
    },
  };
}
