import {chromium} from 'playwright-core';
import {preview} from 'vite';
const server = await preview({preview: {port: 4199, host: '127.0.0.1'}, build: {outDir: 'dist/site'}, logLevel: 'silent'});
const browser = await chromium.launch({executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader']});
const page = await browser.newPage({viewport: {width: 1024, height: 640}});
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', {interval: 1000});
await cdp.send('Profiler.start');
const t0 = Date.now();
await page.addInitScript(() => addEventListener('route-map-ready', () => (window.__ready = performance.now())));
await page.goto('http://127.0.0.1:4199/load.html');
await page.waitForFunction(() => window.__ready, null, {timeout: 300000, polling: 500});
console.log('ready at', await page.evaluate(() => window.__ready));
await page.waitForTimeout(4000);
const {profile} = await cdp.send('Profiler.stop');
const self = new Map();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas; const samples = profile.samples;
for (let i = 0; i < samples.length; i++) {
  const n = byId.get(samples[i]); const f = n.callFrame;
  const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
}
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(Math.round(v), k);
await browser.close(); server.httpServer.close();
