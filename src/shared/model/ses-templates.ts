import { z } from 'zod';

/**
 * SES email templates (sesv2 CreateEmailTemplate): a name, and a subject, HTML part and text part that may hold
 * `{{variable}}` handlebars tags, filled from the template data at send time.
 */

/** Up to 64 ASCII letters, digits, underscores or dashes: what SES accepts as a template name. */
export const sesTemplateNameSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'Up to 64 letters, digits, underscores (_) or dashes (-).');

/** SES caps a template at 500 KB; counted in characters here, the service counts bytes and has the last word. */
export const SES_TEMPLATE_MAX = 500_000;

export const sesTemplateSchema = z
  .object({
    name: sesTemplateNameSchema,
    subject: z.string().min(1, 'A subject is required.').max(SES_TEMPLATE_MAX),
    html: z.string().max(SES_TEMPLATE_MAX),
    text: z.string().max(SES_TEMPLATE_MAX),
  })
  .strict()
  .refine((t) => t.html.length > 0 || t.text.length > 0, {
    message: 'A template needs an HTML part, a text part, or both.',
    path: ['html'],
  })
  .refine((t) => t.subject.length + t.html.length + t.text.length <= SES_TEMPLATE_MAX, {
    message: 'SES templates are limited to 500 KB.',
    path: ['html'],
  });
export type SesTemplate = z.infer<typeof sesTemplateSchema>;

export const sesTemplateSummarySchema = z.object({
  name: z.string(),
  /** ISO 8601; ListEmailTemplates gives only the name and creation time. */
  createdAt: z.string().optional(),
});
export type SesTemplateSummary = z.infer<typeof sesTemplateSummarySchema>;

const isJsonObject = (text: string): boolean => {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
  } catch {
    return false;
  }
};

/**
 * Template data as SES takes it (TemplateData): the text of a JSON object whose keys the `{{variables}}` name, up to
 * 262,144 characters. Kept as text across IPC, so nesting is the user's own and the request stays a flat shape.
 */
export const sesTemplateDataSchema = z
  .string()
  .max(262_144, 'Template data is limited to 262,144 characters.')
  .refine(isJsonObject, 'Template data must be a JSON object, e.g. {"name": "Ada"}.');
export type SesTemplateData = z.infer<typeof sesTemplateDataSchema>;

/** TestRenderEmailTemplate's answer: the complete MIME message SES would send. */
export const sesRenderSchema = z.object({ mime: z.string() });
export type SesRender = z.infer<typeof sesRenderSchema>;

export const sesTestSendSchema = z
  .object({
    name: sesTemplateNameSchema,
    from: z.string().email('A sender address, e.g. no-reply@example.com.'),
    to: z.string().email('One recipient address.'),
    data: sesTemplateDataSchema,
  })
  .strict();
export type SesTestSend = z.infer<typeof sesTestSendSchema>;
