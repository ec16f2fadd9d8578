import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../../src/shared/templates/finding';
import type { LintInput } from '../../../../src/shared/templates/lint';
import { hasErrors, lintMessage } from '../../../../src/shared/templates/lint';

const SES = { sendingAccount: 'DEVELOPER' };
const lint = (input: LintInput) => lintMessage({ ...SES, ...input });
const rules = (input: LintInput) => lint(input).map((f) => f.rule);

describe('required placeholders', () => {
  it('passes a verification code email with {####}', () => {
    expect(lint({ kind: 'verification-email-code', subject: 'Your code', body: 'Your code is {####}' })).toEqual([]);
  });

  it('marks a missing {####} at the end of the body and the quick fix appends it', () => {
    const body = 'Your code is here';
    const [f] = lint({ kind: 'verification-email-code', body });
    expect(f).toMatchObject({ severity: 'error', rule: 'missing-placeholder', field: 'body', start: 17, end: 17 });
    expect(f?.quickFix?.label).toBe('Insert {####}');
    expect(applyEdit(body, f!.quickFix!.edit)).toBe('Your code is here {####}');
  });

  it('needs both {username} and {####} in invitations, email and SMS', () => {
    expect(rules({ kind: 'invitation-email', body: 'Hello {username}' })).toEqual(['missing-placeholder']);
    expect(rules({ kind: 'invitation-sms', body: 'Password {####}' })).toEqual(['missing-placeholder']);
    expect(lint({ kind: 'invitation-sms', body: 'Hi {username}, password {####}' })).toEqual([]);
    const both = lint({ kind: 'invitation-email', body: 'Hello' });
    expect(both.map((f) => f.quickFix?.label)).toEqual(['Insert {username}', 'Insert {####}']);
  });

  it('needs a {##...##} link in the link email, with any text between the ##', () => {
    expect(lint({ kind: 'verification-email-link', body: 'Please {##Confirm my address##}' })).toEqual([]);
    const [f] = lint({ kind: 'verification-email-link', body: 'Please confirm' });
    expect(f).toMatchObject({ rule: 'missing-link', start: 14 });
    expect(applyEdit('Please confirm', f!.quickFix!.edit)).toBe('Please confirm {##Verify email##}');
  });

  it('needs {####} in the MFA SMS and the verification SMS', () => {
    expect(rules({ kind: 'mfa-sms', body: 'Your sign-in code' })).toEqual(['missing-placeholder']);
    expect(lint({ kind: 'mfa-sms', body: 'Code {####}' })).toEqual([]);
    expect(rules({ kind: 'verification-sms', body: 'Verify now' })).toEqual(['missing-placeholder']);
  });

  it('does not add a space before the inserted placeholder after whitespace or in an empty body', () => {
    const [f] = lint({ kind: 'mfa-sms', body: 'Code: ' });
    expect(applyEdit('Code: ', f!.quickFix!.edit)).toBe('Code: {####}');
  });
});

describe('unknown placeholders', () => {
  it('warns about {code} at its exact position and offers {####}', () => {
    const body = 'Code {####} or {code}';
    const [f] = lint({ kind: 'verification-sms', body });
    expect(f).toMatchObject({ severity: 'warning', rule: 'unknown-placeholder', start: 15, end: 21 });
    expect(applyEdit(body, f!.quickFix!.edit)).toBe('Code {####} or {####}');
  });

  it('offers {username} for {Username} and {user}', () => {
    const found = lint({ kind: 'invitation-sms', body: '{Username} {user} {username} {####}' });
    expect(found.map((f) => f.quickFix?.edit.text)).toEqual(['{username}', '{username}']);
  });

  it('has no fix when the guess is not a placeholder of this message', () => {
    const [f] = lint({ kind: 'mfa-sms', body: 'Hi {username}, code {####}' });
    expect(f).toMatchObject({ rule: 'unknown-placeholder', start: 3 });
    expect(f?.quickFix).toBeUndefined();
  });

  it('flags a link placeholder outside the link email, and a wrong one in the subject', () => {
    expect(rules({ kind: 'verification-email-code', body: '{####} {##Click##}' })).toEqual(['unknown-placeholder']);
    const found = lint({ kind: 'verification-email-code', subject: 'Code {otp}', body: '{####}' });
    expect(found[0]).toMatchObject({ field: 'subject', start: 5, end: 10 });
  });

  it('ignores CSS rules in a style block', () => {
    const body = '<style>body{margin:0;padding:0}</style><p>{####}</p>';
    expect(lint({ kind: 'verification-email-code', body })).toEqual([]);
  });
});

