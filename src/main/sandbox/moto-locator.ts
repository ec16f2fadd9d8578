import { existsSync } from 'node:fs';
import path from 'node:path';
import { run } from './exec';

export type MotoLocation =
  | { found: true; python: string }
  | { found: false; python?: string; reason: 'missing-moto' | 'missing-python'; message: string; fix: string };

/** The private virtual environment the console installs moto into when the machine lacks it. */
export function venvPython(dataDir: string): string {
  return process.platform === 'win32'
    ? path.join(dataDir, 'moto-venv', 'Scripts', 'python.exe')
    : path.join(dataDir, 'moto-venv', 'bin', 'python');
}

export function systemPythons(): string[] {
  return process.platform === 'win32' ? ['python', 'py'] : ['python3', 'python'];
}

/** Finds a python that can `import moto.server`: the app's own venv first, then the machine's. */
export async function locateMoto(dataDir: string, candidates = systemPythons()): Promise<MotoLocation> {
  const venv = venvPython(dataDir);
  const pythons = existsSync(venv) ? [venv, ...candidates] : candidates;
  let firstPython: string | undefined;
  for (const python of pythons) {
    const version = await run(python, ['--version'], { timeoutMs: 10_000 });
    if (version.code !== 0 || !/Python 3\./.test(version.stdout + version.stderr)) continue;
    firstPython ??= python;
    const probe = await run(python, ['-c', 'import moto.server'], { timeoutMs: 30_000 });
    if (probe.code === 0) return { found: true, python };
  }
  if (!firstPython) {
    return {
      found: false,
      reason: 'missing-python',
      message: 'The Local sandbox needs Python 3 to run the moto AWS emulator, and none was found on this machine.',
      fix: 'Install Python 3 (python.org, or your package manager: apt install python3 python3-venv / brew install python), then restart the console.',
    };
  }
  return {
    found: false,
    python: firstPython,
    reason: 'missing-moto',
    message: `Python was found (${firstPython}) but the moto emulator is not installed.`,
    fix: 'Let the console install moto into its own virtual environment, or run: pip install "moto[server]"',
  };
}
