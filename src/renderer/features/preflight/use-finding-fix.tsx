import type { ReactNode } from 'react';
import { useState } from 'react';
import type { Finding, FindingAction } from '../../../shared/preflight/types';
import { call, toApiError } from '../../api';
import { navigate } from '../../lib/use-hash-route';
import { useUi } from '../../stores/ui';
import { CreateConfigSetModal } from '../ses/create-config-set-modal';

/**
 * Applies a finding's fix for a profile, then calls `recheck` so the finding is checked again.
 * Creating an identity needs no more input; a configuration set opens its form prefilled with the missing name.
 */
export function useFindingFix(
  profile: string | undefined,
  recheck: () => void,
): { run: (finding: Finding, action: FindingAction) => void; busyRule?: string; modal: ReactNode } {
  const { toast, toastError } = useUi();
  const [busyRule, setBusyRule] = useState<string>();
  const [setFor, setSetFor] = useState<{ region: string; name: string }>();
  const run = (finding: Finding, action: FindingAction) => {
    if (!profile) return;
    if (action.kind === 'request-production-access') {
      navigate('#/ses/account');
      return;
    }
    if (action.kind === 'create-configuration-set') {
      setSetFor({ region: action.region, name: action.name });
      return;
    }
    setBusyRule(finding.rule);
    call('ses:create-identity', { profile, region: action.region, identity: action.identity })
      .then((identity) => {
        toast({
          type: 'success',
          header: `Created ${identity.name} in ${action.region}`,
          content:
            identity.verificationStatus === 'SUCCESS'
              ? 'It is verified.'
              : identity.type === 'EMAIL_ADDRESS'
                ? 'SES sent a verification link to the address; the check passes once it is opened.'
                : 'Publish its DKIM records (SES > Identities); the check passes once SES sees them.',
        });
        recheck();
      })
      .catch((e: unknown) => toastError(toApiError(e)))
      .finally(() => setBusyRule(undefined));
  };
  const modal =
    setFor && profile ? (
      <CreateConfigSetModal
        ref_={{ profile, region: setFor.region }}
        initialName={setFor.name}
        onCancel={() => setSetFor(undefined)}
        onCreated={(set) => {
          toast({ type: 'success', header: `Created ${set.name}` });
          setSetFor(undefined);
          recheck();
        }}
      />
    ) : null;
  return { run, busyRule, modal };
}
