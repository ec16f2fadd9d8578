import { createInterface } from 'node:readline/promises';
import type { MfaCodeProvider } from '../main/aws/credentials';
import { AppError } from '../shared/ipc/errors';

/** Asks for an assume-role MFA code on the terminal; without one (CI, pipes) it fails at once instead of hanging. */
export function terminalMfaPrompt(
  input: NodeJS.ReadableStream & { isTTY?: boolean } = process.stdin,
  output: NodeJS.WritableStream = process.stderr,
): MfaCodeProvider {
  return async (profile, mfaSerial) => {
    if (!input.isTTY) {
      throw new AppError(
        'AWS_AUTH',
        `Profile "${profile}" needs an MFA code from ${mfaSerial} and there is no terminal to ask for it.`,
        {
          hint: 'Run the command in an interactive terminal.',
        },
      );
    }
    const rl = createInterface({ input, output });
    try {
      return (await rl.question(`MFA code for ${mfaSerial} (profile ${profile}): `)).trim();
    } finally {
      rl.close();
    }
  };
}
