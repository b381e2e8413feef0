#!/usr/bin/env node
/**
 * Screenshots a page in headless Chromium, to look at what we build.
 *   node scripts/screenshot.mjs <url> <out.png> [--width=1000] [--height=800] [--dark] [--full]
 * Prints console errors of the page; exits 1 when there were any.
 */
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromePath } from './chrome-path.js';

const [url, out] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const flag = (name, fallback) => {
  const hit = process.argv.find((arg) => arg.startsWith(`--${name}`));
  return hit ? (hit.includes('=') ? hit.split('=')[1] : true) : fallback;
};
if (!url || !out) {
  console.error('usage: node scripts/screenshot.mjs <url> <out.png> [--width=1000] [--height=800] [--dark] [--full]');
  process.exit(2);
}
const browser = await puppeteer.launch({
  executablePath: chromePath(),
  headless: true,
  args: [...CHROMIUM_ARGS],
});
const errors = [];
try {
  const page = await browser.newPage();
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.setViewport({ width: Number(flag('width', 1000)), height: Number(flag('height', 800)) });
  if (flag('dark', false)) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
  await page.goto(url, { waitUntil: 'networkidle0' });
  await new Promise((resolve) => setTimeout(resolve, 300));
  await page.screenshot({ path: out, fullPage: !!flag('full', false) });
} finally {
  await browser.close();
}
for (const error of errors) console.error(`console error: ${error}`);
console.log(`wrote ${out}`);
process.exit(errors.length ? 1 : 0);
