import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..', '..', '..');
// electron-builder's own YAML reader and fuse mapping: what `npm run package` would flip, not a copy of it.
const builderLib = createRequire(require.resolve('app-builder-lib', { paths: [ROOT] }));
const { load } = builderLib('js-yaml') as { load: (text: string) => unknown };
const { PlatformPackager } = builderLib('app-builder-lib') as {
  PlatformPackager: { prototype: { generateFuseConfig(fuses: unknown): Promise<Record<number, unknown>> } };
};
const { FuseV1Options } = createRequire(__filename)('@electron/fuses') as { FuseV1Options: Record<string, number> };

describe('electron-builder.yml fuses (Electron security checklist item 19)', () => {
  it('turns RunAsNode, NODE_OPTIONS and inspect off; cookie encryption, asar-only and asar integrity on', async () => {
    const config = load(readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as { electronFuses: unknown };
    const fuses = await PlatformPackager.prototype.generateFuseConfig.call({}, config.electronFuses);
    const byName = Object.fromEntries(
      Object.keys(FuseV1Options)
        .filter((k) => isNaN(Number(k)))
        .map((k) => [k, fuses[FuseV1Options[k] ?? -1]]),
    );
    expect(byName).toMatchObject({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      GrantFileProtocolExtraPrivileges: false,
      EnableCookieEncryption: true,
      OnlyLoadAppFromAsar: true,
      EnableEmbeddedAsarIntegrityValidation: true,
    });
  });
});
