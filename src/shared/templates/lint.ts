import type { Finding } from './finding';
import type { MessageKind } from './kinds';
import { KINDS } from './kinds';
import { lintHtml } from './lint-html';
import { lintRequired, lintSes, lintUnknown } from './lint-placeholders';

export type { Finding } from './finding';

export interface LintInput {
  kind: MessageKind;
  /** Undefined for SMS, and for an email whose subject is left at the default. */
  subject?: string;
  body: string;
  /** The pool's EmailConfiguration.EmailSendingAccount; undefined means Cognito's default sender. */
  sendingAccount?: string;
}

const hasHtml = (text: string): boolean => /<[a-z!/][^>]*>/i.test(text);

function lintLength(text: string, field: Finding['field'], min: number, max: number, what: string): Finding[] {
  if (text.length > max) {
    return [
      {
        severity: 'error',
        field,
        rule: 'too-long',
        message: `${what} is ${text.length.toLocaleString('en-US')} characters; the limit is ${max.toLocaleString('en-US')}.`,
        start: max,
        end: text.length,
      },
    ];
  }
  if (text.length < min) {
    return [
      {
        severity: 'error',
        field,
        rule: 'too-short',
        message: `${what} needs at least ${min} characters.`,
        start: 0,
        end: text.length,
      },
    ];
  }
  return [];
}

function lintSubject(subject: string, max: number): Finding[] {
  const findings = lintLength(subject, 'subject', 1, max, 'The subject');
  const newline = /[\r\n]/.exec(subject);
  if (newline) {
    findings.push({
      severity: 'error',
      field: 'subject',
      rule: 'subject-newline',
      message: 'The subject must be a single line.',
      start: newline.index,
      end: newline.index + 1,
      quickFix: { label: 'Join the lines', edit: { start: newline.index, end: newline.index + 1, text: ' ' } },
    });
  }
  return findings;
}

/**
 * Everything wrong or risky in one message, errors first. Errors are what Cognito (or SES) refuses and block
 * saving; warnings are what it accepts but the reader would not get as intended.
 */
export function lintMessage(input: LintInput): Finding[] {
  const rules = KINDS[input.kind];
  const { body, subject } = input;
  const findings: Finding[] = [];
  if (subject !== undefined && rules.subjectMax !== undefined) findings.push(...lintSubject(subject, rules.subjectMax));
  findings.push(...lintLength(body, 'body', rules.bodyMin, rules.bodyMax, 'The message'));
  if (input.kind === 'ses-template') {
    if (subject !== undefined) findings.push(...lintSes(subject, 'subject'));
    findings.push(...lintSes(body, 'body'));
  } else {
    findings.push(...lintRequired(body, rules));
    if (subject !== undefined) findings.push(...lintUnknown(subject, 'subject', { ...rules, requiresLink: false }));
    findings.push(...lintUnknown(body, 'body', rules));
  }
  if (rules.channel === 'email' && hasHtml(body)) findings.push(...lintHtml(body));
  const cognitoEmail = rules.channel === 'email' && input.kind !== 'ses-template';
  if (cognitoEmail && (input.sendingAccount ?? 'COGNITO_DEFAULT') === 'COGNITO_DEFAULT') {
    findings.push({
      severity: 'warning',
      field: 'body',
      rule: 'sending-account',
      message:
        'This pool sends email with the Cognito default sender: limited to 50 emails a day, for testing, and custom ' +
        'content may not be honoured. Send with SES (DEVELOPER) in the Messaging tab for full control.',
      start: 0,
      end: 0,
    });
  }
  return findings.sort((a, b) => (a.severity === b.severity ? a.start - b.start : a.severity === 'error' ? -1 : 1));
}

export const hasErrors = (findings: readonly Finding[]): boolean => findings.some((f) => f.severity === 'error');
