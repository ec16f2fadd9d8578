import { useEffect } from 'react';
import { draftKeyParts, installDraftGuard } from '../../lib/draft-guard';
import type { ConnectedRef } from '../../lib/use-connected-ref';
import { draftKey } from '../../stores/pool-config';

export const SES_TEMPLATE_UNSAVED = 'This SES template has unsaved changes. Leave and discard them?';

/** SES template drafts live beside the pool drafts, under the pseudo pool id `ses` (pool ids hold an `_`). */
const SECTION = 'ses-template-';
export const sesDraftKey = (ref: ConnectedRef, name: string): string =>
  draftKey({ ...ref, userPoolId: 'ses' }, `${SECTION}${name}`);
export const sesTemplateHref = (name: string): string => `#/templates/ses/${encodeURIComponent(name)}`;

let installed = false;

/** Leaving an SES template with unsaved edits asks first, like the pool messages' guard. */
export function useSesTemplatesGuard(): void {
  useEffect(() => {
    if (installed) return;
    installed = true;
    installDraftGuard({
      message: SES_TEMPLATE_UNSAVED,
      owns: (key) => draftKeyParts(key).poolId === 'ses' && draftKeyParts(key).section.startsWith(SECTION),
      shows: (hash, key) => {
        const name = draftKeyParts(key).section.slice(SECTION.length);
        const page = sesTemplateHref(name);
        return hash === page || hash.startsWith(`${page}?`);
      },
    });
  }, []);
}
