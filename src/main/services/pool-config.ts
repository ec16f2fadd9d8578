import { createHash } from 'node:crypto';
import type {
  CognitoIdentityProviderClient,
  SchemaAttributeType,
  UserPoolType,
} from '@aws-sdk/client-cognito-identity-provider';
import {
  AddCustomAttributesCommand,
  DescribeUserPoolCommand,
  UpdateUserPoolCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { AppError } from '../../shared/ipc/errors';
import { assertMergedPoolValid } from './pool-merged-checks';
import { assertUnchanged } from './version-check';
import type {
  PoolConfig,
  PoolEdit,
  PoolUpdateResult,
  PoolVersion,
  SchemaAttribute,
} from '../../shared/model/pool-config';
import type { CustomAttribute } from '../../shared/model/custom-attributes';
import { MAX_CUSTOM_ATTRIBUTES } from '../../shared/model/custom-attributes';
import type { Settings } from './pool-settings';
import { canonical, diffSettings, mergeEdit, toSettings, toUpdateRequest } from './pool-settings';

async function describeRaw(idp: CognitoIdentityProviderClient, userPoolId: string): Promise<UserPoolType> {
  const { UserPool: pool } = await idp.send(new DescribeUserPoolCommand({ UserPoolId: userPoolId }));
  if (!pool) throw new AppError('NOT_FOUND', `User pool ${userPoolId} does not exist.`);
  return pool;
}

export function fingerprintOf(settings: Settings): string {
  return createHash('sha256').update(canonical(settings)).digest('hex');
}

function schemaOf(attribute: SchemaAttributeType): SchemaAttribute {
  const name = attribute.Name ?? '';
  return {
    name,
    dataType: attribute.AttributeDataType,
    custom: name.startsWith('custom:') || name.startsWith('dev:'),
    required: attribute.Required === true,
    // Cognito omits Mutable for some standard attributes; they are mutable unless it says otherwise.
    mutable: attribute.Mutable !== false,
    developerOnly: attribute.DeveloperOnlyAttribute === true,
    minLength: attribute.StringAttributeConstraints?.MinLength,
    maxLength: attribute.StringAttributeConstraints?.MaxLength,
    minValue: attribute.NumberAttributeConstraints?.MinValue,
    maxValue: attribute.NumberAttributeConstraints?.MaxValue,
  };
}

/** A described pool as the editor's typed configuration. */
export function toPoolConfig(pool: UserPoolType): PoolConfig {
  const settings = toSettings(pool);
  return {
    id: pool.Id ?? '',
    name: pool.Name ?? '',
    arn: pool.Arn,
    status: pool.Status,
    createdAt: pool.CreationDate?.toISOString(),
    estimatedUsers: pool.EstimatedNumberOfUsers,
    domain: pool.Domain,
    customDomain: pool.CustomDomain,
    fixed: {
      usernameAttributes: pool.UsernameAttributes ?? [],
      aliasAttributes: pool.AliasAttributes ?? [],
      caseSensitive: pool.UsernameConfiguration?.CaseSensitive,
      schema: (pool.SchemaAttributes ?? []).map(schemaOf),
    },
    settings,
    version: { lastModifiedAt: pool.LastModifiedDate?.toISOString(), fingerprint: fingerprintOf(settings) },
  };
}

export async function describePoolConfig(idp: CognitoIdentityProviderClient, userPoolId: string): Promise<PoolConfig> {
  return toPoolConfig(await describeRaw(idp, userPoolId));
}

/** What an edit would change, without writing anything. */
export async function previewPoolUpdate(
  idp: CognitoIdentityProviderClient,
  userPoolId: string,
  edit: PoolEdit,
  expected?: PoolVersion,
): Promise<PoolUpdateResult> {
  const config = await describePoolConfig(idp, userPoolId);
  assertUnchanged(config.version, expected, `User pool ${config.name}`);
  const merged = mergeEdit(config.settings, edit);
  assertMergedPoolValid(merged);
  return { changes: diffSettings(config.settings, merged), config };
}

/**
 * Read-modify-write: describe, merge only the edited fields, send every updatable field (UpdateUserPool resets
 * what it is not sent), describe again. Returns what actually changed, measured by the two describes.
 */
export async function safeUpdatePool(
  idp: CognitoIdentityProviderClient,
  userPoolId: string,
  edit: PoolEdit,
  expected?: PoolVersion,
): Promise<PoolUpdateResult> {
  const before = await describePoolConfig(idp, userPoolId);
  assertUnchanged(before.version, expected, `User pool ${before.name}`);
  const merged = mergeEdit(before.settings, edit);
  assertMergedPoolValid(merged);
  if (diffSettings(before.settings, merged).length === 0) return { changes: [], config: before };
  await idp.send(new UpdateUserPoolCommand(toUpdateRequest(userPoolId, merged)));
  const after = await describePoolConfig(idp, userPoolId);
  return { changes: diffSettings(before.settings, after.settings), config: after };
}

/** Adds custom attributes (they can never be removed or renamed, so only adding exists). */
export async function addCustomAttributes(
  idp: CognitoIdentityProviderClient,
  userPoolId: string,
  attributes: CustomAttribute[],
): Promise<PoolConfig> {
  const before = await describePoolConfig(idp, userPoolId);
  const existing = before.fixed.schema.filter((a) => a.custom);
  const taken = new Set(existing.map((a) => a.name.replace(/^(dev:)?custom:/, '')));
  const clash = attributes.find((a) => taken.has(a.Name));
  if (clash) throw new AppError('VALIDATION', `The pool already has custom:${clash.Name}.`);
  if (existing.length + attributes.length > MAX_CUSTOM_ATTRIBUTES) {
    throw new AppError(
      'AWS_LIMIT',
      `A pool holds at most ${MAX_CUSTOM_ATTRIBUTES} custom attributes; this one has ${existing.length}.`,
    );
  }
  await idp.send(new AddCustomAttributesCommand({ UserPoolId: userPoolId, CustomAttributes: attributes }));
  return describePoolConfig(idp, userPoolId);
}
