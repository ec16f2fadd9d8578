import { describe, expect, it } from 'vitest';
import { poolCreateSchema } from '../../../src/shared/model/pool-create';

const attribute = (i: number) => ({ Name: `attr${i}`, AttributeDataType: 'String' as const, Mutable: true });

describe('poolCreateSchema Schema entries', () => {
  it('takes 50 and refuses 51, as CreateUserPool does (SchemaAttributesListType: max 50)', () => {
    const schema = (n: number) =>
      poolCreateSchema.safeParse({ PoolName: 'p', Schema: Array.from({ length: n }, (_, i) => attribute(i)) });
    expect(schema(50).success).toBe(true);
    const refused = schema(51);
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toBe('At most 50 attributes in one CreateUserPool');
  });
});
