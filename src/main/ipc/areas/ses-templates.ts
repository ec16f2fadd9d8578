import type { sesTemplateChannels } from '../../../shared/ipc/areas/ses-templates';
import {
  createSesTemplate,
  deleteSesTemplate,
  getSesTemplate,
  listSesTemplates,
  renderSesTemplate,
  sendSesTemplate,
  updateSesTemplate,
} from '../../services/ses-templates';
import type { AreaHandlers, HandlerDeps } from '../handler-deps';
import { awsFor } from '../handler-deps';

export function sesTemplateHandlers(deps: HandlerDeps): AreaHandlers<typeof sesTemplateChannels> {
  const ses = async (ref: { profile: string; region: string }, ctx: Parameters<typeof awsFor>[2]) =>
    (await awsFor(deps, ref, ctx)).sesv2;
  return {
    'sesTemplates:list': async (ref, ctx) => listSesTemplates(await ses(ref, ctx)),
    'sesTemplates:get': async (req, ctx) => getSesTemplate(await ses(req, ctx), req.name),
    'sesTemplates:create': async (req, ctx) => createSesTemplate(await ses(req, ctx), req.template),
    'sesTemplates:update': async (req, ctx) => updateSesTemplate(await ses(req, ctx), req.template),
    'sesTemplates:delete': async (req, ctx) => deleteSesTemplate(await ses(req, ctx), req.name, req.confirmName),
    'sesTemplates:render': async (req, ctx) => renderSesTemplate(await ses(req, ctx), req.name, req.data),
    'sesTemplates:send': async (req, ctx) => sendSesTemplate(await ses(req, ctx), req.send),
  };
}
