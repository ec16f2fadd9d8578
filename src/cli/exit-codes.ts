import type { WireError } from '../shared/ipc/errors';

/** The CLI's exit codes; scripts rely on them, so they never change meaning. */
export const ExitCode = {
  OK: 0,
  /** Findings or differences (reserved for audit/diff commands). */
  FINDINGS: 1,
  /** Unknown command or flag, missing or invalid option. */
  USAGE: 2,
  /** AWS, credential or endpoint failure: anything toWireError maps, and unknown profiles. */
  AWS: 3,
} as const;
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** A mistake in the command line itself: reported as exit 2 before any AWS call is made. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Collapses whitespace so every error is exactly one stderr line, easy to grep and to show in CI logs. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function usageLine(message: string): string {
  const text = oneLine(message).replace(/^error:\s*/i, '');
  return `error: ${text} (see --help)`;
}

export function wireErrorLine(error: WireError): string {
  const operation = error.details?.operation ? ` [${error.details.operation}]` : '';
  const hint = error.details?.hint ? ` (hint: ${error.details.hint})` : '';
  return oneLine(`error: ${error.code}: ${error.message}${operation}${hint}`);
}
