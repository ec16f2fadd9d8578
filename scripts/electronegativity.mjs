#!/usr/bin/env node
// `npm run security`: scans src/ with the installed @doyensec/electronegativity and fails on every finding that
// SECURITY.md does not explain. The tool itself exits 0 whatever it finds, so the verdict is made here.
//
// Why the library entry and not node_modules/.bin/electronegativity: the 1.10.3 CLI requires `commander` without
// declaring it and expects the v2 API; in this project npm hoists our commander 14, and the CLI dies with
// "_commander2.default.version is not a function" before scanning. The library entry (`main` in its package.json,
// documented in its README as "Programmatically") is the same scanner with the same options, minus commander.
//
// Why the findings come from the scan's return value and the CSV is written here: the tool writes its CSV header
// and rows with two concurrent, unawaited fs.writeFile calls, and the header can land on top of the first rows
// (seen on this machine: a report starting "issue, ...\n to parse CSP, it may not be valid."). A corrupted report
// must never read as "no findings", so the report below is written from the same issues, in the tool's columns.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const SRC = path.join(root, 'src');
const SECURITY_MD = path.join(root, 'SECURITY.md');
const SECTION = 'Electronegativity findings';
/** Kept after the run for CI artifacts; git-ignored (electronegativity-report*). */
const REPORT = path.join(root, 'electronegativity-report.csv');

/** The Electron version to judge against: without it the tool assumes 0.1.0 and reports false alarms. */
function electronVersion() {
  try {
    return JSON.parse(readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
  } catch {
    // Not installed (yet): the version package.json pins, never a stale literal.
    return JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).devDependencies.electron;
  }
}

const COLUMNS = ['issue', 'severity', 'confidence', 'filename', 'location', 'sample', 'description', 'url'];

function csvField(value) {
  const text = String(value ?? '');
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One finding as the tool reports it, with the file named from the repository root (src/main/x.ts). */
function toFinding(issue) {
  const raw = issue.file ?? 'N/A';
  return {
    id: issue.id,
    file: raw === 'N/A' ? 'N/A' : path.posix.join('src', raw.split(path.sep).join('/')),
    location: `${issue.location?.line ?? 0}:${issue.location?.column ?? 0}`,
    severity: issue.severity?.name ?? '',
    confidence: issue.confidence?.name ?? '',
    sample: issue.sample ?? '',
    description: issue.description ?? '',
    url: `https://github.com/doyensec/electronegativity/wiki/${issue.id}`,
  };
}

function toCsv(findings) {
  const rows = findings.map((f) => [
    f.id,
    f.severity,
    f.confidence,
    f.file,
    f.location,
    f.sample,
    f.description,
    f.url,
  ]);
  return [COLUMNS, ...rows].map((row) => row.map(csvField).join(',')).join('\n') + '\n';
}

/** The explained (check id, file) pairs: the table rows under "## Electronegativity findings" in SECURITY.md. */
export function explainedFindings(markdown) {
  const start = markdown.search(new RegExp(`^##\\s+${SECTION}\\s*$`, 'm'));
  if (start < 0) return new Map();
  const rest = markdown.slice(start).split('\n').slice(1);
  const end = rest.findIndex((line) => /^##\s/.test(line));
  const explained = new Map();
  for (const line of end < 0 ? rest : rest.slice(0, end)) {
    if (!line.trim().startsWith('|')) continue;
    const cells = line
      .trim()
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((c) => c.trim().replace(/`/g, ''));
    const [id, file, explanation] = cells;
    if (!id || !file || !/^[A-Z0-9_]+$/.test(id)) continue; // header and separator rows
    // An explanation is a sentence, not a placeholder.
    if ((explanation ?? '').length >= 40) explained.set(`${id} ${file}`, explanation);
  }
  return explained;
}

/**
 * The tool asks S3 for translations at load (1 s timeout) and falls back to its bundled English when that fails.
 * Its got 11 then retries the settled request in a timer, and on Node >= 22 that retry throws (p-cancelable's
 * "onCancel handler was attached after the promise settled", then got's RequestError): uncaught errors that would kill
 * the run after or during a complete scan. The scan itself makes no network call (its release check is excluded
 * below), so an uncaught error raised inside got or p-cancelable is that download; every other error fails the run.
 */
process.on('uncaughtException', (error) => {
  const stack = error instanceof Error ? (error.stack ?? '') : '';
  if (/node_modules[\\/](got|p-cancelable)[\\/]/.test(stack)) {
    console.warn(`note: electronegativity's translation download failed (offline?): ${error.message.split('\n')[0]}`);
    return;
  }
  console.error(`electronegativity scan failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});

async function scan() {
  const bin = path.join(root, 'node_modules', '.bin', 'electronegativity');
  if (!existsSync(bin))
    throw new Error('@doyensec/electronegativity is not installed (npm ci installs it as a devDependency)');
  const run = require('@doyensec/electronegativity');
  const result = await run({
    input: SRC,
    isRelative: true,
    electronVersionOverride: electronVersion(),
    customScan: [],
    // This global check fetches Electron's release list from GitHub on every run. CI is offline, and on Node >= 22
    // the tool's old `got` turns the failed fetch into an uncaught p-cancelable error that kills the scan. What it
    // would tell (a newer release with security fixes) is kept by the pin policy in SECURITY.md, item 16.
    excludeFromScan: ['availablesecurityfixesglobalcheck'],
    parserPlugins: [],
  });
  const findings = result.issues.map(toFinding);
  writeFileSync(REPORT, toCsv(findings));
  return { result, findings };
}

async function main() {
  const { result, findings } = await scan();
  const explained = existsSync(SECURITY_MD) ? explainedFindings(readFileSync(SECURITY_MD, 'utf8')) : new Map();
  const unexplained = findings.filter((f) => !explained.has(`${f.id} ${f.file}`));
  const stale = [...explained.keys()].filter((key) => !findings.some((f) => `${f.id} ${f.file}` === key));
  const unparsed = result.errors.filter((e) => !e.tolerable);

  for (const f of unexplained) {
    console.error(`UNEXPLAINED ${f.id} ${f.file}:${f.location} [${f.severity}] ${f.description}`);
  }
  for (const e of unparsed) console.error(`NOT SCANNED ${path.relative(root, e.file)}: ${e.message}`);
  for (const key of stale) console.warn(`note: SECURITY.md explains "${key}", which the scan no longer reports`);
  if (unexplained.length > 0) {
    console.error(
      `Explain each finding in SECURITY.md, section "${SECTION}" (| check id | file | explanation |), or fix it.`,
    );
  }
  console.log(`report: ${path.relative(root, REPORT)}`);
  console.log(
    `electronegativity ${electronVersion()}: ${findings.length} finding(s), ${findings.length - unexplained.length} explained in SECURITY.md, ` +
      `${unexplained.length} unexplained, ${unparsed.length} file(s) not scanned (${result.atomicChecks} atomic + ${result.globalChecks} global checks)`,
  );
  process.exitCode = unexplained.length > 0 || unparsed.length > 0 ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(`electronegativity scan failed: ${error instanceof Error ? error.stack : String(error)}`);
    process.exit(1);
  });
}
