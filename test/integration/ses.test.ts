import { randomUUID } from 'node:crypto';
import { CreateUserPoolCommand } from '@aws-sdk/client-cognito-identity-provider';
import { CreateConfigurationSetCommand, CreateEmailIdentityCommand } from '@aws-sdk/client-sesv2';
import { describe, expect, inject, it } from 'vitest';
import { ClientCache } from '../../src/main/aws/clients';
import { toWireError } from '../../src/main/ipc/to-wire-error';
import { sesChannels } from '../../src/shared/ipc/areas/ses';
import { describeIdentity, getSesAccount, listConfigurationSets, listSesIdentities } from '../../src/main/services/ses';
import { createIdentity, deleteIdentity } from '../../src/main/services/ses-identities';
import {
  configurationSetUses,
  createConfigurationSet,
  deleteConfigurationSet,
  describeConfigurationSet,
} from '../../src/main/services/ses-config-sets';

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
    // The DKIM records of a domain are checked in the create/delete test below.
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

  it('creates, lists, gets and deletes an email and a domain identity, with three DKIM records for the domain', async () => {
    const email = `launch-${tag}@example.org`;
    const domain = `dkim-${tag}.example.org`;
    expect(await createIdentity(ses, email)).toMatchObject({ name: email, type: 'EMAIL_ADDRESS', dkimRecords: [] });
    const created = await createIdentity(ses, domain);
    // sesv2 GetEmailIdentity in moto omits DkimAttributes.Tokens: the records come from SES v1 GetIdentityDkimAttributes.
    expect(created).toMatchObject({ name: domain, type: 'DOMAIN' });
    expect(created.dkimRecords).toHaveLength(3);
    for (const record of created.dkimRecords) {
      expect(record.name).toMatch(new RegExp(`^[a-z0-9]+\\._domainkey\\.${domain.replace(/\./g, '\\.')}$`));
      expect(record.value).toBe(`${record.name.split('.')[0]}.dkim.amazonses.com`);
    }
    const listed = await listSesIdentities(ses);
    expect(listed.find((i) => i.name === domain)?.dkimRecords).toEqual(created.dkimRecords);
    expect((await describeIdentity(ses, email)).verificationStatus).toBe('SUCCESS');

    await expect(deleteIdentity(ses, domain, 'wrong')).rejects.toMatchObject({ code: 'VALIDATION' });
    await deleteIdentity(ses, domain, domain);
    await deleteIdentity(ses, email, email);
    const after = (await listSesIdentities(ses)).map((i) => i.name);
    expect(after).not.toContain(domain);
    expect(after).not.toContain(email);
    expect(toWireError(await describeIdentity(ses, domain).catch((e: unknown) => e))).toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('creates a configuration set with its options, names the pools that use it, and deletes it', async () => {
    const name = `crud-${tag}`;
    const created = await createConfigurationSet(ses, {
      name,
      sendingEnabled: true,
      reputationMetricsEnabled: true,
      suppressedReasons: ['BOUNCE', 'COMPLAINT'],
      tlsPolicy: 'REQUIRE',
    });
    expect(created).toMatchObject({ name, tlsPolicy: 'REQUIRE', suppressedReasons: ['BOUNCE', 'COMPLAINT'] });
    expect(sesChannels['ses:configuration-sets'].response.element.safeParse(created).success).toBe(true);
    expect((await listConfigurationSets(ses)).map((s) => s.name)).toContain(name);

    const idp = cache.get(
      {
        name: 'ses-test',
        credentials: () => Promise.resolve({ accessKeyId: 'AKIATEST', secretAccessKey: 'x' }),
        endpoint: () => endpoint,
      },
      'eu-west-1',
      'cognitoIdp',
    );
    const { UserPool } = await idp.send(
      new CreateUserPoolCommand({
        PoolName: `uses-${tag}`,
        EmailConfiguration: { EmailSendingAccount: 'DEVELOPER', ConfigurationSet: name },
      }),
    );
    const uses = await configurationSetUses(idp);
    expect(uses.find((u) => u.name === name)?.pools).toEqual([{ id: UserPool?.Id, name: `uses-${tag}` }]);

    await expect(deleteConfigurationSet(ses, name, 'nope')).rejects.toMatchObject({ code: 'VALIDATION' });
    await deleteConfigurationSet(ses, name, name);
    expect((await listConfigurationSets(ses)).map((s) => s.name)).not.toContain(name);
    expect(toWireError(await describeConfigurationSet(ses, name).catch((e: unknown) => e))).toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
