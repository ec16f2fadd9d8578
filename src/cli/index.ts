import { openContext } from './context';
import { appDataDir } from './data-dir';
import type { CliDeps } from './deps';
import { runCli } from './program';

// The SDK warns on Node 20 about its releases after January 2027 (the SDK is pinned here): nine lines of stderr on
// every run would bury the one error line scripts read. The variable is the SDK's own switch; a user's value wins.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

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
