import { describe, expect, it } from 'vitest';
import { fillSes, sampleSesData } from '../../../../src/shared/templates/ses-fill';
import { importSesTemplate, sesTemplateFiles } from '../../../../src/shared/templates/ses-files';
import { isVerifiedRecipient } from '../../../../src/shared/templates/ses-recipient';

const template = {
  name: 'order-shipped',
  subject: 'Order {{orderId}}',
  html: '<p>Hi {{name}}</p>\r\n<!-- x -->',
  text: 'Hi {{name}}\n',
};

describe('SES template files', () => {
  it('exports .json (name and subject), .html and .txt, and imports them back unchanged', () => {
    const files = sesTemplateFiles(template);
    expect(files.map((f) => f.name)).toEqual(['order-shipped.json', 'order-shipped.html', 'order-shipped.txt']);
    expect(JSON.parse(files[0]?.content ?? '')).toEqual({
      TemplateName: 'order-shipped',
      TemplateContent: { Subject: 'Order {{orderId}}' },
    });
    expect(importSesTemplate(files)).toEqual({ ok: true, template });
  });

  it('leaves out an empty part, and reads the output of aws sesv2 get-email-template', () => {
    expect(sesTemplateFiles({ ...template, text: '' }).map((f) => f.name)).not.toContain('order-shipped.txt');
    const cli = JSON.stringify({ TemplateName: 'cli', TemplateContent: { Subject: 's', Html: '<b>h</b>', Text: 't' } });
    expect(importSesTemplate([{ name: 'x.json', type: '', content: cli }])).toEqual({
      ok: true,
      template: { name: 'cli', subject: 's', html: '<b>h</b>', text: 't' },
    });
  });

  it('names what is wrong: bad JSON, an unknown file type, a missing subject', () => {
    expect(importSesTemplate([{ name: 'a.json', type: '', content: '{' }])).toMatchObject({
      ok: false,
      errors: [expect.stringContaining('a.json is not valid JSON')],
    });
    expect(importSesTemplate([{ name: 'a.md', type: '', content: '' }])).toMatchObject({
      ok: false,
      errors: ['a.md: expected a .json, .html or .txt file.'],
    });
    expect(importSesTemplate([{ name: 'welcome.html', type: '', content: '<p>x</p>' }])).toMatchObject({
      ok: false,
      errors: ['subject: A subject is required.'],
    });
    expect(importSesTemplate([{ name: 'welcome.html', type: '', content: '<p>x</p>' }], { subject: 'Hi' })).toEqual({
      ok: true,
      template: { name: 'welcome', subject: 'Hi', html: '<p>x</p>', text: '' },
    });
  });
});

describe('the local SES preview fill', () => {
  it('fills variables, dotted paths and if/else, and leaves missing ones empty', () => {
    const data = { name: 'Ada', order: { id: 42 }, vip: true };
    expect(fillSes('Hi {{name}} #{{ order.id }} {{{name}}}{{missing}}.', data)).toBe('Hi Ada #42 Ada.');
    expect(fillSes('{{#if vip}}Gold{{else}}Basic{{/if}} {{#if nope}}x{{/if}}', data)).toBe('Gold ');
    expect(fillSes('{{#each items}}x{{/each}}', data)).toBe('x');
  });

  it('builds sample data for every variable, nested for dotted names and block conditions', () => {
    expect(sampleSesData('Hi {{name}}', '{{order.id}} {{#if vip}}!{{/if}}')).toEqual({
      name: 'Sample name',
      order: { id: 'Sample order id' },
      vip: 'Sample vip',
    });
  });
});

describe('SES sandbox recipients', () => {
  const identities = [
    { name: 'support@example.com', type: 'EMAIL_ADDRESS', verificationStatus: 'SUCCESS' },
    { name: 'pending@example.org', type: 'EMAIL_ADDRESS', verificationStatus: 'PENDING' },
    { name: 'Verified.Example', type: 'DOMAIN', verificationStatus: 'SUCCESS' },
  ];
  it('counts a verified address or an address at a verified domain, case-insensitively', () => {
    expect(isVerifiedRecipient('Support@Example.com', identities)).toBe(true);
    expect(isVerifiedRecipient('anyone@verified.example', identities)).toBe(true);
    expect(isVerifiedRecipient('pending@example.org', identities)).toBe(false);
    expect(isVerifiedRecipient('someone@example.com', identities)).toBe(false);
    expect(isVerifiedRecipient('verified.example', identities)).toBe(false);
  });
});
