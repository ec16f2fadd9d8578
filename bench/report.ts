/** One figure line on stdout, `BENCH <name> k=v ...`, numbers rounded to 2 decimals: what the benches print. */
export const line = (name: string, figures: Record<string, string | number>): void => {
  const text = Object.entries(figures)
    .map(([k, v]) => `${k}=${typeof v === 'number' ? Math.round(v * 100) / 100 : v}`)
    .join(' ');
  process.stdout.write(`BENCH ${name} ${text}\n`);
};

/** Progress on stderr, apart from the figures. */
export const log = (text: string): void => void process.stderr.write(`bench: ${text}\n`);

/** The most calls in any window [t, t + 1 s) that starts at a call. */
export function maxPerSecond(times: readonly number[]): number {
  let best = 0;
  let start = 0;
  for (let end = 0; end < times.length; end++) {
    while ((times[end] ?? 0) - (times[start] ?? 0) >= 1000) start++;
    best = Math.max(best, end - start + 1);
  }
  return best;
}
