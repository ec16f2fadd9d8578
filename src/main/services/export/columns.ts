import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { DescribeUserPoolCommand, GetCSVHeaderCommand } from '@aws-sdk/client-cognito-identity-provider';
import { toWireError } from '../../ipc/to-wire-error';
import type { Throttle } from '../../jobs/limits';
import { STANDARD_ATTRIBUTES } from '../../../shared/model/users';
import { DOCUMENTED_IMPORT_HEADER } from './cognito-csv';

/** The standard attributes in Cognito's schema order, plus identities (federated users' links). */
const STANDARD_COLUMNS = ['sub', ...STANDARD_ATTRIBUTES.filter((a) => a !== 'sub'), 'identities'];

export interface PoolShape {
  /** Every attribute in the pool's schema (standard and custom), in schema order. */
  attributes: string[];
  estimatedUsers?: number;
  mfa: 'OFF' | 'ON' | 'OPTIONAL';
}

export async function describePoolShape(
  idp: CognitoIdentityProviderClient,
  userPoolId: string,
  throttle: Throttle,
  signal?: AbortSignal,
): Promise<PoolShape> {
  await throttle('UserPoolRead', signal);
  const { UserPool } = await idp.send(new DescribeUserPoolCommand({ UserPoolId: userPoolId }), { abortSignal: signal });
  const schema = (UserPool?.SchemaAttributes ?? []).map((a) => a.Name ?? '').filter((n) => n !== '');
  // Every pool holds the standard attributes; moto lists only the ones named at creation, so add them.
  const attributes = [...new Set([...STANDARD_COLUMNS, ...schema])];
  return {
    attributes,
    ...(UserPool?.EstimatedNumberOfUsers !== undefined ? { estimatedUsers: UserPool.EstimatedNumberOfUsers } : {}),
    mfa: UserPool?.MfaConfiguration ?? 'OFF',
  };
}

/**
 * GetCSVHeader's columns; where the endpoint lacks the call (moto), the documented header plus the pool's custom
 * attributes, which is what GetCSVHeader answers for such a pool.
 */
export async function importHeader(
  idp: CognitoIdentityProviderClient,
  userPoolId: string,
  shape: PoolShape,
  throttle: Throttle,
  signal?: AbortSignal,
): Promise<string[]> {
  try {
    await throttle('UserPoolRead', signal);
    const { CSVHeader } = await idp.send(new GetCSVHeaderCommand({ UserPoolId: userPoolId }), { abortSignal: signal });
    if (CSVHeader && CSVHeader.length > 0) return CSVHeader;
  } catch (cause) {
    if (toWireError(cause).code !== 'UNSUPPORTED') throw cause;
  }
  return [...DOCUMENTED_IMPORT_HEADER, ...shape.attributes.filter((a) => a.startsWith('custom:'))];
}
