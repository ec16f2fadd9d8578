import type { Finding } from './finding';
import type { KindRules } from './kinds';
import { CODE, USERNAME } from './kinds';

const LINK = /\{##[^#{}]*##\}/;

/** The placeholder a typo most likely meant, when it is obvious (`{code}`, `{###}`, `{Username}`). */
function guess(token: string, known: readonly string[]): string | undefined {
  const inner = token.slice(1, -1).toLowerCase();
  const want = /#|code|otp|pin|password|pass/.test(inner) ? CODE : /user|name|login/.test(inner) ? USERNAME : undefined;
  return want && known.includes(want) ? want : undefined;
}

/** Missing required placeholders: an error each, fixed by appending it to the body. */
export function lintRequired(body: string, rules: KindRules): Finding[] {
  const findings: Finding[] = [];
  const end = body.length;
  const append = (p: string) => ({ start: end, end, text: end === 0 || /\s$/.test(body) ? p : ` ${p}` });
  for (const p of rules.required) {
    if (body.includes(p)) continue;
    const what = p === CODE ? 'the code (or temporary password)' : 'the user name';
    findings.push({
      severity: 'error',
      field: 'body',
      rule: 'missing-placeholder',
      message: `Must contain ${p}: Cognito replaces it with ${what}, and refuses the message without it.`,
      start: end,
      end,
      quickFix: { label: `Insert ${p}`, edit: append(p) },
    });
  }
  if (rules.requiresLink && !LINK.test(body)) {
    findings.push({
      severity: 'error',
      field: 'body',
      rule: 'missing-link',
      message: 'Must contain a link placeholder {##Click here##} (any text between the ##).',
      start: end,
      end,
      quickFix: { label: 'Insert {##Verify email##}', edit: append('{##Verify email##}') },
    });
  }
  return findings;
}

/**
 * Single-brace tokens Cognito does not fill in: they go out literally. Tokens holding `:` or `;` are CSS rules
 * (`body{margin:0}`), not placeholders, and are skipped.
 */
export function lintUnknown(text: string, field: Finding['field'], rules: KindRules): Finding[] {
  const findings: Finding[] = [];
  for (const m of text.matchAll(/\{[^{}\n]{0,60}\}/g)) {
    const token = m[0];
    if (rules.known.includes(token) || /[:;]/.test(token)) continue;
    if (LINK.test(token) && rules.requiresLink) continue;
    const start = m.index;
    const end = start + token.length;
    const fix = guess(token, rules.known);
    const where = rules.requiresLink
      ? ''
      : LINK.test(token)
        ? ' (a link placeholder works only in the link email)'
        : '';
    findings.push({
      severity: 'warning',
      field,
      rule: 'unknown-placeholder',
      message: `${token} is not a placeholder Cognito fills in here${where}; it is sent as written.${fix ? ` Did you mean ${fix}?` : ''}`,
      start,
      end,
      quickFix: fix ? { label: `Replace with ${fix}`, edit: { start, end, text: fix } } : undefined,
    });
  }
  return findings;
}

/** SES (handlebars) variables: `{{name}}`, `{{#if x}}`, `{{/if}}`, `{{else}}`, `{{{raw}}}`. */
const SES_TAG = /\{\{\{?\s*(?:[#/^]?[\w.@-]+(?:\s+[^{}\n]*?)?|else)\s*\}?\}\}/g;

/** The variable names a SES template uses, for sample data. */
export function sesVariables(text: string): string[] {
  const names = new Set<string>();
  for (const m of text.matchAll(SES_TAG)) {
    const name = /^\{\{\{?\s*([\w.@-]+)/.exec(m[0])?.[1];
    if (name && name !== 'else') names.add(name);
  }
  return [...names];
}

/** Stray braces left after removing well-formed tags: `{{ name }`, `{name}}`, `{name}` are typos. */
export function lintSes(text: string, field: Finding['field']): Finding[] {
  const findings: Finding[] = [];
  const masked = text.replace(SES_TAG, (t) => ' '.repeat(t.length));
  for (const m of masked.matchAll(/\{+[^{}\n]{0,60}\}*|\}+/g)) {
    if (/[:;]/.test(m[0])) continue;
    const start = m.index;
    const end = start + m[0].length;
    const name = /[\w.@-]+/.exec(m[0])?.[0];
    findings.push({
      severity: 'error',
      field,
      rule: 'ses-malformed-variable',
      message: `${m[0].trim()} is not a well-formed variable; SES variables are written {{name}}.`,
      start,
      end,
      quickFix: name ? { label: `Replace with {{${name}}}`, edit: { start, end, text: `{{${name}}}` } } : undefined,
    });
  }
  return findings;
}
