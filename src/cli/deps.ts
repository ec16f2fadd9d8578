import type { CliContext } from './context';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Show progress lines (sandbox start) on stderr: only for a person at a terminal, never in pipes or CI. */
  progress: boolean;
}

/** What a run needs from the outside world; tests pass fakes to check parsing without AWS. */
export interface CliDeps {
  io: CliIo;
  env: NodeJS.ProcessEnv;
  /** Built only once a command really needs AWS, so usage errors stay instant. */
  openContext(env: NodeJS.ProcessEnv): CliContext;
}

/** Runs `work` with a context and always disposes it: clients destroyed, sandbox stopped, no handle left open. */
export async function withContext<T>(
  deps: CliDeps,
  env: NodeJS.ProcessEnv,
  work: (ctx: CliContext) => Promise<T>,
): Promise<T> {
  const ctx = deps.openContext(env);
  try {
    return await work(ctx);
  } finally {
    await ctx.dispose();
  }
}

export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
