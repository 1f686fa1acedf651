#!/usr/bin/env node
// Prints the version of the Chromium the tests drive (CHROMIUM or Debian's /usr/bin/chromium): the
// golden images depend on it. With --save, records it beside the goldens (npm run test:update-golden).
import {execFileSync} from 'node:child_process';
import {writeFileSync} from 'node:fs';

const browser = process.env.CHROMIUM ?? '/usr/bin/chromium';
const version = execFileSync(browser, ['--version'], {encoding: 'utf8'}).match(/\d+\.\d+\.\d+\.\d+/)?.[0] ?? 'unknown';
console.log(`Chromium ${version} (${browser})`);
if (process.argv.includes('--save')) writeFileSync(new URL('../tests/render/chromium-version.txt', import.meta.url), `${version}\n`);
