import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ClientCache } from '../../src/main/aws/clients';
import { toWireError } from '../../src/main/ipc/to-wire-error';
import type { MotoServer } from '../../src/main/sandbox/moto-process';
import { withSesRouter } from '../../src/main/sandbox/ses-router';
import {
  createSesTemplate,
  deleteSesTemplate,
  getSesTemplate,
  listSesTemplates,
  renderSesTemplate,
  sendSesTemplate,
  updateSesTemplate,
} from '../../src/main/services/ses-templates';
import { sesTemplateChannels } from '../../src/shared/ipc/areas/ses-templates';

/** HTML with what tends to get mangled on the way: entities, CRLF, tabs, non-ASCII, a comment, a conditional. */
const HTML =
  '<!doctype html>\r\n<html><head><style>p{margin:0}</style></head>\r\n<body>\t<p>Hallo {{name}} &amp; ' +
  '&lt;friends&gt; — ümlaut, 日本語, \u{1F600}</p><!-- keep me --><!--[if mso]><b>x</b><![endif]-->\n' +
  '{{#if code}}<p>Code: {{code}}</p>{{/if}}</body></html>';

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (e: unknown) => toWireError(e),
  );

describe('SES email templates against aws-ses-v2-local (through the sandbox router)', () => {
  const motoEndpoint = inject('motoEndpoint');
  let router: MotoServer;
  const cache = new ClientCache();
  const ses = () =>
    cache.get(
      {
        name: `ses-templates-${router.endpoint}`,
        credentials: () => Promise.resolve({ accessKeyId: 'AKIATEST', secretAccessKey: 'x' }),
        endpoint: () => router.endpoint,
      },
      'eu-west-1',
      'sesv2',
    );

  beforeAll(async () => {
    router = await withSesRouter({ endpoint: motoEndpoint, stop: () => Promise.resolve() });
  });
  afterAll(async () => {
    cache.clear();
    await router.stop();
  });

  it('creates, reads back byte for byte, renders, updates and deletes a template', async () => {
    const template = { name: 'welcome-it', subject: 'Welcome, {{name}}', html: HTML, text: 'Hi {{name}}\r\n' };
    const created = await createSesTemplate(ses(), template);
    expect(created).toEqual(template);
    expect(sesTemplateChannels['sesTemplates:get'].response.parse(created)).toEqual(template);
    const read = await getSesTemplate(ses(), 'welcome-it');
    expect(Buffer.from(read.html, 'utf8').equals(Buffer.from(HTML, 'utf8'))).toBe(true);

    const rendered = await renderSesTemplate(ses(), 'welcome-it', JSON.stringify({ name: 'Ada', code: '123456' }));
    expect(rendered.mime).toMatch(/^Subject: Welcome, Ada$/m);
    expect(rendered.mime).toContain('Content-Type: multipart/alternative');
    expect(rendered.mime).toContain('text/html');

    const updated = await updateSesTemplate(ses(), { ...template, subject: 'Hello {{name}}', text: '' });
    expect(updated).toEqual({ ...template, subject: 'Hello {{name}}', text: '' });
    const again = await renderSesTemplate(ses(), 'welcome-it', JSON.stringify({ name: 'Grace', code: '1' }));
    expect(again.mime).toMatch(/^Subject: Hello Grace$/m);

    expect(await failure(deleteSesTemplate(ses(), 'welcome-it', 'welcome'))).toMatchObject({ code: 'VALIDATION' });
    await deleteSesTemplate(ses(), 'welcome-it', 'welcome-it');
    expect(await failure(getSesTemplate(ses(), 'welcome-it'))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lists every template across pages', async () => {
    const names = Array.from({ length: 7 }, (_, i) => `paged-${i}`);
    for (const name of names) await createSesTemplate(ses(), { name, subject: 's', html: '', text: 't' });
    const listed = await listSesTemplates(ses(), 3);
    expect(listed.map((t) => t.name)).toEqual(expect.arrayContaining(names));
    expect(new Set(listed.map((t) => t.name)).size).toBe(listed.length);
    expect(listed.find((t) => t.name === 'paged-0')?.createdAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(sesTemplateChannels['sesTemplates:list'].response.safeParse(listed).success).toBe(true);
    for (const name of names) await deleteSesTemplate(ses(), name, name);
  });

  it('says which template exists already, and that rendering needs every variable', async () => {
    const t = { name: 'dupe', subject: 'Hi {{name}}', html: '<p>{{name}}</p>', text: '' };
    await createSesTemplate(ses(), t);
    expect(await failure(createSesTemplate(ses(), t))).toMatchObject({ code: 'CONFLICT' });
    expect(await failure(renderSesTemplate(ses(), 'dupe', '{}'))).toMatchObject({ code: 'VALIDATION' });
    const sent = await sendSesTemplate(ses(), {
      name: 'dupe',
      from: 'no-reply@example.com',
      to: 'ada@example.com',
      data: JSON.stringify({ name: 'Ada' }),
    });
    expect(sent.messageId).not.toBe('');
    const store = (await (await fetch(`${router.endpoint}/ses-local/store`)).json()) as {
      emails: { subject: string; destination: { to: string[] } }[];
    };
    expect(store.emails.at(-1)).toMatchObject({ subject: 'Hi Ada', destination: { to: ['ada@example.com'] } });
    await deleteSesTemplate(ses(), 'dupe', 'dupe');
  });
});
