import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Settings } from '../../shared/model/settings';
import { DEFAULT_SETTINGS, settingsSchema } from '../../shared/model/settings';

/** The app's own settings, one JSON file in its data folder; a damaged file falls back to defaults. */
export class SettingsStore {
  private settings: Settings;
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = path.join(dataDir, 'settings.json');
    this.settings = this.read();
  }

  get(): Settings {
    return structuredClone(this.settings);
  }

  update(patch: Partial<Settings>): Settings {
    this.settings = settingsSchema.parse({ ...this.settings, ...patch });
    this.write();
    return this.get();
  }

  setReadOnly(profile: string, readOnly: boolean): Settings {
    const others = this.settings.readOnlyProfiles.filter((p) => p !== profile);
    return this.update({ readOnlyProfiles: readOnly ? [...others, profile] : others });
  }

  isReadOnly(profile: string): boolean {
    return this.settings.readOnlyProfiles.includes(profile);
  }

  private read(): Settings {
    try {
      const parsed = settingsSchema.safeParse(JSON.parse(readFileSync(this.file, 'utf8')));
      return parsed.success ? parsed.data : { ...DEFAULT_SETTINGS };
    } catch {
      return { ...DEFAULT_SETTINGS };
    }
  }

  private write(): void {
    mkdirSync(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, `${JSON.stringify(this.settings, null, 2)}\n`, { mode: 0o600 });
    renameSync(tmp, this.file);
  }
}
