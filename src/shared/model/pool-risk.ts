import { z } from 'zod';

/**
 * Threat protection's risk configuration (DescribeRiskConfiguration / SetRiskConfiguration) as the editor sees it:
 * flat, one field per choice. An absent field means "not configured" and is not sent, so saving one part never
 * invents another. Limits are the API reference's (RiskExceptionConfigurationType: up to 200 CIDR ranges per list).
 */
export const RISK_EVENTS = ['SIGN_IN', 'PASSWORD_CHANGE', 'SIGN_UP'] as const;
export const COMPROMISED_ACTIONS = ['BLOCK', 'NO_ACTION'] as const;
export const TAKEOVER_ACTIONS = ['BLOCK', 'MFA_IF_CONFIGURED', 'MFA_REQUIRED', 'NO_ACTION'] as const;
export const RISK_LEVELS = ['low', 'medium', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

const cidrv4 = z.cidrv4();
const cidrv6 = z.cidrv6();
const isCidr = (s: string) => cidrv4.safeParse(s).success || cidrv6.safeParse(s).success;
const cidrList = (what: string) =>
  z
    .array(z.string().max(64, 'A CIDR range is at most 64 characters'))
    .max(200, `${what} holds at most 200 ranges`)
    .refine((l) => new Set(l).size === l.length, 'List each range once')
    .superRefine((list, ctx) => {
      const bad = list.find((s) => !isCidr(s));
      if (bad !== undefined)
        ctx.addIssue({
          code: 'custom',
          message: `"${bad}" is not a CIDR range (for example 203.0.113.0/24 or 2001:db8::/32)`,
        });
    });

/** An SES identity ARN, which Cognito sends risk notification emails from. */
export const sesIdentityArnSchema = z
  .string()
  .max(2048, 'An ARN is at most 2048 characters')
  .regex(
    /^arn:aws[a-z-]*:ses:[a-z]{2}(-[a-z]+)+-\d:\d{12}:identity\/\S+$/,
    'Not an SES identity ARN (arn:aws:ses:<region>:<account id>:identity/<email or domain>)',
  );

const takeoverAction = z.enum(TAKEOVER_ACTIONS, { error: 'Choose block, MFA if configured, MFA required or allow' });

/** The fields without the cross-field rules: what a describe returns (and `expected` holds). */
export const poolRiskObject = z
  .object({
    compromisedAction: z.enum(COMPROMISED_ACTIONS, { error: 'Choose block or allow' }),
    /** Where compromised credentials are checked; absent or empty means every event. */
    compromisedEvents: z
      .array(z.enum(RISK_EVENTS, { error: 'Not a sign-in event' }))
      .refine((l) => new Set(l).size === l.length, 'List each event once'),
    lowAction: takeoverAction,
    mediumAction: takeoverAction,
    highAction: takeoverAction,
    lowNotify: z.boolean(),
    mediumNotify: z.boolean(),
    highNotify: z.boolean(),
    notifySourceArn: sesIdentityArnSchema,
    blockedIpRanges: cidrList('The always-block list'),
    skippedIpRanges: cidrList('The always-allow list'),
  })
  .partial()
  .strict();

/** What a save may send: the fields and the rules between them. */
export const poolRiskSchema = poolRiskObject.superRefine((r, ctx) => {
  const problem = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  for (const level of RISK_LEVELS) {
    if (r[`${level}Notify`] === true && r[`${level}Action`] === undefined)
      problem(`${level}Notify`, 'Notify only at a risk level that has an action');
  }
  const notifies = RISK_LEVELS.some((l) => r[`${l}Notify`] === true);
  if (notifies && !r.notifySourceArn)
    problem('notifySourceArn', 'Notifying users needs the SES identity the emails are sent from');
  if (r.notifySourceArn && !RISK_LEVELS.some((l) => r[`${l}Action`] !== undefined))
    problem('notifySourceArn', 'Adaptive authentication sends these emails: choose an action for a risk level first');
  if (r.compromisedEvents?.length && r.compromisedAction === undefined)
    problem('compromisedAction', 'Choose an action for compromised credentials first');
});
export type PoolRisk = z.infer<typeof poolRiskObject>;

export const poolRiskViewSchema = z.object({
  risk: poolRiskObject,
  /** The client the shown configuration belongs to; absent: the pool-wide one (which a client without its own uses). */
  clientId: z.string().optional(),
  lastModifiedAt: z.string().optional(),
});
export type PoolRiskView = z.infer<typeof poolRiskViewSchema>;

export const RISK_LABELS: Record<keyof PoolRisk, string> = {
  compromisedAction: 'Compromised credentials: action',
  compromisedEvents: 'Compromised credentials: checked at',
  lowAction: 'Low risk: action',
  mediumAction: 'Medium risk: action',
  highAction: 'High risk: action',
  lowNotify: 'Low risk: notify the user',
  mediumNotify: 'Medium risk: notify the user',
  highNotify: 'High risk: notify the user',
  notifySourceArn: 'Notification emails sent from (SES identity)',
  blockedIpRanges: 'Always block these IP ranges',
  skippedIpRanges: 'Always allow these IP ranges',
};
