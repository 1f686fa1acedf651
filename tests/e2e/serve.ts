/**
 * A static server for e2e tests: /lib/… is the built library (dist/lib), /fault/… answers the
 * ways networks fail, and everything else comes from tests/e2e/host. Plus Chromium.
 */
import {createServer, type Server} from 'node:http';
import {existsSync, readFileSync, statSync} from 'node:fs';
import {extname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll} from 'vitest';
import {chromium, type Browser} from 'playwright-core';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const lib = join(root, 'dist/lib');
const host = join(root, 'tests/e2e/host');
const TYPES: Record<string, string> = {
  '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.geojson': 'application/geo+json', '.woff2': 'font/woff2', '.svg': 'image/svg+xml', '.webp': 'image/webp',
};

/** A JSON body that /fault/cut sends half of before dropping the connection. */
const LONG_JSON = JSON.stringify({routes: {type: 'FeatureCollection', features: Array.from({length: 2000}, (_, i) => ({type: 'Feature', properties: {id: `r${i}`}, geometry: null}))}});

function fault(kind: string, res: import('node:http').ServerResponse) {
  switch (kind) {
    case '404': res.writeHead(404, {'content-type': 'text/plain'}).end('not found'); return;
    case 'html': res.writeHead(200, {'content-type': 'text/html'}).end('<!doctype html><title>Welcome</title><p>A login page'); return;
    // Never answers: the request stays open until the client gives up.
    case 'hang': return;
    case 'cut':
      res.writeHead(200, {'content-type': 'application/json', 'content-length': String(LONG_JSON.length)});
      res.write(LONG_JSON.slice(0, LONG_JSON.length / 2));
      setTimeout(() => res.socket?.destroy(), 100);
      return;
    default: res.writeHead(400).end();
  }
}

export async function serve(): Promise<{origin: string; close: () => void}> {
  return listen((path, res) => {
    if (path.startsWith('/fault/')) return fault(path.slice(7).replace(/\.json$/, ''), res);
    const file = path.startsWith('/lib/') ? join(lib, path.slice(5)) : join(host, path === '/' ? 'index.html' : path);
    send(res, file, [lib, host]);
  });
}

/** Serves folders by the first part of the path: `{app: '/tmp/app'}` answers /app/… from /tmp/app (index.html for a folder). */
export async function serveFolders(mounts: Record<string, string>): Promise<{origin: string; close: () => void}> {
  return listen((path, res) => {
    const [, name, ...rest] = path.split('/');
    const folder = mounts[name];
    if (!folder) return send(res, '', []);
    const file = join(folder, ...rest);
    send(res, existsSync(file) && statSync(file).isDirectory() ? join(file, 'index.html') : file, [folder]);
  });
}

function send(res: import('node:http').ServerResponse, file: string, roots: string[]) {
  if (!roots.some((r) => file.startsWith(r)) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, {'content-type': 'text/plain'}).end('not found');
    return;
  }
  res.writeHead(200, {'content-type': TYPES[extname(file)] ?? 'application/octet-stream'}).end(readFileSync(file));
}

async function listen(answer: (path: string, res: import('node:http').ServerResponse) => void): Promise<{origin: string; close: () => void}> {
  const server: Server = createServer((req, res) => answer(decodeURIComponent(new URL(req.url!, 'http://x').pathname), res));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {origin: `http://127.0.0.1:${port}`, close: () => { server.closeAllConnections(); server.close(); }};
}

export const launch = (extraArgs: string[] = []): Promise<Browser> => chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking', '--disable-component-update', '--no-first-run', ...extraArgs],
});

/** The server and a browser for a test file: started before its tests, closed after. */
export const useServerAndBrowser = () => useBrowserWith(serve);

/** A server of folders (given once the test file's setup has made them) and a browser, for a test file. */
export const useFoldersAndBrowser = (mounts: () => Record<string, string>) => useBrowserWith(() => serveFolders(mounts()));

function useBrowserWith(start: () => Promise<{origin: string; close: () => void}>): {origin: string; browser: Browser} {
  const context = {} as {origin: string; browser: Browser};
  let close = () => {};
  beforeAll(async () => {
    const server = await start();
    close = server.close;
    context.origin = server.origin;
    context.browser = await launch();
  }, 60_000);
  afterAll(async () => {
    await context.browser?.close();
    close();
  });
  return context;
}
