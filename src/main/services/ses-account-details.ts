import type { SESv2Client } from '@aws-sdk/client-sesv2';
import { PutAccountDetailsCommand } from '@aws-sdk/client-sesv2';
import type { ProductionAccessRequest, SesAccount } from '../../shared/model/ses';
import { getSesAccount } from './ses';

/**
 * Asks AWS for production access in this region (PutAccountDetails with ProductionAccessEnabled), then returns the
 * account with the review status AWS now reports (Details.ReviewDetails: PENDING, then GRANTED/DENIED/FAILED).
 */
export async function requestProductionAccess(ses: SESv2Client, request: ProductionAccessRequest): Promise<SesAccount> {
  await ses.send(
    new PutAccountDetailsCommand({
      MailType: request.mailType,
      WebsiteURL: request.websiteUrl,
      UseCaseDescription: request.useCaseDescription || undefined,
      ContactLanguage: request.contactLanguage,
      AdditionalContactEmailAddresses: request.additionalContacts.length > 0 ? request.additionalContacts : undefined,
      ProductionAccessEnabled: true,
    }),
  );
  return getSesAccount(ses);
}
