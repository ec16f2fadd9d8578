import { useEffect, useState } from 'react';
import type { PoolConfig, SchemaAttribute } from '../../../shared/model/pool-config';
import type { PoolRef } from '../../../shared/model/users';
import { call } from '../../api';

// Schema and sign-in options are fixed at creation: one describe per pool and session is enough.
const cache = new Map<string, Promise<PoolConfig>>();
const keyOf = (ref: PoolRef): string => [ref.profile, ref.region, ref.userPoolId].join('\u0000');

/** The pool's configuration (userPools:describe), or undefined while loading or when the describe failed. */
export function usePoolConfig(ref: PoolRef): PoolConfig | undefined {
  const [state, setState] = useState<{ key: string; config: PoolConfig } | undefined>();
  const key = keyOf(ref);
  useEffect(() => {
    let live = true;
    let pending = cache.get(key);
    if (!pending) {
      pending = call('userPools:describe', ref);
      cache.set(key, pending);
      pending.catch(() => cache.delete(key));
    }
    pending.then(
      (config) => {
        if (live) setState({ key, config });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [key]); // eslint-disable-line react-hooks/exhaustive-deps -- ref is captured by key
  return state?.key === key ? state.config : undefined;
}

/** The schema attribute named `name`, if the pool's schema has it. */
export function schemaOf(config: PoolConfig | undefined, name: string): SchemaAttribute | undefined {
  return config?.fixed.schema.find((a) => a.name === name);
}

/** The password policy's minimum length, when the describe says (settings are DescribeUserPool's raw shape). */
export function minimumPasswordLength(config: PoolConfig | undefined): number | undefined {
  const policies = config?.settings.Policies;
  if (!policies || typeof policies !== 'object' || Array.isArray(policies)) return undefined;
  const policy = policies.PasswordPolicy;
  if (!policy || typeof policy !== 'object' || Array.isArray(policy)) return undefined;
  return typeof policy.MinimumLength === 'number' ? policy.MinimumLength : undefined;
}
