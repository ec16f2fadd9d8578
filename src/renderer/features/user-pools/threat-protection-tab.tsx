import Alert from '@cloudscape-design/components/alert';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useCallback, useEffect, useState } from 'react';
import type { AppClientSummary } from '../../../shared/model/pool-clients';
import type { PoolRisk } from '../../../shared/model/pool-risk';
import { RISK_LABELS, poolRiskSchema } from '../../../shared/model/pool-risk';
import { valueLabelOf } from '../../../shared/model/pool-labels';
import { call } from '../../api';
import { draftKey } from '../../stores/pool-config';
import { FeatureForm } from './feature-form';
import { RiskFields } from './risk-fields';
import type { SectionProps } from './section-props';

const POOL_WIDE = '';

/** The plan and mode that decide whether the risk configuration applies, and a warning when the plan lacks it. */
function PlanAndMode({ settings }: { settings: Record<string, unknown> }) {
  const tier = typeof settings.UserPoolTier === 'string' ? settings.UserPoolTier : 'ESSENTIALS';
  const addOns = settings.UserPoolAddOns as { AdvancedSecurityMode?: string } | undefined;
  const mode = addOns?.AdvancedSecurityMode ?? 'OFF';
  return (
    <Container
      header={
        <Header variant="h2" description="The plan and the threat protection mode are set on the Security tab.">
          Threat protection
        </Header>
      }
    >
      <SpaceBetween size="m">
        {tier !== 'PLUS' ? (
          <Alert type="warning" data-testid="threat-plan-warning">
            Threat protection needs the Plus plan; this pool is on {valueLabelOf('UserPoolTier', tier)}. Cognito refuses
            a risk configuration until the plan is Plus and the mode is Audit only or Enforced.
          </Alert>
        ) : null}
        {tier === 'PLUS' && mode === 'OFF' ? (
          <Alert type="info" data-testid="threat-mode-off">
            Threat protection is off: a risk configuration is kept but not applied until the mode is Audit only or
            Enforced.
          </Alert>
        ) : null}
        <KeyValuePairs
          columns={2}
          items={[
            { label: 'Feature plan', value: valueLabelOf('UserPoolTier', tier) },
            {
              label: 'Threat protection mode',
              value: valueLabelOf('UserPoolAddOns.AdvancedSecurityMode', mode),
            },
          ]}
        />
      </SpaceBetween>
    </Container>
  );
}

/** Threat protection: the plan and mode, and the risk configuration (pool-wide or for one app client). */
export function ThreatProtectionTab({ poolRef, config, readOnly }: SectionProps) {
  const [clients, setClients] = useState<AppClientSummary[]>([]);
  const [clientId, setClientId] = useState(POOL_WIDE);
  // A client without a configuration of its own is described with the pool's: say so, since a save creates its own.
  const [inherited, setInherited] = useState(false);
  useEffect(() => {
    call('userPools:list-clients', poolRef)
      .then(setClients)
      .catch(() => setClients([]));
  }, [poolRef]);
  const load = useCallback(async () => {
    const scope = clientId === POOL_WIDE ? {} : { clientId };
    const view = await call('userPools:risk', { ...poolRef, ...scope });
    setInherited(clientId !== POOL_WIDE && view.clientId !== clientId);
    return view.risk;
  }, [poolRef, clientId]);
  const save = useCallback(
    async (risk: PoolRisk, expected: PoolRisk) => {
      const scope = clientId === POOL_WIDE ? {} : { clientId };
      const result = await call('userPools:set-risk', { ...poolRef, ...scope, risk, expected });
      return { changes: result.changes, settings: result.view.risk };
    },
    [poolRef, clientId],
  );
  const options = [
    { value: POOL_WIDE, label: 'Whole pool (every app client without its own)' },
    ...clients.map((c) => ({ value: c.clientId, label: `${c.name} (${c.clientId})` })),
  ];
  return (
    <SpaceBetween size="l">
      <PlanAndMode settings={config.settings} />
      <FormField label="Risk configuration for" description="An app client may have its own; others use the pool's.">
        <Select
          selectedOption={options.find((o) => o.value === clientId) ?? null}
          options={options}
          ariaLabel="Risk configuration for"
          onChange={(e) => setClientId(e.detail.selectedOption.value ?? POOL_WIDE)}
        />
      </FormField>
      {inherited ? (
        <Alert type="info" data-testid="risk-inherited">
          This app client has no risk configuration of its own and uses the pool&apos;s, shown below. Saving gives it
          its own.
        </Alert>
      ) : null}
      <FeatureForm
        key={clientId}
        draftKey={draftKey(poolRef, `risk:${clientId}`)}
        load={load}
        save={save}
        labels={RISK_LABELS}
        schema={poolRiskSchema}
        targetName={clientId === POOL_WIDE ? config.name : `app client ${clientId}`}
        label="risk configuration"
        testId="risk-configuration"
        readOnly={readOnly}
        unsupportedNote="This endpoint cannot read or save a risk configuration (DescribeRiskConfiguration / SetRiskConfiguration). The fields below start empty; their checks still work, but saving will be refused."
      >
        <RiskFields />
      </FeatureForm>
    </SpaceBetween>
  );
}
