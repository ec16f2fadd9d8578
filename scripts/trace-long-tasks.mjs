// What the renderer's long tasks spend their time on, from a Chromium timeline trace (the large-pool grid spec
// saves one with E2E_GRID_TRACE=<prefix>; record it with the 'devtools.timeline' and 'toplevel' categories).
// Usage: node scripts/trace-long-tasks.mjs /tmp/grid-scroll.json
// Prints, per task over 50 ms on the main thread, the self time of what ran inside it, then the totals.
import { readFileSync } from 'node:fs';

const raw = JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8'));
const events = Array.isArray(raw) ? raw : raw.traceEvents;
const mainThreads = new Set(
  events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
);
const slices = events
  .filter((e) => e.ph === 'X' && e.dur !== undefined && mainThreads.has(`${e.pid}:${e.tid}`))
  .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
const label = (e) => [e.name, e.args?.data?.functionName, e.args?.data?.type].filter(Boolean).join(':');
const within = (outer, e) => e !== outer && e.ts >= outer.ts && e.ts + e.dur <= outer.ts + outer.dur;
const tasks = slices.filter((e) => /RunTask$/.test(e.name) && e.dur > 50_000);
const totals = new Map();
const ms = (us) => (us / 1000).toFixed(1);
for (const task of tasks) {
  const inside = slices.filter((e) => within(task, e));
  const self = new Map();
  for (const e of inside) {
    const children = inside.filter((c) => within(e, c) && !inside.some((p) => p !== e && within(e, p) && within(p, c)));
    const own = e.dur - children.reduce((sum, c) => sum + c.dur, 0);
    self.set(label(e), (self.get(label(e)) ?? 0) + own);
  }
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 6);
  console.log(`task ${ms(task.dur)} ms: ${top.map(([k, v]) => `${k} ${ms(v)}`).join(', ')}`);
  for (const [k, v] of self) totals.set(k, (totals.get(k) ?? 0) + v);
}
const top = [...totals].sort((a, b) => b[1] - a[1]).slice(0, 12);
console.log(`${tasks.length} long tasks; in all: ${top.map(([k, v]) => `${k} ${ms(v)}`).join(', ')}`);
