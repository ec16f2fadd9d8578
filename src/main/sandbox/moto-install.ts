import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/ipc/errors';
import { run } from './exec';
import { venvPython } from './moto-locator';

/** Creates `<dataDir>/moto-venv` and installs moto's server there; progress lines go to onLine. */
export async function installMoto(python: string, dataDir: string, onLine: (line: string) => void): Promise<string> {
  mkdirSync(dataDir, { recursive: true });
  const venvDir = path.join(dataDir, 'moto-venv');
  onLine(`Creating a virtual environment in ${venvDir}`);
  const venv = await run(python, ['-m', 'venv', venvDir], { timeoutMs: 120_000, onLine });
  if (venv.code !== 0) {
    throw new AppError(
      'INTERNAL',
      `Could not create a Python virtual environment: ${lastLine(venv.stderr || venv.spawnError)}`,
      { hint: 'On Debian/Ubuntu install python3-venv (apt install python3-venv), then try again.' },
    );
  }
  const venvPy = venvPython(dataDir);
  onLine('Installing moto[server] with pip (this can take a minute)');
  const pip = await run(venvPy, ['-m', 'pip', 'install', '--disable-pip-version-check', 'moto[server]'], {
    timeoutMs: 600_000,
    onLine,
  });
  if (pip.code !== 0) {
    const why = pip.timedOut ? 'pip did not finish within 10 minutes' : lastLine(pip.stderr || pip.spawnError);
    throw new AppError('NETWORK', `Could not install moto: ${why}`, {
      hint: 'Check the internet connection (pip downloads from PyPI), or run: pip install "moto[server]"',
    });
  }
  return venvPy;
}

function lastLine(text: string | undefined): string {
  const lines = (text ?? '').trim().split(/\r?\n/);
  return lines[lines.length - 1] ?? 'unknown error';
}
