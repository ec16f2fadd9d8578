'use strict';
// The Node.js this project runs on: package.json `engines.node` is the one place that says it (">=22.13").
// `npm start` and the CLI launcher check it first, so an old Node gets one plain sentence instead of a syntax
// error deep in a dependency (npm itself only warns, EBADENGINE, and installs anyway).
const { readFileSync } = require('node:fs');
const path = require('node:path');

/** The minimum from engines.node, e.g. ">=22.13" -> [22, 13, 0]. */
function minimumNode(root) {
  const { engines } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const match = /^>=\s*(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(String(engines?.node ?? '').trim());
  if (!match) throw new Error(`package.json engines.node must read ">=MAJOR.MINOR", not "${engines?.node}"`);
  return match.slice(1).map((part) => Number(part ?? 0));
}

/** Why this Node cannot run the project, or undefined when it can. */
function nodeVersionProblem(root, version = process.versions.node) {
  const minimum = minimumNode(root);
  const current = version.replace(/^v/, '').split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    if ((current[i] ?? 0) > (minimum[i] ?? 0)) return undefined;
    if ((current[i] ?? 0) < (minimum[i] ?? 0)) {
      return (
        `cognito-console needs Node.js ${minimum.join('.')} or newer; this is Node.js ${version}. ` +
        'Install a current LTS from https://nodejs.org (the version CI uses is in .node-version), then run npm install again.'
      );
    }
  }
  return undefined;
}

module.exports = { minimumNode, nodeVersionProblem };
