import { checkFromIdentity, checkIdentityRegion, checkReplyTo, checkSendingAccount } from './rules';
import { checkConfigurationSet, checkQuotaHeadroom, checkSandbox } from './rules-account';
import type { Finding, PreflightInput } from './types';

/** Every rule, in the order an administrator fixes things. */
export const RULES: readonly ((input: PreflightInput) => Finding)[] = [
  checkSendingAccount,
  checkFromIdentity,
  checkIdentityRegion,
  checkReplyTo,
  checkConfigurationSet,
  checkSandbox,
  checkQuotaHeadroom,
];

export function runPreflight(input: PreflightInput): Finding[] {
  return RULES.map((rule) => rule(input));
}

/** Failures and warnings: what the dashboard counts as open findings. */
export function openFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.status === 'fail' || f.status === 'warn');
}
