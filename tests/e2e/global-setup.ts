/**
 * Builds what the e2e tests serve, once and one build at a time, as `npm run build` makes it
 * (a production build: Vitest's NODE_ENV=test would pick Lit's development build):
 * the package (dist/lib, with cdn/, its declarations and framework types), the demo site with its strict-CSP pages (dist/site) and the
 * single-file briefing (dist/briefing). Test files never build, so no two builds share the
 * project's root at once.
 */
import {execFileSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';

export default function setup() {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const env = {...process.env, NODE_ENV: 'production'};
  // The package as `npm run build` makes it (with cdn/, its declarations and framework types), which consumers.test.ts packs.
  execFileSync('npm', ['run', 'build:lib', '--silent'], {cwd: root, env, stdio: 'inherit'});
  for (const mode of ['production', 'single']) {
    execFileSync(`${root}node_modules/.bin/vite`, ['build', '--mode', mode, '--logLevel', 'error'], {cwd: root, env, stdio: 'inherit'});
  }
}
