import { homedir } from 'node:os';
import path from 'node:path';

/** The folder name Electron derives from package.json's name for app.getPath('userData'). */
const APP_FOLDER = 'cognito-console';

/**
 * The desktop app's data folder, so the CLI sees the same read-only flags and reuses the moto the app installed.
 * The CLI reads it (settings, the moto venv) and writes only its own export jobs, under cli-exports/ (checkpoints
 * for --resume); COGNITO_CONSOLE_DATA_DIR points it elsewhere.
 */
export function appDataDir(
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (env.COGNITO_CONSOLE_DATA_DIR) return env.COGNITO_CONSOLE_DATA_DIR;
  if (platform === 'win32')
    return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', APP_FOLDER);
  return path.posix.join(env.XDG_CONFIG_HOME || path.posix.join(home, '.config'), APP_FOLDER);
}
