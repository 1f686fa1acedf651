/**
 * Builds the library once for every e2e test that serves it, as `npm run build` makes it:
 * a production build (Vitest's NODE_ENV=test would pick Lit's development build).
 */
import {execFileSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';

export default function setup() {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  execFileSync(`${root}node_modules/.bin/vite`, ['build', '--mode', 'lib', '--logLevel', 'error'], {cwd: root, env: {...process.env, NODE_ENV: 'production'}, stdio: 'inherit'});
}
