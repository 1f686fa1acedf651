/**
 * Builds what the e2e tests serve, once and one build at a time, as `npm run build` makes it
 * (a production build: Vitest's NODE_ENV=test would pick Lit's development build):
 * the library (dist/lib), the demo site with its strict-CSP pages (dist/site) and the
 * single-file briefing (dist/briefing). Test files never build, so no two builds share the
 * project's root at once.
 */
import {execFileSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';

export default function setup() {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  for (const mode of ['lib', 'production', 'single']) {
    execFileSync(`${root}node_modules/.bin/vite`, ['build', '--mode', mode, '--logLevel', 'error'], {cwd: root, env: {...process.env, NODE_ENV: 'production'}, stdio: 'inherit'});
  }
}
