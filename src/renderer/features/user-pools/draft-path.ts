/** Reads and writes nested draft values by dotted path ("Policies.PasswordPolicy.MinimumLength"), immutably. */
export type Draft = Record<string, unknown>;

export function getAt(draft: Draft, path: string): unknown {
  let value: unknown = draft;
  for (const key of path.split('.')) {
    value = typeof value === 'object' && value !== null ? (value as Draft)[key] : undefined;
  }
  return value;
}

export function setAt(draft: Draft, path: string, value: unknown): Draft {
  const [head = '', ...rest] = path.split('.');
  if (rest.length === 0) {
    const out = { ...draft };
    if (value === undefined) delete out[head];
    else out[head] = value;
    return out;
  }
  const inner = draft[head];
  const child = typeof inner === 'object' && inner !== null && !Array.isArray(inner) ? (inner as Draft) : {};
  return { ...draft, [head]: setAt(child, rest.join('.'), value) };
}

/** Picks the given paths out of settings, leaving out the ones that are not set (so they are not sent as changes). */
export function pickPaths(settings: Draft, paths: readonly string[]): Draft {
  let out: Draft = {};
  for (const path of paths) {
    const value = getAt(settings, path);
    if (value !== undefined) out = setAt(out, path, value);
  }
  return out;
}

/** Key-sorted JSON, for "is this draft different from what was loaded". */
export function sameJson(a: unknown, b: unknown): boolean {
  const sort = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sort)
      : typeof v === 'object' && v !== null
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, sort((v as Draft)[k])]),
          )
        : v;
  return JSON.stringify(sort(a)) === JSON.stringify(sort(b));
}

/** The draft without blank entries in lists of text (a list field's empty line while typing). */
export function cleanDraft(draft: Draft): Draft {
  const clean = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.filter((v) => v !== '').map(clean);
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(Object.entries(value as Draft).map(([k, v]) => [k, clean(v)]));
    }
    return value;
  };
  return clean(draft) as Draft;
}
