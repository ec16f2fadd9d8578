import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mimeTypeFor, rendererDir, resolveAppPath, serveAppFile } from '../../../src/main/app-files';
import { contentSecurityPolicy } from '../../../src/main/csp';

let base: string;
let root: string;

beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), 'cc-app-files-'));
  root = path.join(base, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(
    path.join(root, 'index.html'),
    '<meta name="csp-nonce" content="__CSP_NONCE__"><script type="module" src="./assets/a.js"></script>',
  );
  writeFileSync(path.join(root, 'assets', 'a.js'), 'console.log(1)');
  writeFileSync(path.join(root, 'assets', 'a b.css'), 'body{}');
  writeFileSync(path.join(base, 'secret.txt'), 'do not serve');
  symlinkSync(path.join(base, 'secret.txt'), path.join(root, 'assets', 'link.txt'));
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('resolveAppPath', () => {
  it('maps app URLs to files inside the root', () => {
    expect(resolveAppPath('app://cognito-console/index.html', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath('app://cognito-console/', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath('app://cognito-console/assets/a.js?v=1#x', root)).toBe(path.join(root, 'assets', 'a.js'));
    expect(resolveAppPath('app://cognito-console/assets/a%20b.css', root)).toBe(path.join(root, 'assets', 'a b.css'));
  });

  it('refuses path traversal in every spelling', () => {
    for (const url of [
      'app://cognito-console/../secret.txt',
      'app://cognito-console/assets/../../secret.txt',
      'app://cognito-console/%2e%2e/secret.txt',
      'app://cognito-console/..%2fsecret.txt',
      'app://cognito-console/..%2Fsecret.txt',
      'app://cognito-console/..%5csecret.txt',
      'app://cognito-console/assets%2f..%2f..%2fsecret.txt',
      'app://cognito-console/%00index.html',
      'app://cognito-console/C:%5cWindows%5cwin.ini',
      'app://cognito-console/%E0%A4%A',
    ]) {
      const resolved = resolveAppPath(url, root);
      // The URL parser folds plain `..` (app://cognito-console/secret.txt, a 404); nothing may leave the root.
      if (resolved !== undefined) expect(resolved.startsWith(root + path.sep)).toBe(true);
      expect(resolved).not.toBe(path.join(base, 'secret.txt'));
    }
    expect(resolveAppPath('app://cognito-console/..%2fsecret.txt', root)).toBeUndefined();
    expect(resolveAppPath('app://cognito-console/%00index.html', root)).toBeUndefined();
  });

  it('refuses other hosts and schemes', () => {
    expect(resolveAppPath('app://other/index.html', root)).toBeUndefined();
    expect(resolveAppPath('file:///etc/passwd', root)).toBeUndefined();
    expect(resolveAppPath('https://cognito-console/index.html', root)).toBeUndefined();
    expect(resolveAppPath('garbage', root)).toBeUndefined();
  });
});

describe('mimeTypeFor', () => {
  it('knows what the renderer build contains', () => {
    expect(mimeTypeFor('index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('a.JS')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('a.css')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('font.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('icon.svg')).toBe('image/svg+xml');
    expect(mimeTypeFor('unknown.bin')).toBe('application/octet-stream');
  });
});

describe('serveAppFile', () => {
  it('serves index.html with a fresh nonce and the matching CSP header, never cached', async () => {
    const res = await serveAppFile('app://cognito-console/index.html', root, { nonce: () => 'TESTNONCE' });
    expect(res.status).toBe(200);
    expect(res.headers['Content-Security-Policy']).toBe(contentSecurityPolicy('TESTNONCE'));
    expect(res.headers['Cache-Control']).toBe('no-store');
    expect(String(res.body)).toContain('content="TESTNONCE"');
    expect(String(res.body)).not.toContain('__CSP_NONCE__');

    const a = await serveAppFile('app://cognito-console/', root);
    const b = await serveAppFile('app://cognito-console/', root);
    expect(a.headers['Content-Security-Policy']).not.toBe(b.headers['Content-Security-Policy']);
  });

  it('serves assets with their MIME type and nosniff', async () => {
    const res = await serveAppFile('app://cognito-console/assets/a.js', root);
    expect(res.status).toBe(200);
    expect(res.headers['Content-Type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers['X-Content-Type-Options']).toBe('nosniff');
    expect(String(res.body)).toBe('console.log(1)');
  });

  it('refuses traversal (403), symlinks out of the root (403), missing files (404) and writes (405)', async () => {
    expect((await serveAppFile('app://cognito-console/..%2fsecret.txt', root)).status).toBe(403);
    expect((await serveAppFile('app://cognito-console/assets/link.txt', root)).status).toBe(403);
    expect((await serveAppFile('app://cognito-console/nope.js', root)).status).toBe(404);
    expect((await serveAppFile('app://cognito-console/index.html', root, { method: 'POST' })).status).toBe(405);
  });

  it('answers HEAD without a body', async () => {
    const res = await serveAppFile('app://cognito-console/assets/a.js', root, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.body).toBeNull();
  });
});

/** The CSP evaluator Electronegativity runs (Google's csp-evaluator); untyped, so only what this test calls. */
interface CspEvaluatorModule {
  CspParser: new (policy: string) => { csp: unknown };
  CspEvaluator: new (
    csp: unknown,
    version: unknown,
  ) => { evaluate(): Array<{ severity: number; directive: string; description: string }> };
  Version: { CSP3: unknown };
  severities: Record<string, number>;
}

describe('the served Content-Security-Policy', () => {
  it('passes the evaluator Electronegativity uses: nothing HIGH, MEDIUM or malformed', async () => {
    const csp = createRequire(import.meta.url)('@doyensec/csp-evaluator') as CspEvaluatorModule;
    const res = await serveAppFile('app://cognito-console/index.html', root);
    const policy = res.headers['Content-Security-Policy'] ?? '';
    const findings = new csp.CspEvaluator(new csp.CspParser(policy).csp, csp.Version.CSP3).evaluate();
    const serious = [csp.severities['HIGH'], csp.severities['SYNTAX'], csp.severities['MEDIUM']];
    expect(findings.filter((f) => serious.includes(f.severity))).toEqual([]);
    // What remains is advice about script-src 'self' (JSONP or uploads on the same origin): app:// serves neither.
    expect(findings.map((f) => f.directive)).toEqual(['script-src']);
  });
});

describe('rendererDir', () => {
  it('is the renderer build next to the main bundle', () => {
    expect(rendererDir(path.join('/x', 'out', 'main'))).toBe(path.join('/x', 'out', 'renderer'));
  });
});
