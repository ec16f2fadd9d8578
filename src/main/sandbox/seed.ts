import { CreateIdentityPoolCommand } from '@aws-sdk/client-cognito-identity';
import type { AttributeType } from '@aws-sdk/client-cognito-identity-provider';
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminDisableUserCommand,
  AdminSetUserPasswordCommand,
  CreateGroupCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import {
  CreateConfigurationSetCommand,
  CreateEmailIdentityCommand,
  CreateEmailTemplateCommand,
} from '@aws-sdk/client-sesv2';
import type { AwsClients } from '../aws/clients';
import { mapLimit } from '../services/map-limit';
import type { DemoPerson } from './seed-data';
import { DEMO, demoPeople } from './seed-data';

export interface SeedProgress {
  (message: string, percent: number): void;
}

/** Fills a fresh emulator with the demo account: two pools, 300 users, groups, a client, an identity pool, SES. */
export async function seedSandbox(
  clients: AwsClients,
  region: string,
  progress: SeedProgress = () => {},
): Promise<void> {
  const idp = clients.cognitoIdp;
  progress('Creating demo user pools', 5);
  const app = await idp.send(
    new CreateUserPoolCommand({
      PoolName: DEMO.pools.app.name,
      UsernameAttributes: ['email'],
      AutoVerifiedAttributes: ['email'],
      MfaConfiguration: 'OPTIONAL',
      DeletionProtection: 'ACTIVE',
      Schema: [
        {
          Name: 'tenant_id',
          AttributeDataType: 'String',
          Mutable: true,
          StringAttributeConstraints: { MinLength: '1', MaxLength: '36' },
        },
        { Name: 'plan', AttributeDataType: 'String', Mutable: true },
        {
          Name: 'seats',
          AttributeDataType: 'Number',
          Mutable: true,
          NumberAttributeConstraints: { MinValue: '1', MaxValue: '10000' },
        },
      ],
      UserPoolTags: { environment: 'demo', owner: 'platform-team' },
    }),
  );
  const partners = await idp.send(
    new CreateUserPoolCommand({
      PoolName: DEMO.pools.partners.name,
      AliasAttributes: ['email', 'preferred_username'],
      MfaConfiguration: 'OFF',
      Schema: [
        { Name: 'company', AttributeDataType: 'String', Mutable: true },
        { Name: 'partner_tier', AttributeDataType: 'String', Mutable: true },
        { Name: 'city', AttributeDataType: 'String', Mutable: true },
      ],
    }),
  );
  const appId = app.UserPool?.Id ?? '';
  const partnersId = partners.UserPool?.Id ?? '';

  progress('Creating groups and the app client', 10);
  for (const group of DEMO.groups.app) await idp.send(new CreateGroupCommand({ UserPoolId: appId, ...group }));
  for (const group of DEMO.groups.partners)
    await idp.send(new CreateGroupCommand({ UserPoolId: partnersId, ...group }));
  const client = await idp.send(
    new CreateUserPoolClientCommand({
      UserPoolId: appId,
      ClientName: DEMO.appClient,
      ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      PreventUserExistenceErrors: 'ENABLED',
    }),
  );

  const total = DEMO.pools.app.users + DEMO.pools.partners.users;
  let done = 0;
  const tick = (): void => {
    done += 1;
    if (done % 25 === 0) progress(`Creating demo users (${done}/${total})`, 10 + Math.round((done / total) * 80));
  };
  await mapLimit(demoPeople(DEMO.pools.app.users), 8, async (person) => {
    await createAppUser(clients, appId, person);
    tick();
  });
  await mapLimit(demoPeople(DEMO.pools.partners.users, DEMO.pools.app.users), 8, async (person) => {
    await createPartnerUser(clients, partnersId, person);
    tick();
  });

  progress('Creating the identity pool and SES identities', 92);
  await clients.cognitoIdentity.send(
    new CreateIdentityPoolCommand({
      IdentityPoolName: DEMO.identityPool,
      AllowUnauthenticatedIdentities: false,
      CognitoIdentityProviders: [
        {
          ProviderName: `cognito-idp.${region}.amazonaws.com/${appId}`,
          ClientId: client.UserPoolClient?.ClientId,
          ServerSideTokenCheck: false,
        },
      ],
    }),
  );
  for (const email of DEMO.ses.emailIdentities) {
    await clients.sesv2.send(new CreateEmailIdentityCommand({ EmailIdentity: email }));
  }
  await clients.sesv2.send(new CreateEmailIdentityCommand({ EmailIdentity: DEMO.ses.domainIdentity }));
  await clients.sesv2.send(new CreateConfigurationSetCommand({ ConfigurationSetName: DEMO.ses.configurationSet }));
  await clients.sesv2.send(new CreateEmailTemplateCommand(DEMO.ses.template));
  progress('Demo data ready', 100);
}

