import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMainParts } from '../../src/main/core';
import { PYTHON } from '../helpers/moto';

async function answers(endpoint: string): Promise<boolean> {
  try {
    return (await fetch(`${endpoint}/moto-api/data.json`, { signal: AbortSignal.timeout(1000) })).ok;
  } catch {
    return false;
  }
}

describe('Local sandbox lifecycle', () => {
  it('stopping while the sandbox seeds ends the emulator and cancels the start', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'cc-stop-'));
    const parts = createMainParts({
      dataDir,
      pythonCandidates: [PYTHON],
      mfaCodeProvider: () => Promise.reject(new Error('no MFA')),
    });
    try {
      const start = parts.sandbox.ensureRunning();
      const outcome = start.then(
        () => 'started',
        (e: unknown) => (e as { code?: string }).code,
      );
      while (parts.sandbox.getStatus().state !== 'seeding') await new Promise((r) => setTimeout(r, 20));
      const endpoint = parts.sandbox.getStatus().endpoint ?? '';
      expect(await answers(endpoint)).toBe(true);
      await parts.dispose();
      expect(await outcome).toBe('CANCELLED');
      expect(await answers(endpoint)).toBe(false);
      expect(parts.sandbox.getStatus().state).not.toBe('running');
    } finally {
      await parts.dispose();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('without python, says exactly what to install, fast', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'cc-nopython-'));
    const parts = createMainParts({
      dataDir,
      pythonCandidates: ['/nonexistent/python3'],
      mfaCodeProvider: () => Promise.reject(new Error('no MFA')),
    });
    try {
      await expect(parts.sandbox.ensureRunning()).rejects.toMatchObject({ code: 'UNSUPPORTED' });
      expect(parts.sandbox.getStatus()).toMatchObject({
        state: 'missing-python',
        fix: expect.stringContaining('Python 3'),
      });
    } finally {
      await parts.dispose();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('with python but no moto, offers the install, and a failed install says why and how to fix it', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'cc-nomoto-'));
    // A stand-in python 3 that cannot import moto and whose venv module fails, as on a Debian without python3-venv.
    const fake = path.join(dataDir, 'fake-python');
    writeFileSync(
      fake,
      '#!/bin/sh\ncase "$1" in --version) echo "Python 3.11.0";; -m) echo "Error: ensurepip is not available" >&2; exit 1;; *) exit 1;; esac\n',
    );
    chmodSync(fake, 0o755);
    const parts = createMainParts({
      dataDir,
      pythonCandidates: [fake],
      mfaCodeProvider: () => Promise.reject(new Error('no MFA')),
    });
    try {
      await expect(parts.sandbox.ensureRunning()).rejects.toMatchObject({ code: 'UNSUPPORTED' });
      expect(parts.sandbox.getStatus()).toMatchObject({
        state: 'missing-moto',
        fix: expect.stringContaining('moto[server]'),
      });
      const lines: string[] = [];
      await expect(parts.sandbox.install((p) => lines.push(p.message))).rejects.toMatchObject({
        message: expect.stringContaining('ensurepip is not available'),
        details: { hint: expect.stringContaining('python3-venv') },
      });
      expect(lines[0]).toContain('Creating a virtual environment');
      expect(parts.sandbox.getStatus().state).toBe('failed');
    } finally {
      await parts.dispose();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
