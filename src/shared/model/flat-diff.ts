import type { ConfigChange, JsonValue } from './pool-config';

/**
 * Field by field, what turning `before` into `after` changes. Absent, an empty list and false all mean "not
 * configured" (a switch turned on and off again is no change).
 */
export function diffFlat<T extends Record<string, JsonValue | undefined>>(
  before: T,
  after: T,
  labels: Record<keyof T, string>,
): ConfigChange[] {
  const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  const empty = (v: unknown) => v === undefined || v === false || (Array.isArray(v) && v.length === 0);
  return (Object.keys(labels) as (keyof T & string)[])
    .filter((k) => !same(before[k], after[k]) && !(empty(before[k]) && empty(after[k])))
    .map((k) => ({
      path: k,
      label: labels[k],
      ...(before[k] === undefined ? {} : { before: before[k] }),
      ...(after[k] === undefined ? {} : { after: after[k] }),
    }));
}
