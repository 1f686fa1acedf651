/**
 * The benchmark still runs: `node scripts/bench.mjs --smoke` takes every step of scripts/bench.mjs
 * once (the bundled data, one load per page, brief measurements) and exits non-zero if a step
 * throws or measures nothing. Its figures are not checked; the machine is too noisy for that.
 * The benchmark reads the element through its public contract and bench/probe.ts, its one reach
 * inside: this is the test that fails the day that reach breaks, not the next full benchmark run.
 *
 * The benchmark's pages are dist/bench (`vite build --mode bench`), built by global-setup.ts.
 */
import {execFile} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {expect, it} from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** The smoke run takes under a minute on two quiet cores; much longer with the other tests beside it. */
const SMOKE_TIMEOUT_MS = 300_000;

it('node scripts/bench.mjs --smoke takes every step of the benchmark without an error', async () => {
  const {code, signal, stdout, stderr} = await new Promise<{code: number | null; signal: string | null; stdout: string; stderr: string}>((resolve) => {
    execFile(process.execPath, ['scripts/bench.mjs', '--smoke'], {cwd: root, timeout: SMOKE_TIMEOUT_MS, maxBuffer: 16 * 2 ** 20},
      (error, stdout, stderr) => resolve({code: error ? (typeof error.code === 'number' ? error.code : null) : 0, signal: error?.signal ?? null, stdout, stderr}));
  });
  const how = signal ? `was stopped (${signal}) after ${SMOKE_TIMEOUT_MS / 1000} s` : `exited with code ${code}`;
  expect(code, `node scripts/bench.mjs --smoke ${how}.\n--- stderr ---\n${stderr.trim()}\n--- stdout ---\n${stdout.trim()}`).toBe(0);
  console.log(stdout.trim().split('\n').at(-1));
}, SMOKE_TIMEOUT_MS + 20_000);
