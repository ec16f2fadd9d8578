import { describe, expect, it } from 'vitest';
import { assertTokenValidity } from '../../../../src/main/services/pool-clients';
import { mergeEdit } from '../../../../src/main/services/pool-settings';
import { clientEditSchema, clientFormSchema } from '../../../../src/shared/model/pool-clients';

const stored = { ClientName: 'web', AccessTokenValidity: 60, TokenValidityUnits: { AccessToken: 'minutes' } };
const refused = (edit: object) => {
  try {
    assertTokenValidity(mergeEdit(stored, edit));
    return undefined;
  } catch (e) {
    return (e as { code: string; details?: { issues?: unknown } }).code;
  }
};

describe('token validity after the merge', () => {
  it('reads an edited amount in the unit the client already has', () => {
    expect(refused({ AccessTokenValidity: 2 })).toBe('VALIDATION');
    expect(refused({ AccessTokenValidity: 300 })).toBeUndefined();
    expect(refused({ AccessTokenValidity: 1441 })).toBe('VALIDATION');
  });

  it('reads a stored amount in an edited unit', () => {
    expect(refused({ TokenValidityUnits: { AccessToken: 'days' } })).toBe('VALIDATION');
    expect(refused({ TokenValidityUnits: { AccessToken: 'hours' }, AccessTokenValidity: 24 })).toBeUndefined();
  });

  it('uses Cognito defaults (hours, hours, days) where the merged client has no unit', () => {
    expect(() => assertTokenValidity({ RefreshTokenValidity: 3651 })).toThrow('Refresh token validity must be');
    expect(() => assertTokenValidity({ IdTokenValidity: 24, RefreshTokenValidity: 3650 })).not.toThrow();
  });

  it('leaves an amount without its unit to the merged check at the boundary, but not in the editor draft', () => {
    expect(clientEditSchema.safeParse({ AccessTokenValidity: 300 }).success).toBe(true);
    expect(
      clientEditSchema.safeParse({ AccessTokenValidity: 300, TokenValidityUnits: { AccessToken: 'hours' } }).success,
    ).toBe(false);
    expect(clientFormSchema.safeParse({ AccessTokenValidity: 300 }).success).toBe(false);
  });
});
