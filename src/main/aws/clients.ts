import { CognitoIdentityClient } from '@aws-sdk/client-cognito-identity';
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import type { ServiceName } from './profiles';

/** How to reach AWS for one profile: credentials plus per-service endpoint overrides. */
export interface ResolvedProfile {
  name: string;
  credentials: AwsCredentialIdentityProvider;
  endpoint(service: ServiceName): string | undefined;
}

const constructors = {
  cognitoIdp: CognitoIdentityProviderClient,
  cognitoIdentity: CognitoIdentityClient,
  sesv2: SESv2Client,
  sts: STSClient,
};
export type ClientOf<S extends ServiceName> = InstanceType<(typeof constructors)[S]>;

export interface AwsClients {
  cognitoIdp: CognitoIdentityProviderClient;
  cognitoIdentity: CognitoIdentityClient;
  sesv2: SESv2Client;
  sts: STSClient;
}

/**
 * Who the client works for. `ui`: one call a person waits on, so the SDK's adaptive retries absorb a throttle.
 * `job`: long work that already waits for its quota's token bucket and retries each item with jittered backoff
 * (jobs/retry.ts); the adaptive layer underneath would retry again and slow its own send rate after every throttle,
 * which made exports under throttling about three times slower. One quick SDK retry is kept for the few setup calls
 * a job makes outside its own retry (DescribeUserPool, GetCSVHeader).
 */
export type ClientPurpose = 'ui' | 'job';

export interface ClientOptions {
  purpose?: ClientPurpose;
}

const RETRY: Record<ClientPurpose, { retryMode: 'adaptive' | 'standard'; maxAttempts: number }> = {
  ui: { retryMode: 'adaptive', maxAttempts: 5 },
  job: { retryMode: 'standard', maxAttempts: 2 },
};

/** One cached SDK client per profile + region + service + purpose (see ClientPurpose for the retry modes). */
export class ClientCache {
  private readonly cache = new Map<string, AwsClients[ServiceName]>();

  get<S extends ServiceName>(
    profile: ResolvedProfile,
    region: string,
    service: S,
    options: ClientOptions = {},
  ): ClientOf<S> {
    const purpose = options.purpose ?? 'ui';
    // The endpoint is part of the key: a restarted sandbox listens on a new port.
    const endpoint = profile.endpoint(service);
    const key = `${profile.name}\u0000${region}\u0000${service}\u0000${purpose}\u0000${endpoint ?? ''}`;
    let client = this.cache.get(key);
    if (!client) {
      const Ctor = constructors[service] as new (config: object) => AwsClients[ServiceName];
      client = new Ctor({
        region,
        credentials: profile.credentials,
        ...RETRY[purpose],
        // A silent endpoint must fail in seconds, not hang until the OS gives up on the socket.
        requestHandler: { connectionTimeout: 5_000, requestTimeout: 120_000 },
        ...(endpoint ? { endpoint } : {}),
      });
      annotateOperation(client);
      this.cache.set(key, client);
    }
    return client as ClientOf<S>;
  }

  /** Drops a profile's clients, e.g. after its files changed or its sandbox restarted. */
  forget(profileName: string): void {
    for (const [key, client] of this.cache) {
      if (key.startsWith(`${profileName}\u0000`)) {
        client.destroy();
        this.cache.delete(key);
      }
    }
  }

  clear(): void {
    for (const client of this.cache.values()) client.destroy();
    this.cache.clear();
  }

  /** Lazy accessors: a client is built on first use only. */
  clientsFor(profile: ResolvedProfile, region: string, options: ClientOptions = {}): AwsClients {
    const get = <S extends ServiceName>(service: S): ClientOf<S> => this.get(profile, region, service, options);
    return {
      get cognitoIdp() {
        return get('cognitoIdp');
      },
      get cognitoIdentity() {
        return get('cognitoIdentity');
      },
      get sesv2() {
        return get('sesv2');
      },
      get sts() {
        return get('sts');
      },
    };
  }
}

/** Tags every error with the operation that failed, so the UI can say "this endpoint does not implement GetAccount". */
function annotateOperation(client: AwsClients[ServiceName]): void {
  const stack = client.middlewareStack as unknown as {
    add(
      mw: (next: (a: unknown) => Promise<unknown>, ctx: { commandName?: string }) => (a: unknown) => Promise<unknown>,
      o: object,
    ): void;
  };
  stack.add(
    (next, context) => async (args) => {
      try {
        return await next(args);
      } catch (error) {
        if (typeof error === 'object' && error !== null && context.commandName) {
          (error as { $operation?: string }).$operation = context.commandName.replace(/Command$/, '');
        }
        throw error;
      }
    },
    { step: 'initialize', name: 'cognitoConsoleAnnotateOperation' },
  );
}