describe('length limits', () => {
  it('accepts a 140-character subject and refuses 141, marking the excess', () => {
    expect(lint({ kind: 'invitation-email', subject: 'a'.repeat(140), body: '{username} {####}' })).toEqual([]);
    const [f] = lint({ kind: 'invitation-email', subject: 'a'.repeat(141), body: '{username} {####}' });
    expect(f).toMatchObject({ rule: 'too-long', field: 'subject', start: 140, end: 141 });
  });

  it('refuses an empty subject and a subject with a line break', () => {
    expect(rules({ kind: 'invitation-email', subject: '', body: '{username} {####}' })).toEqual(['too-short']);
    const [f] = lint({ kind: 'invitation-email', subject: 'Hi\nthere', body: '{username} {####}' });
    expect(f).toMatchObject({ rule: 'subject-newline', start: 2, end: 3 });
    expect(applyEdit('Hi\nthere', f!.quickFix!.edit)).toBe('Hi there');
  });

  it('keeps the email body within 6..20,000', () => {
    expect(rules({ kind: 'verification-email-code', body: '{####}' })).toEqual([]);
    expect(rules({ kind: 'verification-email-code', body: '{###}' })).toContain('too-short');
    const long = `{####}${'x'.repeat(19_994)}`;
    expect(lint({ kind: 'verification-email-code', body: long })).toEqual([]);
    const [f] = lint({ kind: 'verification-email-code', body: `${long}!` });
    expect(f).toMatchObject({ rule: 'too-long', start: 20_000, end: 20_001 });
  });

  it('keeps SMS within 6..140', () => {
    expect(rules({ kind: 'verification-sms', body: `{####}${'x'.repeat(134)}` })).toEqual([]);
    expect(rules({ kind: 'verification-sms', body: `{####}${'x'.repeat(135)}` })).toEqual(['too-long']);
    expect(rules({ kind: 'mfa-sms', body: '{###}' })).toEqual([
      'too-short',
      'missing-placeholder',
      'unknown-placeholder',
    ]);
  });
});

describe('HTML email clients strip', () => {
  const kind = 'verification-email-code' as const;
  const html = (body: string) => lint({ kind, body: `<p>{####}</p>${body}` });

  it('passes ordinary HTML', () => {
    expect(html('<a href="https://example.com"><b>Open</b></a><img src="https://x/y.png">')).toEqual([]);
  });

  it('warns on a script, and the quick fix removes the whole element', () => {
    const body = '<p>{####}</p><script>alert(1)</script>';
    const [f] = lint({ kind, body });
    expect(f).toMatchObject({ severity: 'warning', rule: 'html-script', start: 13, end: body.length });
    expect(applyEdit(body, f!.quickFix!.edit)).toBe('<p>{####}</p>');
  });

  it('warns on forms, iframes and external stylesheets', () => {
    expect(html('<form action="x"><input></form>').map((f) => f.rule)).toEqual(['html-form']);
    expect(html('<iframe src="https://x"></iframe>').map((f) => f.rule)).toEqual(['html-frame']);
    expect(html('<link rel="stylesheet" href="https://x/a.css">').map((f) => f.rule)).toEqual(['html-external-css']);
  });

  it('warns on event handlers inside tags only, and removes them cleanly', () => {
    const body = '<p>{####}</p><img src="x.png" onerror="alert(1)">';
    const [f] = lint({ kind, body });
    expect(f).toMatchObject({ rule: 'html-event-handler', start: 29 });
    expect(applyEdit(body, f!.quickFix!.edit)).toBe('<p>{####}</p><img src="x.png">');
    expect(html('<p>one = two, onion=3</p>')).toEqual([]);
  });

  it('warns on javascript: URLs', () => {
    expect(html('<a href="javascript:alert(1)">x</a>').map((f) => f.rule)).toEqual(['html-javascript-url']);
  });

  it('does not read plain text as HTML', () => {
    expect(lint({ kind, body: 'Code {####}. Do not reply onclick=1' })).toEqual([]);
  });
});

describe('sending account', () => {
  const body = 'Your code is {####}';
  it('warns when custom email goes through the Cognito default sender', () => {
    const [f] = lintMessage({ kind: 'verification-email-code', body, sendingAccount: 'COGNITO_DEFAULT' });
    expect(f).toMatchObject({ severity: 'warning', rule: 'sending-account', start: 0, end: 0 });
    expect(f?.message).toMatch(/50 emails a day/);
    expect(lintMessage({ kind: 'verification-email-code', body }).map((x) => x.rule)).toEqual(['sending-account']);
  });

  it('says nothing with SES (DEVELOPER) or for SMS', () => {
    expect(lintMessage({ kind: 'verification-email-code', body, sendingAccount: 'DEVELOPER' })).toEqual([]);
    expect(lintMessage({ kind: 'mfa-sms', body, sendingAccount: 'COGNITO_DEFAULT' })).toEqual([]);
  });
});

describe('SES templates', () => {
  const kind = 'ses-template' as const;
  it('passes {{var}}, helpers and triple braces', () => {
    const body = 'Hi {{name}}, {{#if vip}}welcome back{{else}}welcome{{/if}} {{{signature}}} {{ user.email }}';
    expect(lint({ kind, subject: 'Order {{orderId}}', body })).toEqual([]);
  });

  it('refuses {{ name } with its position and offers {{name}}', () => {
    const body = 'Hi {{ name }!';
    const [f] = lint({ kind, body });
    expect(f).toMatchObject({ severity: 'error', rule: 'ses-malformed-variable', start: 3, end: 12 });
    expect(applyEdit(body, f!.quickFix!.edit)).toBe('Hi {{name}}!');
  });

  it('refuses single braces and stray closers', () => {
    expect(rules({ kind, body: 'Hi {name}' })).toEqual(['ses-malformed-variable']);
    expect(rules({ kind, body: 'Hi name}}' })).toEqual(['ses-malformed-variable']);
    expect(rules({ kind, body: '<style>p{color:red}</style>{{x}}' })).toEqual([]);
  });

  it('does not apply the Cognito sender rule', () => {
    expect(lintMessage({ kind, body: '{{a}}' })).toEqual([]);
  });
});

describe('order', () => {
  it('puts errors first so the blocking ones are read first', () => {
    const found = lintMessage({ kind: 'verification-email-code', body: '<script></script>{code}' });
    expect(hasErrors(found)).toBe(true);
    expect(found.map((f) => f.severity)).toEqual(['error', 'warning', 'warning', 'warning']);
  });
});
