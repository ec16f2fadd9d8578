import type { Finding } from './finding';

/**
 * HTML that email clients strip or refuse: scripts never run in mail, forms and frames are removed by most
 * webmail, external stylesheets are not fetched (Gmail and Outlook drop <link>), event handlers are stripped and
 * javascript: URLs are blocked or flag the message as phishing. A warning each: Cognito still sends the message.
 */
interface HtmlRule {
  rule: string;
  pattern: RegExp;
  message: string;
  /** Whether removing the whole match is an obvious fix. */
  removable: boolean;
}

const RULES: readonly HtmlRule[] = [
  {
    rule: 'html-script',
    pattern: /<script\b[^>]*>[\s\S]*?(<\/script\s*>|$)/gi,
    message: 'Email clients never run scripts; this <script> is stripped or gets the message marked as spam.',
    removable: true,
  },
  {
    rule: 'html-form',
    pattern: /<form\b[^>]*>/gi,
    message: 'Most email clients remove forms or disable them; link to a page instead.',
    removable: false,
  },
  {
    rule: 'html-frame',
    pattern: /<(iframe|frame|object|embed)\b[^>]*>/gi,
    message: 'Email clients do not show embedded frames or objects.',
    removable: false,
  },
  {
    rule: 'html-external-css',
    pattern: /<link\b[^>]*rel\s*=\s*["']?stylesheet[^>]*>/gi,
    message: 'External stylesheets are not loaded by email clients; inline the styles instead.',
    removable: true,
  },
  {
    rule: 'html-event-handler',
    // Only inside a tag (the lookbehind), so "one = two" in the text is not a handler.
    pattern: /(?<=<[a-z][^<>]*)\son[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi,
    message: 'Event handlers (on...=) are stripped by email clients.',
    removable: true,
  },
  {
    rule: 'html-javascript-url',
    pattern: /(href|src)\s*=\s*["']?\s*javascript:[^"'>\s]*["']?/gi,
    message: 'javascript: links are blocked by email clients and look like phishing.',
    removable: false,
  },
];

export function lintHtml(body: string): Finding[] {
  const findings: Finding[] = [];
  for (const r of RULES) {
    for (const m of body.matchAll(r.pattern)) {
      // The handler pattern also eats the leading whitespace so removing it leaves clean markup.
      const start = m.index;
      const end = start + m[0].length;
      findings.push({
        severity: 'warning',
        field: 'body',
        rule: r.rule,
        message: r.message,
        start,
        end,
        quickFix: r.removable ? { label: 'Remove it', edit: { start, end, text: '' } } : undefined,
      });
    }
  }
  return findings;
}
