import { z } from 'zod';

/**
 * Cognito's request-rate quota categories (per account and region) with the documented default rates in requests
 * per second (../shared/AWS-FACTS.md). Shared so Settings can offer them and refuse anything above them.
 */
export const QUOTA_RPS = {
  /** ListUsers, ListUsersInGroup: 30, not adjustable. */
  UserList: 30,
  /** AdminUpdateUserAttributes, AdminEnable/DisableUser, AdminDeleteUser, Admin(Add|Remove)UserToGroup, AdminUserGlobalSignOut, AdminSetUserPassword, AdminConfirmSignUp. */
  UserUpdate: 25,
  /** AdminCreateUser, SignUp. */
  UserCreation: 50,
  /** AdminGetUser, AdminListGroupsForUser, AdminListDevices, AdminListUserAuthEvents. */
  UserRead: 120,
  /** AdminResetUserPassword, ForgotPassword. */
  UserAccountRecovery: 30,
  /** DescribeUserPool, GetCSVHeader. */
  UserPoolRead: 15,
  UserPoolUpdate: 15,
  /** ListGroups, GetGroup. */
  GroupRead: 20,
  /** CreateGroup, UpdateGroup, DeleteGroup. */
  GroupWrite: 15,
} as const;
export type QuotaCategory = keyof typeof QUOTA_RPS;
export const QUOTA_CATEGORIES = Object.keys(QUOTA_RPS) as QuotaCategory[];

/** A lowered rate: whole requests per second, at least 1, never above the documented default. */
const rate = (category: QuotaCategory) =>
  z
    .number()
    .int('Whole requests per second')
    .min(1, 'At least 1 request per second')
    .max(QUOTA_RPS[category], `At most ${QUOTA_RPS[category]}, the documented quota`)
    .optional();

/** Settings' lowered rates; a category left out runs at its documented default. */
export const rateLimitsSchema = z
  .object({
    UserList: rate('UserList'),
    UserUpdate: rate('UserUpdate'),
    UserCreation: rate('UserCreation'),
    UserRead: rate('UserRead'),
    UserAccountRecovery: rate('UserAccountRecovery'),
    UserPoolRead: rate('UserPoolRead'),
    UserPoolUpdate: rate('UserPoolUpdate'),
    GroupRead: rate('GroupRead'),
    GroupWrite: rate('GroupWrite'),
  })
  .strict();
export type RateLimitOverrides = z.infer<typeof rateLimitsSchema>;
