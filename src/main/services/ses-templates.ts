import type { SESv2Client } from '@aws-sdk/client-sesv2';
import {
  CreateEmailTemplateCommand,
  DeleteEmailTemplateCommand,
  GetEmailTemplateCommand,
  paginateListEmailTemplates,
  SendEmailCommand,
  TestRenderEmailTemplateCommand,
  UpdateEmailTemplateCommand,
} from '@aws-sdk/client-sesv2';
import { AppError } from '../../shared/ipc/errors';
import type {
  SesRender,
  SesTemplate,
  SesTemplateData,
  SesTemplateSummary,
  SesTestSend,
} from '../../shared/model/ses-templates';

/** ListEmailTemplates takes 1 to 100 per page; fewer pages means fewer of SES's ~1 request/s per call. */
const PAGE_SIZE = 100;

export async function listSesTemplates(ses: SESv2Client, pageSize = PAGE_SIZE): Promise<SesTemplateSummary[]> {
  const out: SesTemplateSummary[] = [];
  for await (const page of paginateListEmailTemplates({ client: ses, pageSize }, { PageSize: pageSize })) {
    for (const t of page.TemplatesMetadata ?? []) {
      out.push({
        name: t.TemplateName ?? '',
        ...(t.CreatedTimestamp ? { createdAt: toIso(t.CreatedTimestamp) } : {}),
      });
    }
  }
  return out;
}

/** SDK dates are Dates; an emulator sending seconds may yield a number-like value, so read both. */
function toIso(value: Date | number): string {
  const date = value instanceof Date ? value : new Date(Number(value) * 1000);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}

export async function getSesTemplate(ses: SESv2Client, name: string): Promise<SesTemplate> {
  const got = await ses.send(new GetEmailTemplateCommand({ TemplateName: name }));
  const content = got.TemplateContent ?? {};
  return {
    name: got.TemplateName ?? name,
    subject: content.Subject ?? '',
    html: content.Html ?? '',
    text: content.Text ?? '',
  };
}

/** Empty parts are left out rather than sent empty: SES stores what it gets, and an empty part is no part. */
function content(t: SesTemplate) {
  return {
    Subject: t.subject,
    ...(t.html ? { Html: t.html } : {}),
    ...(t.text ? { Text: t.text } : {}),
  };
}

export async function createSesTemplate(ses: SESv2Client, template: SesTemplate): Promise<SesTemplate> {
  await ses.send(new CreateEmailTemplateCommand({ TemplateName: template.name, TemplateContent: content(template) }));
  return getSesTemplate(ses, template.name);
}

/** UpdateEmailTemplate replaces the whole content: the template as edited is sent in full. */
export async function updateSesTemplate(ses: SESv2Client, template: SesTemplate): Promise<SesTemplate> {
  await ses.send(new UpdateEmailTemplateCommand({ TemplateName: template.name, TemplateContent: content(template) }));
  return getSesTemplate(ses, template.name);
}

/** Deletes only when the typed confirmation names the template: a stale or mistaken click deletes nothing. */
export async function deleteSesTemplate(ses: SESv2Client, name: string, confirmName: string): Promise<null> {
  if (confirmName !== name) {
    throw new AppError('VALIDATION', `The confirmation "${confirmName}" does not match the template name "${name}".`);
  }
  await ses.send(new DeleteEmailTemplateCommand({ TemplateName: name }));
  return null;
}

/** TestRenderEmailTemplate renders the stored template (not unsaved edits) with the data, as the MIME message. */
export async function renderSesTemplate(ses: SESv2Client, name: string, data: SesTemplateData): Promise<SesRender> {
  const rendered = await ses.send(new TestRenderEmailTemplateCommand({ TemplateName: name, TemplateData: data }));
  return { mime: rendered.RenderedTemplate ?? '' };
}

/** Sends the stored template with the data to one address (SendEmail with Content.Template). */
export async function sendSesTemplate(ses: SESv2Client, send: SesTestSend): Promise<{ messageId: string }> {
  const sent = await ses.send(
    new SendEmailCommand({
      FromEmailAddress: send.from,
      Destination: { ToAddresses: [send.to] },
      Content: { Template: { TemplateName: send.name, TemplateData: send.data } },
    }),
  );
  return { messageId: sent.MessageId ?? '' };
}
