// What the tests that use the package as a user would share (package.test.js, stacks.test.js):
// pack the repo with `npm pack`, install the tarball into a scratch project outside the repo
// (its own package.json, no node_modules above it), and run that project's own tools. Needs the
// build (`npm run build`; npm test builds before the node tests) and the npm registry or a warm
// npm cache: every install goes through the one npm cache of the machine, preferring it.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const run = promisify(execFile);
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const npmEnv = {
  ...process.env,
  npm_config_prefer_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
  npm_config_loglevel: 'error',
};

/** A fresh folder under the system's temporary directory (outside the repo). */
export function scratchFolder(prefix) {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** `npm pack` of the repo into `dir`: the tarball's path and the files it holds, sorted. */
export async function packTarball(dir) {
  if (!existsSync(path.join(root, 'dist', 'index.js'))) {
    throw new Error('dist/ is missing: run `npm run build` first (npm test builds before the node tests).');
  }
  mkdirSync(dir, { recursive: true });
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', dir], { cwd: root, env: npmEnv, maxBuffer: 64 * 1024 * 1024 });
  const [report] = JSON.parse(stdout.slice(stdout.indexOf('[')));
  return { tarball: path.join(dir, report.filename), files: report.files.map((file) => file.path).sort() };
}

/**
 * Makes `dir` a project of its own (`package.json`, ES modules) and installs `packages` into it
 * (the tarball's path among them). A failed install throws with npm's own words.
 */
export async function installInto(dir, packages) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: `scratch-${path.basename(dir)}`.toLowerCase(), private: true, type: 'module' }, null, 2)
  );
  try {
    await run('npm', ['install', '--no-audit', '--no-fund', ...packages], { cwd: dir, env: npmEnv, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    throw new Error(`npm install failed (it needs the npm registry or a warm npm cache):\n${error.stderr || error.message}`, { cause: error });
  }
}

/** A binary of the scratch project (`tsc`, `vite`, `vue-tsc`...). */
export const bin = (dir, name) => path.join(dir, 'node_modules', '.bin', name);

/** Runs a scratch project's binary; resolves with its output, or fails the test with it. */
export async function runTool(dir, name, args, options = {}) {
  try {
    return await run(bin(dir, name), args, { cwd: dir, env: npmEnv, maxBuffer: 64 * 1024 * 1024, ...options });
  } catch (error) {
    error.message = `${name} ${args.join(' ')} failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`;
    throw error;
  }
}

/**
 * A real mouse click on the first headline link and the first FAQ button of the page (puppeteer's
 * `>>>` crosses shadow roots); returns what the app's handlers recorded in `window.newsEvents`,
 * after checking that the page stayed where it was (the select handler cancels the navigation).
 */
export async function clickHeadlineAndQuestion(page) {
  const before = page.url();
  await page.locator('headline-list >>> [part="link"]').click();
  await page.locator('faq-accordion >>> [part="button"]').click();
  await page.waitForFunction(() => (window.newsEvents ?? []).length >= 2, { timeout: 5_000, polling: 50 }).catch(() => {});
  const events = await page.evaluate(() => window.newsEvents ?? []);
  assert.equal(page.url(), before, 'the handler cancelled the navigation');
  return events;
}
