import type {
  CognitoProviderInput,
  IdentityPoolCreate,
  IdentityPoolSettings,
} from '../../../shared/model/identity-pool-settings';
import { identityPoolCreateSchema, SOCIAL_PROVIDERS } from '../../../shared/model/identity-pool-settings';
import type { IdentityPoolDetail } from '../../../shared/model/identity-pools';

/** What the identity pool form edits: lists as one-per-line text, social providers as one box each ('' = off). */
export interface PoolDraft {
  name: string;
  allowUnauthenticated: boolean;
  allowClassicFlow: boolean;
  cognitoProviders: CognitoProviderInput[];
  social: Record<string, string>;
  oidc: string;
  saml: string;
  developerProviderName: string;
  /** `key=value`, one per line. */
  tags: string;
}

export const emptyDraft = (): PoolDraft => ({
  name: '',
  allowUnauthenticated: false,
  allowClassicFlow: false,
  cognitoProviders: [],
  social: {},
  oidc: '',
  saml: '',
  developerProviderName: '',
  tags: '',
});

export function draftOf(pool: IdentityPoolDetail): PoolDraft {
  return {
    name: pool.name,
    allowUnauthenticated: pool.allowUnauthenticated,
    allowClassicFlow: pool.allowClassicFlow,
    cognitoProviders: pool.cognitoProviders.map((p) => ({
      providerName: p.providerName,
      clientId: p.clientId ?? '',
      serverSideTokenCheck: p.serverSideTokenCheck,
    })),
    social: { ...pool.supportedLoginProviders },
    oidc: pool.openIdConnectProviderArns.join('\n'),
    saml: pool.samlProviderArns.join('\n'),
    developerProviderName: pool.developerProviderName ?? '',
    tags: Object.entries(pool.tags)
      .map(([k, v]) => `${k}=${v}`)
      .join('\n'),
  };
}

const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export function settingsOf(d: PoolDraft): IdentityPoolSettings {
  const social = SOCIAL_PROVIDERS.flatMap((p) => {
    const id = d.social[p.key]?.trim();
    return id ? [[p.key, id] as const] : [];
  });
  return {
    name: d.name.trim(),
    allowUnauthenticated: d.allowUnauthenticated,
    allowClassicFlow: d.allowClassicFlow,
    cognitoProviders: d.cognitoProviders,
    supportedLoginProviders: Object.fromEntries(social),
    openIdConnectProviderArns: lines(d.oidc),
    samlProviderArns: lines(d.saml),
  };
}

export function createOf(d: PoolDraft): IdentityPoolCreate {
  const tags = lines(d.tags).map((l) => {
    const at = l.indexOf('=');
    return at < 0 ? [l, ''] : [l.slice(0, at).trim(), l.slice(at + 1).trim()];
  });
  const developer = d.developerProviderName.trim();
  return {
    ...settingsOf(d),
    ...(developer ? { developerProviderName: developer } : {}),
    ...(tags.length ? { tags: Object.fromEntries(tags) as Record<string, string> } : {}),
  };
}

/** Problems by form field: `name`, `social.<host>`, `oidc`, `saml`, `cognitoProviders`, `developerProviderName`, `tags`. */
export function problemsOf(d: PoolDraft): Record<string, string> {
  const parsed = identityPoolCreateSchema.safeParse(createOf(d));
  if (parsed.success) return {};
  const FIELD: Record<string, string> = { openIdConnectProviderArns: 'oidc', samlProviderArns: 'saml' };
  const problems: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const [top, second] = issue.path.map(String);
    if (!top) continue;
    const field = top === 'supportedLoginProviders' && second ? `social.${second}` : (FIELD[top] ?? top);
    const where =
      (top === 'openIdConnectProviderArns' || top === 'samlProviderArns') && second
        ? ` (line ${Number(second) + 1})`
        : '';
    problems[field] ??= `${issue.message}${where}`;
  }
  return problems;
}
