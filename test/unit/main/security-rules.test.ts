import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  devRendererUrl,
  isAllowedExternalUrl,
  isAllowedNavigation,
  isAppUrl,
  isPermissionGranted,
  isTrustedSender,
} from '../../../src/main/security-rules';

const DEV = 'http://localhost:5173/';

describe('isAppUrl', () => {
  it('accepts the app origin with any path', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://cognito-console/assets/index.js')).toBe(true);
    expect(isAppUrl('app://cognito-console')).toBe(true);
  });

  it('refuses look-alikes that a startsWith check would let through', () => {
    expect(isAppUrl('app://cognito-console.evil.com/index.html')).toBe(false);
    expect(isAppUrl('app://cognito-console:8080/index.html')).toBe(false);
    expect(isAppUrl('app://user@cognito-console/index.html')).toBe(false);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('https://cognito-console/index.html')).toBe(false);
    expect(isAppUrl('file:///app/cognito-console/index.html')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
    expect(isAppUrl('')).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it('trusts the packaged renderer', () => {
    expect(isTrustedSender(APP_ENTRY_URL)).toBe(true);
    expect(isTrustedSender('app://cognito-console/index.html#/pools')).toBe(true);
  });

  it('trusts the dev server only when one is configured, and only its exact origin', () => {
    expect(isTrustedSender('http://localhost:5173/index.html')).toBe(false);
    expect(isTrustedSender('http://localhost:5173/index.html', DEV)).toBe(true);
    expect(isTrustedSender('http://localhost:5174/', DEV)).toBe(false);
    expect(isTrustedSender('https://localhost:5173/', DEV)).toBe(false);
    expect(isTrustedSender('http://localhost.evil.com:5173/', DEV)).toBe(false);
  });

  it('refuses missing, remote, file and opaque senders', () => {
    expect(isTrustedSender(undefined)).toBe(false);
    expect(isTrustedSender('')).toBe(false);
    expect(isTrustedSender('https://docs.aws.amazon.com/')).toBe(false);
    expect(isTrustedSender('file:///etc/passwd')).toBe(false);
    expect(isTrustedSender('about:blank')).toBe(false);
    expect(isTrustedSender('data:text/html,<script></script>')).toBe(false);
    // Opaque origins compare equal as the string "null": they must never match each other.
    expect(isTrustedSender('data:text/html,x', 'data:text/html,y')).toBe(false);
  });
});

describe('isAllowedNavigation', () => {
  it('keeps navigation inside the app', () => {
    expect(isAllowedNavigation('app://cognito-console/index.html')).toBe(true);
    expect(isAllowedNavigation('http://localhost:5173/', DEV)).toBe(true);
  });

  it('refuses everything else, including allow-listed external links (those go to the OS browser)', () => {
    expect(isAllowedNavigation('https://docs.aws.amazon.com/cognito/')).toBe(false);
    expect(isAllowedNavigation('https://evil.example/')).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd')).toBe(false);
    expect(isAllowedNavigation('javascript:alert(1)')).toBe(false);
    expect(isAllowedNavigation('http://localhost:5173/')).toBe(false);
  });
});

describe('isAllowedExternalUrl', () => {
  it('allows AWS documentation and console links', () => {
    expect(isAllowedExternalUrl('https://docs.aws.amazon.com/cognito/latest/developerguide/')).toBe(true);
    expect(isAllowedExternalUrl('https://console.aws.amazon.com/cognito/v2/idp/user-pools')).toBe(true);
    expect(isAllowedExternalUrl('https://eu-west-1.console.aws.amazon.com/cognito/v2/home?region=eu-west-1')).toBe(
      true,
    );
    expect(isAllowedExternalUrl('https://aws.amazon.com/cognito/pricing/')).toBe(true);
    expect(isAllowedExternalUrl('https://DOCS.AWS.AMAZON.COM/ses/')).toBe(true);
  });

  it('refuses other schemes: only https reaches shell.openExternal', () => {
    expect(isAllowedExternalUrl('http://docs.aws.amazon.com/')).toBe(false);
    expect(isAllowedExternalUrl('file:///C:/Windows/System32/calc.exe')).toBe(false);
    expect(isAllowedExternalUrl('smb://docs.aws.amazon.com/share')).toBe(false);
    expect(isAllowedExternalUrl('ms-msdt:/id PCWDiagnostic')).toBe(false);
    expect(isAllowedExternalUrl('javascript:alert(1)')).toBe(false);
    expect(isAllowedExternalUrl('app://cognito-console/index.html')).toBe(false);
  });

  it('refuses hosts that only look like AWS', () => {
    expect(isAllowedExternalUrl('https://docs.aws.amazon.com.evil.com/')).toBe(false);
    expect(isAllowedExternalUrl('https://evil-docs.aws.amazon.com/')).toBe(false);
    expect(isAllowedExternalUrl('https://evilconsole.aws.amazon.com/')).toBe(false);
    expect(isAllowedExternalUrl('https://s3.amazonaws.com/bucket/page.html')).toBe(false);
    expect(isAllowedExternalUrl('https://amazon.com/')).toBe(false);
    expect(isAllowedExternalUrl('https://docs.aws.amazon.com@evil.com/')).toBe(false);
  });

  it('refuses credentials, custom ports and garbage', () => {
    expect(isAllowedExternalUrl('https://user:pass@docs.aws.amazon.com/')).toBe(false);
    expect(isAllowedExternalUrl('https://docs.aws.amazon.com:8443/')).toBe(false);
    expect(isAllowedExternalUrl('docs.aws.amazon.com')).toBe(false);
    expect(isAllowedExternalUrl('')).toBe(false);
  });
});

describe('isPermissionGranted', () => {
  it('denies every permission, from every origin, by default', () => {
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'openExternal',
      'clipboard-read',
      'hid',
      'usb',
      'serial',
      'fullscreen',
    ]) {
      expect(isPermissionGranted(permission, APP_ENTRY_URL)).toBe(false);
    }
  });

  it('allows the sanitized clipboard write (copy buttons) to the app only', () => {
    expect(isPermissionGranted('clipboard-sanitized-write', APP_ENTRY_URL)).toBe(true);
    expect(isPermissionGranted('clipboard-sanitized-write', 'app://cognito-console')).toBe(true);
    expect(isPermissionGranted('clipboard-sanitized-write', 'http://localhost:5173', DEV)).toBe(true);
    expect(isPermissionGranted('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    expect(isPermissionGranted('clipboard-sanitized-write', undefined)).toBe(false);
  });
});

describe('devRendererUrl', () => {
  it('uses ELECTRON_RENDERER_URL only in an unpackaged app and only on loopback', () => {
    expect(devRendererUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, false)).toBe('http://localhost:5173/');
    expect(devRendererUrl({ ELECTRON_RENDERER_URL: 'http://127.0.0.1:5173/' }, false)).toBe('http://127.0.0.1:5173/');
    expect(devRendererUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, true)).toBeUndefined();
    expect(devRendererUrl({ ELECTRON_RENDERER_URL: 'https://evil.example/' }, false)).toBeUndefined();
    expect(devRendererUrl({ ELECTRON_RENDERER_URL: 'file:///tmp/index.html' }, false)).toBeUndefined();
    expect(devRendererUrl({}, false)).toBeUndefined();
  });
});
