import { describe, expect, it } from 'vitest';
import { clientLabelOf, clientLabelsWithUnits } from '../../../src/shared/model/pool-labels';

describe('clientLabelsWithUnits', () => {
  it("names each token validity's stored unit", () => {
    const label = clientLabelsWithUnits({ TokenValidityUnits: { AccessToken: 'minutes', RefreshToken: 'hours' } });
    expect(label('AccessTokenValidity')).toBe('Access token validity (minutes)');
    expect(label('RefreshTokenValidity')).toBe('Refresh token validity (hours)');
  });

  it("falls back to Cognito's defaults where no unit is stored: hours, hours, days", () => {
    const label = clientLabelsWithUnits({});
    expect(label('AccessTokenValidity')).toBe('Access token validity (hours)');
    expect(label('IdTokenValidity')).toBe('ID token validity (hours)');
    expect(label('RefreshTokenValidity')).toBe('Refresh token validity (days)');
  });

  it('leaves every other path as clientLabelOf names it', () => {
    const label = clientLabelsWithUnits({ TokenValidityUnits: { AccessToken: 'days' } });
    expect(label('CallbackURLs')).toBe(clientLabelOf('CallbackURLs'));
    expect(label('TokenValidityUnits.AccessToken')).toBe('Access token validity unit');
    expect(label('AuthSessionValidity')).toBe('Authentication session validity (minutes)');
  });
});
