import { openContext } from './context';
import { appDataDir } from './data-dir';
import type { CliDeps } from './deps';
import { runCli } from './program';

const deps: CliDeps = {
  io: {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    progress: Boolean(process.stderr.isTTY),
  },
  env: process.env,
  openContext: (env) => openContext({ env, dataDir: appDataDir(env) }),
};

// exitCode, not process.exit(): stdout must drain when piped. Every handle is closed by then (see withContext).
void runCli(process.argv.slice(2), deps).then((code) => {
  process.exitCode = code;
});