const PLANS = ['free', 'team', 'business', 'enterprise'];

async function createAppUser(clients: AwsClients, poolId: string, p: DemoPerson): Promise<void> {
  const attributes: AttributeType[] = [
    { Name: 'email', Value: p.email },
    { Name: 'email_verified', Value: 'true' },
    { Name: 'given_name', Value: p.givenName },
    { Name: 'family_name', Value: p.familyName },
    { Name: 'name', Value: `${p.givenName} ${p.familyName}` },
    { Name: 'phone_number', Value: p.phone },
    { Name: 'custom:tenant_id', Value: `tenant-${String(p.index % 12).padStart(3, '0')}` },
    { Name: 'custom:plan', Value: PLANS[p.index % PLANS.length] ?? 'free' },
    { Name: 'custom:seats', Value: String(1 + ((p.index * 7) % 250)) },
  ];
  const idp = clients.cognitoIdp;
  await idp.send(
    new AdminCreateUserCommand({
      UserPoolId: poolId,
      Username: p.email,
      UserAttributes: attributes,
      MessageAction: 'SUPPRESS',
    }),
  );
  if (p.index % 3 !== 0) {
    await idp.send(
      new AdminSetUserPasswordCommand({
        UserPoolId: poolId,
        Username: p.email,
        Password: `Demo-${p.index}-Passw0rd!`,
        Permanent: true,
      }),
    );
  }
  if (p.index % 17 === 5) await idp.send(new AdminDisableUserCommand({ UserPoolId: poolId, Username: p.email }));
  const group = DEMO.groups.app[p.index % 10 === 0 ? 0 : p.index % 3 === 0 ? 1 : 2];
  if (group)
    await idp.send(
      new AdminAddUserToGroupCommand({ UserPoolId: poolId, Username: p.email, GroupName: group.GroupName }),
    );
  if (p.index % 7 === 0)
    await idp.send(
      new AdminAddUserToGroupCommand({ UserPoolId: poolId, Username: p.email, GroupName: 'beta-testers' }),
    );
}

async function createPartnerUser(clients: AwsClients, poolId: string, p: DemoPerson): Promise<void> {
  const attributes: AttributeType[] = [
    { Name: 'email', Value: p.email },
    { Name: 'given_name', Value: p.givenName },
    { Name: 'family_name', Value: p.familyName },
    { Name: 'custom:company', Value: `${p.familyName} ${['GmbH', 'Ltd', 'Inc', 'SARL', 'KK'][p.index % 5] ?? 'Ltd'}` },
    { Name: 'custom:partner_tier', Value: p.index % 4 === 0 ? 'gold' : 'silver' },
    { Name: 'custom:city', Value: p.city },
  ];
  const idp = clients.cognitoIdp;
  await idp.send(
    new AdminCreateUserCommand({
      UserPoolId: poolId,
      Username: p.username,
      UserAttributes: attributes,
      MessageAction: 'SUPPRESS',
    }),
  );
  const group = p.index % 4 === 0 ? 'gold-partners' : 'silver-partners';
  await idp.send(new AdminAddUserToGroupCommand({ UserPoolId: poolId, Username: p.username, GroupName: group }));
}
