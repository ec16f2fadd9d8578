import { describe, expect, it } from 'vitest';
import { fillSample, looksLikeHtml } from '../../../../src/shared/templates/sample';
import { currentText, isCustomized, POOL_MESSAGES, withDefaults } from '../../../../src/shared/templates/pool-messages';

const sample = { code: '123456', username: 'a<b' };

describe('fillSample', () => {
  it('fills the code, escapes the user name and turns {##text##} into a link', () => {
    expect(fillSample('<p>{username}: {####} {##Verify now##}</p>', sample, true)).toBe(
      '<p>a&lt;b: 123456 <a href="#verify">Verify now</a></p>',
    );
  });

  it('escapes plain text and keeps its line breaks in a pre-wrap block', () => {
    expect(fillSample('1 < 2\n{####}', sample, false)).toBe('<div class="plain-text">1 &lt; 2\n123456</div>');
  });

  it('tells HTML from text', () => {
    expect(looksLikeHtml('<b>x</b>')).toBe(true);
    expect(looksLikeHtml('a < b and c > d')).toBe(false);
  });
});

describe('pool messages', () => {
  const invitation = POOL_MESSAGES.find((m) => m.kind === 'invitation-email')!;
  it('reads an unset message as Cognito default text, not customized', () => {
    expect(currentText({}, invitation).subject).toBe('Your temporary password');
    expect(isCustomized({}, invitation)).toBe(false);
  });

  it('sees custom text and fills defaults in without touching other settings', () => {
    const settings = {
      AdminCreateUserConfig: {
        AllowAdminCreateUserOnly: true,
        InviteMessageTemplate: { EmailMessage: 'x {username} {####}' },
      },
    };
    expect(isCustomized(settings, invitation)).toBe(true);
    expect(withDefaults(settings, invitation)).toEqual({
      AdminCreateUserConfig: {
        AllowAdminCreateUserOnly: true,
        InviteMessageTemplate: { EmailMessage: 'x {username} {####}', EmailSubject: 'Your temporary password' },
      },
    });
  });
});
