#!/usr/bin/env node
'use strict';
// The published entry: a thin launcher, so `npx cognito-console` works once `npm ci` has run the build (prepare).
const { existsSync } = require('node:fs');
const path = require('node:path');

const cli = path.join(__dirname, '..', 'out', 'cli', 'index.cjs');
if (!existsSync(cli)) {
  const root = path.join(__dirname, '..');
  process.stderr.write(
    `error: the CLI is not built (${cli} is missing): run \`npm run build\` (or \`node scripts/build-node.mjs\`) in ${root}\n`,
  );
  process.exitCode = 2;
} else {
  // Stack traces from the bundle point at src/ through its source map.
  process.setSourceMapsEnabled(true);
  require(cli);
}
