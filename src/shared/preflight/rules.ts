import type { Finding, PreflightInput } from './types';
import { fromAddress, identityNameOf, isEmail, parseSourceArn, sesRegionAllowed, sesRegionOf, usesSes } from './source';

const COGNITO_DAILY_LIMIT = 50;
const NOT_USED = 'Not used: the pool sends with Cognito’s default sender.';

/** Cognito's own sender is for testing: 50 emails a day for the whole account and region. */
export function checkSendingAccount(input: PreflightInput): Finding {
  const base = { rule: 'sending-account', title: 'Sending account' } as const;
  if (usesSes(input)) return { ...base, status: 'pass', why: 'The pool sends through your Amazon SES account.' };
  return {
    ...base,
    status: 'warn',
    why: `The pool uses Cognito’s default sender, limited to ${COGNITO_DAILY_LIMIT} emails a day and meant for testing; sign-ups beyond that get no code.`,
    fix: 'In “Email sending” on the pool’s Messaging tab, choose “Amazon SES” and a verified FROM identity.',
  };
}

/** The FROM identity must exist in SES and be verified (VerificationStatus SUCCESS). */
export function checkFromIdentity(input: PreflightInput): Finding {
  const base = { rule: 'from-identity', title: 'FROM identity verified' } as const;
  if (!usesSes(input)) return { ...base, status: 'pass', why: NOT_USED };
  const name = identityNameOf(input);
  const region = sesRegionOf(input);
  if (!input.pool.sourceArn || !name) {
    return {
      ...base,
      status: 'fail',
      why: 'The pool sends through SES but names no SES identity (SourceArn), so Cognito cannot send.',
      fix: 'On the Messaging tab, pick a verified identity as the FROM address.',
    };
  }
  const found = input.identity;
  if (found.state === 'error') {
    return { ...base, status: 'unknown', why: `Could not look up ${name} in ${region}: ${found.message}` };
  }
  if (found.state === 'missing') {
    return {
      ...base,
      status: 'fail',
      why: `${name} is not an SES identity in ${region}: every email of this pool fails.`,
      fix: `Create the identity ${name} in ${region}, then verify it.`,
      action: { kind: 'create-identity', region, identity: name },
    };
  }
  // VerificationStatus, not VerifiedForSendingStatus: moto always answers the latter with false.
  if (found.value.verificationStatus !== 'SUCCESS') {
    const how =
      found.value.type === 'EMAIL_ADDRESS' ? 'open the link in the verification email' : 'publish the DKIM records';
    return {
      ...base,
      status: 'fail',
      why: `${name} is ${found.value.verificationStatus ?? 'not verified'} in ${region}; SES refuses to send from an unverified identity.`,
      fix: `To verify it, ${how}, then re-check.`,
    };
  }
  const address = fromAddress(input.pool.from);
  if (address && !coversAddress(name, address)) {
    return {
      ...base,
      status: 'fail',
      why: `The FROM address ${address} is not covered by the identity ${name}.`,
      fix: `Use an address of ${name} as FROM, or verify ${address}.`,
    };
  }
  return { ...base, status: 'pass', why: `${name} is verified in ${region}.` };
}

function coversAddress(identity: string, address: string): boolean {
  if (identity.includes('@')) return identity.toLowerCase() === address.toLowerCase();
  const domain = address.split('@')[1]?.toLowerCase() ?? '';
  return domain === identity.toLowerCase() || domain.endsWith(`.${identity.toLowerCase()}`);
}

/** The SES identity's region must be one Cognito allows for the pool's region. */
export function checkIdentityRegion(input: PreflightInput): Finding {
  const base = { rule: 'identity-region', title: 'SES region allowed' } as const;
  if (!usesSes(input)) return { ...base, status: 'pass', why: NOT_USED };
  const parsed = parseSourceArn(input.pool.sourceArn);
  if (!parsed)
    return { ...base, status: 'unknown', why: 'The pool names no SES identity ARN, so there is no region to check.' };
  if (sesRegionAllowed(input.pool.region, parsed.region)) {
    return { ...base, status: 'pass', why: `SES in ${parsed.region} can send for a pool in ${input.pool.region}.` };
  }
  return {
    ...base,
    status: 'fail',
    why: `The identity is in ${parsed.region}; Cognito in ${input.pool.region} can use SES only in ${input.pool.region} (or, for some regions, us-east-1, us-west-2 or eu-west-1).`,
    fix: `Verify the identity in ${input.pool.region} and point the pool at it.`,
    action: { kind: 'create-identity', region: input.pool.region, identity: parsed.identity },
  };
}

/** REPLY-TO, when set, must be a valid address; otherwise replies go to the FROM address. */
export function checkReplyTo(input: PreflightInput): Finding {
  const base = { rule: 'reply-to', title: 'REPLY-TO address' } as const;
  const value = input.pool.replyTo?.trim();
  if (!value) return { ...base, status: 'pass', why: 'No REPLY-TO: replies go to the FROM address.' };
  if (isEmail(value)) return { ...base, status: 'pass', why: `Replies go to ${value}.` };
  return {
    ...base,
    status: 'fail',
    why: `“${value}” is not a valid email address; Cognito refuses to send with it.`,
    fix: 'On the Messaging tab, correct or clear the REPLY-TO address.',
  };
}
