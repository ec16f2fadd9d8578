import type { SESv2Client } from '@aws-sdk/client-sesv2';
import { CreateEmailIdentityCommand, DeleteEmailIdentityCommand } from '@aws-sdk/client-sesv2';
import { AppError } from '../../shared/ipc/errors';
import type { SesIdentity } from '../../shared/model/ses';
import { describeIdentity } from './ses';

/**
 * Creates an email identity (SES mails a verification link to the address) or a domain identity with Easy DKIM
 * (no DkimSigningAttributes = SES generates the three DKIM tokens), and returns it as GetEmailIdentity now has it.
 */
export async function createIdentity(ses: SESv2Client, name: string): Promise<SesIdentity> {
  await ses.send(new CreateEmailIdentityCommand({ EmailIdentity: name }));
  return describeIdentity(ses, name);
}

/** Deletes an identity once its name is typed out; a pool sending from it stops delivering, so the name must match. */
export async function deleteIdentity(ses: SESv2Client, name: string, confirmName: string): Promise<void> {
  if (confirmName !== name) {
    throw new AppError('VALIDATION', `Type ${name} exactly to delete this identity.`);
  }
  await ses.send(new DeleteEmailIdentityCommand({ EmailIdentity: name }));
}
