import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SettingsStore } from '../../../../src/main/settings/settings-store';
import { DEFAULT_SETTINGS } from '../../../../src/shared/model/settings';

let dir: string;
const file = (): string => path.join(dir, 'settings.json');
const onDisk = (): unknown => JSON.parse(readFileSync(file(), 'utf8'));

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'cc-settings-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('SettingsStore', () => {
  it('starts from the defaults without writing anything', () => {
    expect(new SettingsStore(dir).get()).toEqual(DEFAULT_SETTINGS);
    expect(existsSync(file())).toBe(false);
  });

  it.each([
    ['not JSON', '{"theme": "dark",'],
    ['empty', ''],
    ['JSON of the wrong shape', '{"theme": "neon", "readOnlyProfiles": "prod"}'],
    ['a bad profile name inside', '{"theme": "dark", "readOnlyProfiles": ["bad\\nname"]}'],
    ['JSON null', 'null'],
  ])('falls back to the defaults when the file is %s', (_label, text) => {
    writeFileSync(file(), text);
    const store = new SettingsStore(dir);
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    expect(store.isReadOnly('prod')).toBe(false);
  });

  it('repairs a damaged file on the next change', () => {
    writeFileSync(file(), '{ damaged');
    new SettingsStore(dir).update({ theme: 'light' });
    expect(onDisk()).toEqual({ ...DEFAULT_SETTINGS, theme: 'light' });
  });

  it('keeps read-only profiles across instances, and turning it off sticks too', () => {
    new SettingsStore(dir).setReadOnly('prod-admin', true);
    const second = new SettingsStore(dir);
    expect(second.isReadOnly('prod-admin')).toBe(true);
    expect(second.isReadOnly('dev')).toBe(false);
    second.setReadOnly('prod-admin', false);
    expect(new SettingsStore(dir).isReadOnly('prod-admin')).toBe(false);
    expect(onDisk()).toMatchObject({ readOnlyProfiles: [] });
  });

  it('lists a profile once however often it is made read-only, and leaves the others alone', () => {
    const store = new SettingsStore(dir);
    store.setReadOnly('a', true);
    store.setReadOnly('b', true);
    store.setReadOnly('a', true);
    expect(new SettingsStore(dir).get().readOnlyProfiles.sort()).toEqual(['a', 'b']);
    store.setReadOnly('a', false);
    expect(new SettingsStore(dir).get().readOnlyProfiles).toEqual(['b']);
  });

  it('keeps other settings when read-only changes, and read-only when others change', () => {
    const store = new SettingsStore(dir);
    store.update({ theme: 'dark', lastProfile: 'dev', lastRegion: 'eu-west-1' });
    store.setReadOnly('Local sandbox', true);
    store.update({ lastRegion: 'us-east-1' });
    expect(new SettingsStore(dir).get()).toEqual({
      readOnlyProfiles: ['Local sandbox'],
      theme: 'dark',
      lastProfile: 'dev',
      lastRegion: 'us-east-1',
    });
  });

  it('refuses an invalid change and keeps both memory and disk as they were', () => {
    const store = new SettingsStore(dir);
    store.update({ theme: 'dark' });
    const before = readFileSync(file(), 'utf8');
    expect(() => store.update({ theme: 'neon' as 'dark' })).toThrow();
    expect(store.get().theme).toBe('dark');
    expect(readFileSync(file(), 'utf8')).toBe(before);
  });

  it('hands out copies, so a caller cannot change the stored settings', () => {
    const store = new SettingsStore(dir);
    store.get().readOnlyProfiles.push('sneaky');
    const returned = store.setReadOnly('prod', true);
    returned.readOnlyProfiles.push('sneakier');
    expect(store.get().readOnlyProfiles).toEqual(['prod']);
    expect(store.isReadOnly('sneaky')).toBe(false);
  });

  it('creates a missing data folder, writes only its owner can read, and leaves no temp file', () => {
    const nested = path.join(dir, 'a', 'b');
    new SettingsStore(nested).update({ theme: 'light' });
    const written = path.join(nested, 'settings.json');
    expect(JSON.parse(readFileSync(written, 'utf8'))).toMatchObject({ theme: 'light' });
    if (process.platform !== 'win32') expect(statSync(written).mode & 0o777).toBe(0o600);
    expect(existsSync(`${written}.tmp`)).toBe(false);
  });
});
