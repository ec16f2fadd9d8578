#!/usr/bin/env node
'use strict';
// The published entry: a thin launcher, so `npx cognito-console` works once `npm ci` has run the build (prepare).
const { existsSync } = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const cli = path.join(root, 'out', 'cli', 'index.cjs');
const tooOld = require('../scripts/node-version.cjs').nodeVersionProblem(root);
if (tooOld) {
  process.stderr.write(`error: ${tooOld}\n`);
  process.exitCode = 2;
} else if (!existsSync(cli)) {
  process.stderr.write(
    `error: the CLI is not built (${cli} is missing): run \`npm run build\` (or \`node scripts/build-node.mjs\`) in ${root}\n`,
  );
  process.exitCode = 2;
} else {
  // Stack traces from the bundle point at src/ through its source map.
  process.setSourceMapsEnabled(true);
  require(cli);
}
