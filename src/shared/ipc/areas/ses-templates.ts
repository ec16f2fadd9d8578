import { z } from 'zod';
import { profileNameSchema, regionSchema, profileRefSchema } from '../../model/profiles';
import {
  sesRenderSchema,
  sesTemplateDataSchema,
  sesTemplateNameSchema,
  sesTemplateSchema,
  sesTemplateSummarySchema,
  sesTestSendSchema,
} from '../../model/ses-templates';
import type { ChannelSpec } from '../channel-spec';

const ref = { profile: profileNameSchema, region: regionSchema };
const named = z.object({ ...ref, name: sesTemplateNameSchema }).strict();
const withTemplate = z.object({ ...ref, template: sesTemplateSchema }).strict();

/** SES (v2) email templates of the profile and region: list, read, write, render with SES, send a test. */
export const sesTemplateChannels = {
  'sesTemplates:list': { request: profileRefSchema, response: z.array(sesTemplateSummarySchema) },
  'sesTemplates:get': { request: named, response: sesTemplateSchema },
  'sesTemplates:create': { request: withTemplate, response: sesTemplateSchema, mutating: true },
  'sesTemplates:update': { request: withTemplate, response: sesTemplateSchema, mutating: true },
  'sesTemplates:delete': {
    request: named.extend({ confirmName: z.string().min(1, 'Type the template name to confirm').max(64) }).strict(),
    response: z.null(),
    mutating: true,
  },
  'sesTemplates:render': {
    request: z.object({ ...ref, name: sesTemplateNameSchema, data: sesTemplateDataSchema }).strict(),
    response: sesRenderSchema,
  },
  'sesTemplates:send': {
    request: z.object({ ...ref, send: sesTestSendSchema }).strict(),
    response: z.object({ messageId: z.string() }),
    mutating: true,
  },
} satisfies Record<string, ChannelSpec>;
