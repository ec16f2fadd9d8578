import type {
  AccountTakeoverActionType,
  CognitoIdentityProviderClient,
  RiskConfigurationType,
  SetRiskConfigurationCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import {
  DescribeRiskConfigurationCommand,
  SetRiskConfigurationCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { AppError } from '../../shared/ipc/errors';
import { diffFlat } from '../../shared/model/flat-diff';
import type { ConfigChange } from '../../shared/model/pool-config';
import type { PoolRisk, PoolRiskView, RiskLevel } from '../../shared/model/pool-risk';
import { RISK_EVENTS, RISK_LABELS, RISK_LEVELS } from '../../shared/model/pool-risk';

const LEVEL_KEYS = { low: 'LowAction', medium: 'MediumAction', high: 'HighAction' } as const;

async function describeRaw(
  idp: CognitoIdentityProviderClient,
  userPoolId: string,
  clientId: string | undefined,
): Promise<RiskConfigurationType> {
  const out = await idp.send(
    new DescribeRiskConfigurationCommand({ UserPoolId: userPoolId, ...(clientId ? { ClientId: clientId } : {}) }),
  );
  return out.RiskConfiguration ?? {};
}

const nonEmpty = (list: string[] | undefined) => (list && list.length > 0 ? list : undefined);

/** The API's nested configuration, flattened for the editor; absent parts stay absent. */
export function toRisk(raw: RiskConfigurationType): PoolRisk {
  const risk: PoolRisk = {};
  const compromised = raw.CompromisedCredentialsRiskConfiguration;
  if (compromised?.Actions?.EventAction) risk.compromisedAction = compromised.Actions.EventAction;
  if (compromised?.EventFilter?.length)
    risk.compromisedEvents = RISK_EVENTS.filter((e) => compromised.EventFilter?.includes(e));
  const takeover = raw.AccountTakeoverRiskConfiguration;
  for (const level of RISK_LEVELS) {
    const action = takeover?.Actions?.[LEVEL_KEYS[level]];
    if (!action?.EventAction) continue;
    risk[`${level}Action`] = action.EventAction;
    risk[`${level}Notify`] = action.Notify === true;
  }
  if (takeover?.NotifyConfiguration?.SourceArn) risk.notifySourceArn = takeover.NotifyConfiguration.SourceArn;
  const blocked = nonEmpty(raw.RiskExceptionConfiguration?.BlockedIPRangeList);
  const skipped = nonEmpty(raw.RiskExceptionConfiguration?.SkippedIPRangeList);
  if (blocked) risk.blockedIpRanges = blocked;
  if (skipped) risk.skippedIpRanges = skipped;
  return risk;
}

function toView(raw: RiskConfigurationType): PoolRiskView {
  return {
    risk: toRisk(raw),
    // Cognito names the pool-wide configuration ClientId "ALL".
    ...(raw.ClientId && raw.ClientId !== 'ALL' ? { clientId: raw.ClientId } : {}),
    ...(raw.LastModifiedDate ? { lastModifiedAt: raw.LastModifiedDate.toISOString() } : {}),
  };
}

export async function describeRisk(
  idp: CognitoIdentityProviderClient,
  userPoolId: string,
  clientId?: string,
): Promise<PoolRiskView> {
  return toView(await describeRaw(idp, userPoolId, clientId));
}

/**
 * The SetRiskConfiguration request for `desired`. SetRiskConfiguration replaces the whole configuration of its
 * scope, so every part is sent; what the editor does not show (the notification email templates, From, ReplyTo)
 * is copied from `raw`.
 */
export function riskRequest(
  userPoolId: string,
  clientId: string | undefined,
  desired: PoolRisk,
  raw: RiskConfigurationType,
): SetRiskConfigurationCommandInput {
  const request: SetRiskConfigurationCommandInput = {
    UserPoolId: userPoolId,
    ...(clientId ? { ClientId: clientId } : {}),
  };
  if (desired.compromisedAction) {
    request.CompromisedCredentialsRiskConfiguration = {
      Actions: { EventAction: desired.compromisedAction },
      ...(desired.compromisedEvents?.length ? { EventFilter: desired.compromisedEvents } : {}),
    };
  }
  const actions: Partial<Record<(typeof LEVEL_KEYS)[RiskLevel], AccountTakeoverActionType>> = {};
  for (const level of RISK_LEVELS) {
    const action = desired[`${level}Action`];
    if (action) actions[LEVEL_KEYS[level]] = { EventAction: action, Notify: desired[`${level}Notify`] === true };
  }
  if (Object.keys(actions).length > 0) {
    const kept = raw.AccountTakeoverRiskConfiguration?.NotifyConfiguration;
    request.AccountTakeoverRiskConfiguration = {
      Actions: actions,
      ...(desired.notifySourceArn ? { NotifyConfiguration: { ...kept, SourceArn: desired.notifySourceArn } } : {}),
    };
  }
  if (desired.blockedIpRanges?.length || desired.skippedIpRanges?.length) {
    request.RiskExceptionConfiguration = {
      ...(desired.blockedIpRanges?.length ? { BlockedIPRangeList: desired.blockedIpRanges } : {}),
      ...(desired.skippedIpRanges?.length ? { SkippedIPRangeList: desired.skippedIpRanges } : {}),
    };
  }
  return request;
}

/**
 * Read-modify-write: describe, refuse with CONFLICT when the configuration moved since `expected` was loaded, send
 * the whole desired configuration, and report what actually changed by describing again.
 */
export async function setRisk(
  idp: CognitoIdentityProviderClient,
  userPoolId: string,
  clientId: string | undefined,
  desired: PoolRisk,
  expected: PoolRisk | undefined,
): Promise<{ changes: ConfigChange[]; view: PoolRiskView }> {
  const raw = await describeRaw(idp, userPoolId, clientId);
  const before = toRisk(raw);
  if (expected && diffFlat(before, expected, RISK_LABELS).length > 0) {
    throw new AppError('CONFLICT', 'The risk configuration was changed elsewhere since it was loaded.');
  }
  await idp.send(new SetRiskConfigurationCommand(riskRequest(userPoolId, clientId, desired, raw)));
  const view = await describeRisk(idp, userPoolId, clientId);
  return { changes: diffFlat(before, view.risk, RISK_LABELS), view };
}
