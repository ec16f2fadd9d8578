import { randomUUID } from 'node:crypto';
import { CreateConfigurationSetCommand, CreateEmailIdentityCommand } from '@aws-sdk/client-sesv2';
import { describe, expect, inject, it } from 'vitest';
import { ClientCache } from '../../src/main/aws/clients';
import { toWireError } from '../../src/main/ipc/to-wire-error';
import { sesChannels } from '../../src/shared/ipc/areas/ses';
import { getSesAccount, listConfigurationSets, listSesIdentities } from '../../src/main/services/ses';

describe('SES views against moto', () => {
  const endpoint = inject('motoEndpoint');
  const cache = new ClientCache();
  const ses = cache.get(
    {
      name: 'ses-test',
      credentials: () => Promise.resolve({ accessKeyId: 'AKIATEST', secretAccessKey: 'x' }),
      endpoint: () => endpoint,
    },
    'eu-west-1',
    'sesv2',
  );
  const tag = randomUUID().slice(0, 8);

  it('lists email and domain identities with their verification status, and configuration sets', async () => {
    const email = `sender-${tag}@example.net`;
    const domain = `mail-${tag}.example.net`;
    const setName = `transactional-${tag}`;
    await ses.send(new CreateEmailIdentityCommand({ EmailIdentity: email }));
    await ses.send(new CreateEmailIdentityCommand({ EmailIdentity: domain }));
    await ses.send(new CreateConfigurationSetCommand({ ConfigurationSetName: setName }));

    const identities = await listSesIdentities(ses);
    expect(identities.find((i) => i.name === email)).toMatchObject({
      type: 'EMAIL_ADDRESS',
      verificationStatus: 'SUCCESS',
      dkimRecords: [],
    });
    // moto returns no DKIM tokens, so no records: real SES returns three (see the unit test of dkimRecords).
    expect(identities.find((i) => i.name === domain)).toMatchObject({ type: 'DOMAIN', dkimStatus: 'NOT_STARTED' });
    const sets = await listConfigurationSets(ses);
    // The response must fit the IPC contract (moto sends {} where SES sends a boolean).
    expect(sesChannels['ses:configuration-sets'].response.safeParse(sets).success).toBe(true);
    expect(sesChannels['ses:identities'].response.safeParse(identities).success).toBe(true);
    expect(sets.find((s) => s.name === setName)).toMatchObject({ name: setName, suppressedReasons: [] });
  });

  it('reports GetAccount, which moto lacks, as UNSUPPORTED naming the call', async () => {
    const error = await getSesAccount(ses).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(toWireError(error)).toMatchObject({
      code: 'UNSUPPORTED',
      message: 'This endpoint does not implement GetAccount.',
    });
  });
});
