/** The fields of an SES identity this check reads (see SesIdentity). */
interface Identity {
  name: string;
  type: string;
  verificationStatus?: string;
}

/**
 * Whether SES in the sandbox would send to an address: the address itself, or its domain, is a verified identity.
 * Addresses compare case-insensitively, as SES matches identities.
 */
export function isVerifiedRecipient(address: string, identities: readonly Identity[]): boolean {
  const wanted = address.trim().toLowerCase();
  const domain = wanted.split('@')[1];
  return identities.some(
    (i) =>
      i.verificationStatus === 'SUCCESS' &&
      (i.type === 'DOMAIN' ? i.name.toLowerCase() === domain : i.name.toLowerCase() === wanted),
  );
}
