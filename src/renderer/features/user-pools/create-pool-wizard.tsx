import Wizard from '@cloudscape-design/components/wizard';
import { useState } from 'react';
import type { PoolCreate } from '../../../shared/model/pool-create';
import type { ApiError } from '../../api';
import { call, errorTitle, toApiError } from '../../api';
import { navigate } from '../../lib/use-hash-route';
import { usePools } from '../../stores/pools';
import { useUi } from '../../stores/ui';
import { INITIAL_DRAFT, problems, toExtras, toInput } from './create-pool-draft';
import type { CreateDraft } from './create-pool-draft';
import { ReviewStep } from './create-pool-review';
import { ClientDomainStep, MessagingStep } from './create-pool-extras';
import { AttributesStep, SecurityStep, SignInStep } from './create-pool-steps';

/** The Create user pool wizard (#/pools?create=1): sign-in, attributes, security, review; fixed settings flagged. */
export function CreatePoolWizard({ profile, region }: { profile: string; region: string }) {
  const [d, setD] = useState<CreateDraft>(INITIAL_DRAFT);
  const [step, setStep] = useState(0);
  const [shown, setShown] = useState<Set<number>>(new Set());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const load = usePools((s) => s.load);
  const toast = useUi((s) => s.toast);
  const { byStep, byField } = problems(d);
  const set = (patch: Partial<CreateDraft>) => setD((old) => ({ ...old, ...patch }));
  // Errors show once the user tried to leave a step, not while they are still filling it in.
  const errors = shown.has(step) ? byField : {};
  const stepError = (i: number) =>
    shown.has(i) && (byStep[i]?.length ?? 0) > 0 ? 'Fix the fields above to continue.' : undefined;

  const submit = async (): Promise<void> => {
    if (byStep.some((p) => p.length > 0)) {
      setShown(new Set([0, 1, 2, 3, 4, 5]));
      setStep(byStep.findIndex((p) => p.length > 0));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const extras = toExtras(d);
      const { userPoolId, followUps } = await call('userPools:create', {
        profile,
        region,
        pool: toInput(d) as PoolCreate,
        extras,
      });
      toast({ type: 'success', header: `Created user pool ${d.name}` });
      // The pool exists either way: a failed client or domain is reported, to be added from its tab.
      for (const f of followUps.filter((x) => !x.ok)) {
        const what =
          f.step === 'client'
            ? `app client ${extras.initialClient?.ClientName ?? ''}`
            : `domain ${extras.domainPrefix ?? ''}`;
        toast({
          type: 'warning',
          header: `The pool was created, but its ${what} was not`,
          content: `${f.error?.code ?? 'ERROR'}: ${f.error?.message ?? 'unknown error'} Add it from the pool's tab.`,
        });
      }
      void load({ profile, region });
      navigate(`#/pools/${userPoolId}/overview`);
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };

  const props = { d, set, errors };
  return (
    <Wizard
      activeStepIndex={step}
      isLoadingNextStep={busy}
      onCancel={() => navigate('#/pools')}
      onSubmit={() => void submit()}
      onNavigate={(e) => {
        const next = e.detail.requestedStepIndex;
        if (next > step && (byStep[step]?.length ?? 0) > 0) {
          setShown(new Set([...shown, step]));
          return;
        }
        setStep(next);
      }}
      submitButtonText="Create user pool"
      i18nStrings={{
        stepNumberLabel: (n) => `Step ${n}`,
        collapsedStepsLabel: (n, total) => `Step ${n} of ${total}`,
        navigationAriaLabel: 'Steps',
        cancelButton: 'Cancel',
        previousButton: 'Previous',
        nextButton: 'Next',
        optional: 'optional',
      }}
      steps={[
        {
          title: 'Sign-in',
          description: 'How users identify themselves.',
          content: <SignInStep {...props} />,
          errorText: stepError(0),
        },
        {
          title: 'Attributes',
          description: 'What the pool stores about each user.',
          content: <AttributesStep {...props} />,
          errorText: stepError(1),
        },
        { title: 'Password, sign-up and MFA', content: <SecurityStep {...props} />, errorText: stepError(2) },
        {
          title: 'Plan, messaging and tags',
          description: 'The feature plan, and how the pool sends email and SMS.',
          content: <MessagingStep {...props} profile={profile} region={region} />,
          errorText: stepError(3),
        },
        {
          title: 'App client and domain',
          description: 'Optional: created right after the pool.',
          content: <ClientDomainStep {...props} region={region} />,
          errorText: stepError(4),
          isOptional: true,
        },
        {
          title: 'Review and create',
          content: <ReviewStep d={d} />,
          errorText: error ? `${errorTitle(error.code)} (${error.code}): ${error.message}` : undefined,
        },
      ]}
    />
  );
}
