import { useCallback, useState } from 'react';
import type { ColumnOption } from './user-columns';

/** The chooser's answer: columns in order, each shown or not. Only column ids: nothing sensitive is stored. */
export type ColumnPrefs = { id: string; visible: boolean }[];

const storageKey = (scope: string): string => `cc.columns.${scope}`;

function read(scope: string): ColumnPrefs | undefined {
  try {
    const raw = window.localStorage.getItem(storageKey(scope));
    if (!raw) return undefined;
    const parsed: unknown = JSON.parse(raw);
    if (!Array.isArray(parsed)) return undefined;
    return parsed.filter(
      (p): p is { id: string; visible: boolean } =>
        typeof p === 'object' &&
        p !== null &&
        typeof (p as { id?: unknown }).id === 'string' &&
        typeof (p as { visible?: unknown }).visible === 'boolean',
    );
  } catch {
    // A corrupt or unavailable store only costs the user their column choice.
    return undefined;
  }
}

/** Keeps a choice for the next session; storage full or disabled only loses it then, not now. */
function store(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // The choice still applies for this session.
  }
}

/** Merges the saved choice with the columns present now: saved order first, new columns at their default place. */
export function resolveColumns(options: readonly ColumnOption[], saved: ColumnPrefs | undefined): ColumnPrefs {
  const known = new Map(options.map((o) => [o.id, o]));
  const result: ColumnPrefs = [];
  const placed = new Set<string>();
  for (const pref of saved ?? []) {
    const option = known.get(pref.id);
    if (!option || placed.has(pref.id)) continue;
    result.push({ id: pref.id, visible: option.alwaysVisible === true || pref.visible });
    placed.add(pref.id);
  }
  options.forEach((option, i) => {
    if (placed.has(option.id)) return;
    // Put a column the user never saw after its default predecessor, so custom attributes stay together.
    const before = options[i - 1]?.id;
    const at = before ? result.findIndex((p) => p.id === before) + 1 : 0;
    result.splice(at, 0, { id: option.id, visible: option.defaultVisible });
    placed.add(option.id);
  });
  return result;
}

/** The grid's columns in the chosen order, hidden ones kept (hide: true) so the chooser can bring them back. */
export function chosenColumns<C>(
  options: readonly ColumnOption[],
  prefs: ColumnPrefs,
  column: (option: ColumnOption) => C,
): (C & { hide: boolean })[] {
  const byId = new Map(options.map((o) => [o.id, o]));
  return prefs.flatMap((p) => {
    const option = byId.get(p.id);
    return option ? [{ ...column(option), hide: !p.visible }] : [];
  });
}

/** Column choice remembered per pool (localStorage: renderer-only, no credentials). */
export function useColumnPrefs(scope: string): [ColumnPrefs | undefined, (prefs: ColumnPrefs) => void] {
  const [state, setState] = useState<{ scope: string; prefs: ColumnPrefs | undefined }>(() => ({
    scope,
    prefs: read(scope),
  }));
  const prefs = state.scope === scope ? state.prefs : read(scope);
  const save = useCallback(
    (next: ColumnPrefs) => {
      setState({ scope, prefs: next });
      store(storageKey(scope), JSON.stringify(next));
    },
    [scope],
  );
  return [prefs, save];
}

const STICKY_KEY = 'cc.columns.sticky-username';

/**
 * Whether Username stays in view while the other columns scroll sideways (every pool; off by default, as in the
 * AWS console). Off, a fast scroll through a large pool costs about half the layout and paint (see grid-pinning.ts).
 */
export function useStickyUsername(): [boolean, (on: boolean) => void] {
  const [sticky, setSticky] = useState(() => {
    try {
      return window.localStorage.getItem(STICKY_KEY) === '1';
    } catch {
      return false;
    }
  });
  const save = useCallback((on: boolean) => {
    setSticky(on);
    store(STICKY_KEY, on ? '1' : '0');
  }, []);
  return [sticky, save];
}
