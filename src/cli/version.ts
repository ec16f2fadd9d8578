// Replaced with package.json's version by scripts/build-node.mjs; the fallback covers runs from source (tests).
declare const __COGNITO_CONSOLE_VERSION__: string | undefined;

export const VERSION: string =
  typeof __COGNITO_CONSOLE_VERSION__ === 'string' ? __COGNITO_CONSOLE_VERSION__ : '0.0.0-dev';
