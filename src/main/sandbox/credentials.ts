import type { AwsCredentialIdentity } from '@smithy/types';

/** Fake keys the emulator accepts; like real ones, they must never reach the renderer (the leak test scans for them). */
export const SANDBOX_CREDENTIALS: AwsCredentialIdentity = {
  accessKeyId: 'AKIALOCALSANDBOX0001',
  secretAccessKey: 'sandbox-secret-never-leaves-main-0001',
};
