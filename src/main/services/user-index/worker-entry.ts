import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AppError } from '../../../shared/ipc/errors';

/** The worker's file name next to each bundle: electron-vite writes .js (out/main), esbuild .cjs (CLI, web host, bench). */
export const WORKER_FILES = ['user-index-worker.js', 'user-index-worker.cjs'] as const;

let fromSource: string | undefined;

/**
 * The script to start the index worker from. Every build writes the worker next to the bundle that starts it
 * (out/main, out/cli, out/web-host, out/bench), so in a build it is a sibling of this code's __dirname. Running from
 * the TypeScript sources (vitest, which imports src/ directly) there is no built file: worker.ts is bundled once per
 * process with esbuild (a dev dependency, present wherever the sources are run) into a temp folder. Node 24's type
 * stripping cannot run it instead: the sources use extensionless imports and TypeScript-only syntax (parameter
 * properties), which strip-only mode rejects.
 */
export function workerEntry(dir: string = __dirname): string {
  for (const name of WORKER_FILES) {
    const built = path.join(dir, name);
    if (existsSync(built)) return built;
  }
  const source = path.join(dir, 'worker.ts');
  if (existsSync(source)) {
    fromSource ??= bundleSource(source);
    return fromSource;
  }
  throw new AppError('INTERNAL', `The local user index cannot start: ${WORKER_FILES.join(' or ')} is missing.`, {
    hint: `The app's build is incomplete (looked in ${dir}); reinstall the app, or run npm run build.`,
  });
}

interface Esbuild {
  buildSync(options: Record<string, unknown>): unknown;
}

function bundleSource(source: string): string {
  // Resolved at run time so that no bundler follows it into the app: only the sources path ever gets here.
  const esbuild = createRequire(source)('esbuild') as Esbuild;
  const dir = mkdtempSync(path.join(tmpdir(), 'cognito-console-index-worker-'));
  const outfile = path.join(dir, WORKER_FILES[1]);
  esbuild.buildSync({
    entryPoints: [source],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    // Dependencies bundled in: the temp folder has no node_modules to resolve them from.
    logLevel: 'warning',
  });
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return outfile;
}
