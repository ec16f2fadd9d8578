import type { Finding, PreflightInput } from './types';
import { sesRegionOf, usesSes } from './source';

const NOT_USED = 'Not used: the pool sends with Cognito’s default sender.';
const COGNITO_DAILY_LIMIT = 50;
const count = (n: number): string => n.toLocaleString('en-US');

/** A configuration set the pool names must exist in the SES region, or every send fails. */
export function checkConfigurationSet(input: PreflightInput): Finding {
  const base = { rule: 'configuration-set', title: 'Configuration set' } as const;
  const name = input.pool.configurationSet;
  if (!usesSes(input)) return { ...base, status: 'pass', why: NOT_USED };
  if (!name) return { ...base, status: 'pass', why: 'The pool names no configuration set.' };
  const region = sesRegionOf(input);
  const found = input.configurationSet;
  if (found.state === 'found') return { ...base, status: 'pass', why: `${name} exists in ${region}.` };
  if (found.state === 'error') {
    return { ...base, status: 'unknown', why: `Could not look up ${name} in ${region}: ${found.message}` };
  }
  return {
    ...base,
    status: 'fail',
    why: `The pool names the configuration set ${name}, which does not exist in ${region}: SES refuses the pool’s emails.`,
    fix: `Create ${name} in ${region}, or clear the pool’s configuration set.`,
    action: { kind: 'create-configuration-set', region, name },
  };
}

/** In the SES sandbox only verified recipients get mail: invitations and codes to real users fail. */
export function checkSandbox(input: PreflightInput): Finding {
  const base = { rule: 'ses-sandbox', title: 'SES sandbox' } as const;
  if (!usesSes(input)) return { ...base, status: 'pass', why: NOT_USED };
  const region = sesRegionOf(input);
  const account = input.account;
  if (account.state !== 'found') {
    return {
      ...base,
      status: 'unknown',
      why:
        account.state === 'error'
          ? `Could not check the SES account in ${region}: ${account.message}`
          : `Could not check the SES account in ${region}.`,
    };
  }
  if (!account.value.sendingEnabled) {
    return {
      ...base,
      status: 'fail',
      why: `Sending is paused for the SES account in ${region}: no email of this pool goes out.`,
      fix: 'Resolve the enforcement case in the AWS console (SES > Reputation metrics).',
    };
  }
  if (account.value.productionAccessEnabled) {
    return { ...base, status: 'pass', why: `The SES account in ${region} has production access.` };
  }
  return {
    ...base,
    status: 'fail',
    why:
      `The SES account in ${region} is in the sandbox: invitations and verification codes reach only verified ` +
      `addresses (at most ${count(account.value.max24HourSend ?? 200)} a day, ${account.value.maxSendRate ?? 1} a second); every other user gets nothing.`,
    fix: 'Request production access for this region.',
    action: { kind: 'request-production-access', region },
  };
}

/**
 * Every user gets at least one message (invitation or code), so a bulk invite or a password reset of the whole pool
 * needs about EstimatedNumberOfUsers sends: compare with the daily quota left.
 */
export function checkQuotaHeadroom(input: PreflightInput): Finding {
  const base = { rule: 'quota-headroom', title: 'Daily quota headroom' } as const;
  const users = input.pool.estimatedUsers ?? 0;
  if (!usesSes(input)) {
    if (users <= COGNITO_DAILY_LIMIT) {
      return {
        ...base,
        status: 'pass',
        why: `${count(users)} users fit in the default sender’s ${COGNITO_DAILY_LIMIT} a day.`,
      };
    }
    return {
      ...base,
      status: 'warn',
      why: `${count(users)} users, but the default sender sends ${COGNITO_DAILY_LIMIT} a day: messaging them all takes ${Math.ceil(users / COGNITO_DAILY_LIMIT)} days.`,
      fix: 'Send through Amazon SES.',
    };
  }
  const account = input.account;
  if (account.state !== 'found' || account.value.max24HourSend === undefined) {
    return {
      ...base,
      status: 'unknown',
      why: 'Could not read the SES sending quota (GetAccount), so headroom is unknown.',
    };
  }
  const max = account.value.max24HourSend;
  const left = Math.max(0, max - (account.value.sentLast24Hours ?? 0));
  if (users <= left) {
    return {
      ...base,
      status: 'pass',
      why: `${count(left)} of ${count(max)} sends left today cover the pool’s ${count(users)} users.`,
    };
  }
  return {
    ...base,
    status: 'warn',
    why: `${count(left)} of ${count(max)} sends left today, for ${count(users)} users: a bulk invitation or reset would stop part way.`,
    fix: 'Spread bulk invitations over several days, or ask AWS for a higher sending quota.',
  };
}
