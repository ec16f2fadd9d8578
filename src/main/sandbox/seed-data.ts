/** Deterministic, realistic-looking demo people for the Local sandbox. */
const FIRST = [
  'Olivia',
  'Liam',
  'Amara',
  'Noah',
  'Sofia',
  'Mateo',
  'Yuki',
  'Arjun',
  'Chloe',
  'Lucas',
  'Fatima',
  'Ethan',
  'Ingrid',
  'Kwame',
  'Elena',
  'Hiroshi',
  'Priya',
  'Jonas',
  'Lea',
  'Diego',
  'Maya',
  'Omar',
  'Zoe',
  'Felix',
  'Aisha',
];
const LAST = [
  'Smith',
  'Garcia',
  'Okafor',
  'Müller',
  'Rossi',
  'Tanaka',
  'Patel',
  'Nguyen',
  'Johansson',
  'Dubois',
  'Kowalski',
  'Haddad',
  'Silva',
  'Andersen',
  'Kim',
];
const CITIES = ['Berlin', 'Lisbon', 'Osaka', 'Toronto', 'Nairobi', 'Austin', 'Melbourne', 'Dublin', 'Pune', 'Lyon'];

export interface DemoPerson {
  username: string;
  givenName: string;
  familyName: string;
  email: string;
  phone: string;
  city: string;
  index: number;
}

function ascii(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}

export function demoPeople(count: number, offset = 0): DemoPerson[] {
  return Array.from({ length: count }, (_, i) => {
    const n = i + offset;
    const givenName = FIRST[n % FIRST.length] ?? 'Alex';
    const familyName = LAST[Math.floor(n / FIRST.length) % LAST.length] ?? 'Doe';
    const base = `${ascii(givenName)}.${ascii(familyName)}`;
    const suffix = n >= FIRST.length * LAST.length ? String(n) : '';
    return {
      username: `${base}${suffix}`,
      givenName,
      familyName,
      email: `${base}${suffix}@example.com`,
      phone: `+1555${String(1_000_000 + n).slice(-7)}`,
      city: CITIES[n % CITIES.length] ?? 'Berlin',
      index: n,
    };
  });
}

export const DEMO = {
  pools: {
    app: { name: 'demo-app-users', users: 200 },
    partners: { name: 'demo-partner-portal', users: 100 },
  },
  groups: {
    app: [
      { GroupName: 'admins', Description: 'Full access to the admin area', Precedence: 1 },
      { GroupName: 'editors', Description: 'Can publish content', Precedence: 5 },
      { GroupName: 'viewers', Description: 'Read-only access', Precedence: 10 },
      { GroupName: 'beta-testers', Description: 'Early access to new features', Precedence: 20 },
    ],
    partners: [
      { GroupName: 'gold-partners', Description: 'Gold tier partners', Precedence: 1 },
      { GroupName: 'silver-partners', Description: 'Silver tier partners', Precedence: 2 },
    ],
  },
  ses: {
    emailIdentities: ['no-reply@example.com', 'support@example.com'],
    domainIdentity: 'example.com',
    configurationSet: 'demo-transactional',
    /** An SES email template (served by aws-ses-v2-local behind the sandbox router). */
    template: {
      TemplateName: 'demo-order-shipped',
      TemplateContent: {
        Subject: 'Your order {{orderId}} is on its way',
        Html:
          '<h1>Hello {{name}},</h1>\n<p>Your order <b>{{orderId}}</b> has shipped.</p>\n' +
          '<p><a href="https://example.com/orders/{{orderId}}">Track your parcel</a></p>',
        Text: 'Hello {{name}},\n\nYour order {{orderId}} has shipped: https://example.com/orders/{{orderId}}',
      },
    },
  },
  identityPool: 'demo_identities',
  appClient: 'demo-web-app',
} as const;
