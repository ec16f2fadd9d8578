import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createCore } from '../main/core';
import { startWebHost } from './server';

/**
 * Development/test entry, not shipped in installers: the real main-process core and router behind a loopback HTTP
 * server, with the built renderer. Prints the URL (with its per-run token) as the first line of stdout.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      'data-dir': { type: 'string' },
      renderer: { type: 'string', default: path.resolve(__dirname, '../renderer') },
      python: { type: 'string', multiple: true },
      // Stop (and stop the sandbox) when the parent closes our stdin: a killed test runner leaves nothing behind.
      'exit-with-stdin': { type: 'boolean', default: false },
    },
  });
  const dataDir =
    values['data-dir'] ??
    process.env.COGNITO_CONSOLE_DATA_DIR ??
    mkdtempSync(path.join(tmpdir(), 'cognito-console-web-'));
  const core = createCore({
    dataDir,
    host: 'web',
    version: process.env.npm_package_version ?? 'dev',
    ...(values.python ? { pythonCandidates: values.python } : {}),
    // Contract breaks and unexpected errors go to the log, where a developer looks first.
    onError: (channel, error, cause) => {
      if (error.code === 'INTERNAL') process.stderr.write(`[${channel}] ${error.message}: ${String(cause)}\n`);
    },
  });
  core.indexes.warm();
  const host = await startWebHost({ core, rendererDir: values.renderer, port: Number(values.port) });
  process.stdout.write(`WEB_HOST_URL=${host.openUrl}\n`);
  process.stdout.write(
    `cognito-console web host on ${host.url} (data: ${dataDir}); Ctrl+C stops it and the sandbox.\n`,
  );

  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    void Promise.allSettled([host.close(), core.dispose()]).then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  if (values['exit-with-stdin']) {
    process.stdin.on('end', stop);
    process.stdin.on('close', stop);
    process.stdin.resume();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`web host failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
