import type { PreflightInput } from './types';

/** `arn:aws:ses:eu-west-1:123456789012:identity/example.com` -> its region and identity name. */
export function parseSourceArn(arn: string | undefined): { region: string; identity: string } | undefined {
  const match = /^arn:aws[\w-]*:ses:([a-z0-9-]+):\d*:identity\/(.+)$/.exec(arn ?? '');
  return match?.[1] && match[2] ? { region: match[1], identity: match[2] } : undefined;
}

/** The address of a FROM value such as `Example <no-reply@example.com>` or `no-reply@example.com`. */
export function fromAddress(from: string | undefined): string | undefined {
  if (!from) return undefined;
  const angle = /<([^<>]+)>\s*$/.exec(from);
  return (angle?.[1] ?? from).trim();
}

const EMAIL = /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+\.[^\s@<>(),;:"[\]]+$/;
export function isEmail(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value);
}

/** Cognito sends through SES only when EmailSendingAccount is DEVELOPER; otherwise with its own test sender. */
export function usesSes(input: PreflightInput): boolean {
  return input.pool.sendingAccount === 'DEVELOPER';
}

/** The region whose SES sends this pool's mail: the SourceArn's, else the pool's own. */
export function sesRegionOf(input: PreflightInput): string {
  return parseSourceArn(input.pool.sourceArn)?.region ?? input.pool.region;
}

/** The identity to create when it is missing: SourceArn's, else the FROM address. */
export function identityNameOf(input: PreflightInput): string | undefined {
  return parseSourceArn(input.pool.sourceArn)?.identity ?? fromAddress(input.pool.from);
}

/**
 * SES regions Cognito accepts for a pool: its own region, and the three "backward compatible" regions
 * (us-east-1, us-west-2, eu-west-1) that pools created before 2022 could use from any region. The Cognito developer
 * guide ("Email settings for Amazon Cognito user pools") lists, per pool region, which of those are allowed; a
 * region outside this set is always refused.
 */
export const LEGACY_SES_REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1'] as const;

export function sesRegionAllowed(poolRegion: string, sesRegion: string): boolean {
  return poolRegion === sesRegion || (LEGACY_SES_REGIONS as readonly string[]).includes(sesRegion);
}
