import {
  GetAccountCommand,
  type GetAccountCommandOutput,
  PutAccountDetailsCommand,
  SESv2Client,
} from '@aws-sdk/client-sesv2';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { requestProductionAccess } from '../../../../src/main/services/ses-account-details';
import { productionAccessRequestSchema, sesAccountSchema } from '../../../../src/shared/model/ses';

// No emulator implements PutAccountDetails (moto lacks it, aws-ses-v2-local serves only GetAccount): the answers are
// shaped as in the API reference (https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_GetAccount.html).
const GET_ACCOUNT_AFTER: Omit<GetAccountCommandOutput, '$metadata'> = {
  DedicatedIpAutoWarmupEnabled: false,
  EnforcementStatus: 'HEALTHY',
  ProductionAccessEnabled: false,
  SendingEnabled: true,
  SendQuota: { Max24HourSend: 200, MaxSendRate: 1, SentLast24Hours: 3 },
  SuppressionAttributes: { SuppressedReasons: ['BOUNCE', 'COMPLAINT'] },
  Details: {
    MailType: 'TRANSACTIONAL',
    WebsiteURL: 'https://app.example.com',
    ContactLanguage: 'EN',
    UseCaseDescription: 'Sign-up verification codes and invitations for our customer portal.',
    AdditionalContactEmailAddresses: ['ops@example.com'],
    ReviewDetails: { Status: 'PENDING', CaseId: '172839405' },
  },
};

describe('production access request (PutAccountDetails)', () => {
  const ses = mockClient(SESv2Client);
  beforeEach(() => ses.reset());

  it('sends every field with ProductionAccessEnabled and returns the review status AWS now reports', async () => {
    ses.on(PutAccountDetailsCommand).resolves({});
    ses.on(GetAccountCommand).resolves(GET_ACCOUNT_AFTER);
    const account = await requestProductionAccess(new SESv2Client({ region: 'eu-west-1' }), {
      mailType: 'TRANSACTIONAL',
      websiteUrl: 'https://app.example.com',
      useCaseDescription: 'Sign-up verification codes and invitations for our customer portal.',
      contactLanguage: 'EN',
      additionalContacts: ['ops@example.com'],
    });
    expect(ses.commandCalls(PutAccountDetailsCommand)[0]?.args[0].input).toEqual({
      MailType: 'TRANSACTIONAL',
      WebsiteURL: 'https://app.example.com',
      UseCaseDescription: 'Sign-up verification codes and invitations for our customer portal.',
      ContactLanguage: 'EN',
      AdditionalContactEmailAddresses: ['ops@example.com'],
      ProductionAccessEnabled: true,
    });
    expect(account).toMatchObject({
      productionAccessEnabled: false,
      reviewStatus: 'PENDING',
      reviewCaseId: '172839405',
    });
    expect(account.details).toMatchObject({ mailType: 'TRANSACTIONAL', additionalContacts: ['ops@example.com'] });
    expect(sesAccountSchema.safeParse(account).success).toBe(true);
  });

  it('leaves out empty optional fields instead of sending empty values', async () => {
    ses.on(PutAccountDetailsCommand).resolves({});
    ses.on(GetAccountCommand).resolves(GET_ACCOUNT_AFTER);
    await requestProductionAccess(new SESv2Client({ region: 'eu-west-1' }), {
      mailType: 'MARKETING',
      websiteUrl: 'https://example.com',
      useCaseDescription: '',
      contactLanguage: 'JA',
      additionalContacts: [],
    });
    const input = ses.commandCalls(PutAccountDetailsCommand)[0]?.args[0].input;
    expect(input).toEqual({
      MailType: 'MARKETING',
      WebsiteURL: 'https://example.com',
      ContactLanguage: 'JA',
      ProductionAccessEnabled: true,
    });
  });

  it('refuses bad requests before any call: five contacts, a non-http URL, an unknown language', () => {
    const base = {
      mailType: 'TRANSACTIONAL',
      websiteUrl: 'https://example.com',
      useCaseDescription: '',
      contactLanguage: 'EN',
      additionalContacts: [],
    };
    expect(productionAccessRequestSchema.safeParse(base).success).toBe(true);
    const five = ['a', 'b', 'c', 'd', 'e'].map((n) => `${n}@example.com`);
    expect(productionAccessRequestSchema.safeParse({ ...base, additionalContacts: five }).success).toBe(false);
    expect(productionAccessRequestSchema.safeParse({ ...base, websiteUrl: 'ftp://example.com' }).success).toBe(false);
    expect(productionAccessRequestSchema.safeParse({ ...base, contactLanguage: 'DE' }).success).toBe(false);
  });
});
