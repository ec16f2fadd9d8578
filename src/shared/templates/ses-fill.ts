import { sesVariables } from './lint-placeholders';

/**
 * A local stand-in for SES's handlebars rendering, for the live preview only ("Render with SES" shows the real
 * thing): `{{name}}`, `{{{name}}}`, dotted paths, and `{{#if x}}...{{else}}...{{/if}}` without nesting. A missing
 * variable renders empty, as SES does when sending; other block tags are dropped.
 */
export function fillSes(text: string, data: Record<string, unknown>): string {
  const value = (path: string): unknown =>
    path
      .split('.')
      .reduce<unknown>(
        (v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined),
        data,
      );
  const show = (v: unknown): string =>
    v === undefined || v === null ? '' : typeof v === 'string' ? v : (JSON.stringify(v) ?? '');
  return text
    .replace(
      /\{\{#if\s+([\w.@-]+)\s*\}\}([\s\S]*?)(?:\{\{else\}\}([\s\S]*?))?\{\{\/if\}\}/g,
      (_m, name: string, yes: string, no: string | undefined) => (value(name) ? yes : (no ?? '')),
    )
    .replace(/\{\{\{?\s*([\w.@-]+)\s*\}?\}\}/g, (_m, name: string) => show(value(name)))
    .replace(/\{\{[#/^~!][^{}]*\}\}|\{\{else\}\}/g, '');
}

/** Sample template data for the variables a template uses: `{"name": "Sample name"}`, nested for dotted names. */
export function sampleSesData(...parts: string[]): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  const text = parts.join('\n');
  const blocks = [...text.matchAll(/\{\{#(?:if|unless|with|each)\s+([\w.@-]+)/g)].map((m) => m[1] ?? '');
  for (const name of [...sesVariables(text), ...blocks]) {
    const keys = name.split('.');
    let at = data;
    keys.forEach((key, i) => {
      if (i === keys.length - 1) {
        if (!(key in at)) at[key] = `Sample ${keys.join(' ')}`;
        return;
      }
      const next = at[key];
      at = (at[key] = next && typeof next === 'object' ? next : {}) as Record<string, unknown>;
    });
  }
  return data;
}
