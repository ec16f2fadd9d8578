import { z } from 'zod';

export const POOL_EXPORT_FORMAT = 'cognito-console/pool-export@1';

const record = z.record(z.string(), z.unknown());

/**
 * A pool as the inputs that recreate it: `pool` is a CreateUserPool request (without the id), `clients` are
 * CreateUserPoolClient requests without UserPoolId, `groups` CreateGroup requests without UserPoolId. Field names
 * are the API's, so the file also works with the AWS CLI's --cli-input-json.
 */
export const poolExportSchema = z
  .object({
    format: z.literal(POOL_EXPORT_FORMAT, { error: `Not a ${POOL_EXPORT_FORMAT} file` }),
    pool: record.refine((p) => typeof p.PoolName === 'string', 'The export has no PoolName'),
    clients: z
      .array(record.refine((c) => typeof c.ClientName === 'string', 'An app client has no ClientName'))
      .max(1000),
    groups: z.array(record.refine((g) => typeof g.GroupName === 'string', 'A group has no GroupName')).max(10_000),
  })
  .strict();
export type PoolExport = z.infer<typeof poolExportSchema>;
