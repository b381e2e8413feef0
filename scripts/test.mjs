#!/usr/bin/env node
/**
 * `npm test`: every check in one command, each step run even when an earlier one failed, then
 * the closing line `N passed, N failed, N skipped` counted from the JUnit files the test runners
 * wrote (not from their exit codes). A step that fails without writing results (type errors,
 * lint, a test file that does not load) counts as one failure, so a broken run never looks green.
 *
 *   node scripts/test.mjs              all steps
 *   node scripts/test.mjs --coverage   the browser tests with V8 coverage (coverage/). Not by
 *                                      default: the instrumentation keeps the context of the last
 *                                      closures alive, and with it an element the leaks suite
 *                                      (test/hardening/leaks.test.ts) then counts as leaked.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const coverage = process.argv.includes('--coverage');
const results = 'test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const bin = (name) => path.join('node_modules', '.bin', name);
const steps = [
  { name: 'typecheck', command: [bin('tsc'), '-p', '.'] },
  { name: 'lint', command: [bin('eslint'), '.'] },
  // Lists the files that differ from prettier.config.js; `npm run format` rewrites them.
  { name: 'format', command: [bin('prettier'), '--check', '.'] },
  // The built files are what the package, size and embed tests check.
  { name: 'build', command: ['npm', 'run', '--silent', 'build'] },
  // Every budget is enforced (README "Size").
  { name: 'size', command: [process.execPath, 'scripts/size.mjs'] },
  {
    name: 'node tests',
    junit: 'node.xml',
    command: [
      process.execPath,
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=junit',
      `--test-reporter-destination=${results}/node.xml`,
      'test/node/',
    ],
  },
  {
    name: 'browser tests',
    junit: 'browser.xml',
    command: [bin('wtr'), '--config', 'web-test-runner.config.js', ...(coverage ? ['--coverage'] : [])],
  },
];

/** Counts JUnit <testcase> elements: passed, failed (failure or error), skipped. */
function countJUnit(file) {
  const xml = readFileSync(file, 'utf8');
  const counts = { passed: 0, failed: 0, skipped: 0 };
  // Attribute values may hold a raw ">" (a test named "<script src defer>"): skip quoted text whole.
  for (const [, body = ''] of xml.matchAll(/<testcase\b(?:[^>"']|"[^"]*"|'[^']*')*?(?:\/>|>([\s\S]*?)<\/testcase>)/g)) {
    if (/<(failure|error)\b/.test(body)) counts.failed += 1;
    else if (/<skipped\b/.test(body)) counts.skipped += 1;
    else counts.passed += 1;
  }
  return counts;
}

const total = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];
for (const step of steps) {
  console.log(`\n── ${step.name}: ${step.command.join(' ')}`);
  const run = spawnSync(step.command[0], step.command.slice(1), { stdio: 'inherit', env: process.env });
  const ok = run.status === 0;
  const junit = step.junit && path.join(results, step.junit);
  const counts = junit && existsSync(junit) ? countJUnit(junit) : { passed: 0, failed: 0, skipped: 0 };
  if (!ok) failedSteps.push(step.name);
  if (!ok && counts.failed === 0) counts.failed = 1; // failed without a failing test case: count the step
  if (!step.junit && ok) counts.passed = 1; // a check without test cases counts as one
  for (const key of Object.keys(total)) total[key] += counts[key];
  console.log(`── ${step.name}: ${ok ? 'ok' : `FAILED (exit ${run.status ?? run.signal})`}`);
}

const stray = readdirSync(results).filter((file) => !steps.some((step) => step.junit === file));
if (stray.length) console.log(`(ignored result files: ${stray.join(', ')})`);
if (total.passed + total.failed === 0) {
  failedSteps.push('no tests ran');
  total.failed = 1;
}
if (failedSteps.length) console.log(`\nFailed: ${failedSteps.join(', ')}`);
console.log(`\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(failedSteps.length ? 1 : 0);
