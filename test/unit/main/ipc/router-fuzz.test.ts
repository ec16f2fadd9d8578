import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { CallContext, Handlers } from '../../../../src/main/ipc/router';
import { createRouter } from '../../../../src/main/ipc/router';
import type { ChannelName } from '../../../../src/shared/ipc/channels';
import { CHANNEL_NAMES, channels, EVENT_NAMES, TRANSPORT } from '../../../../src/shared/ipc/channels';
import { wireErrorSchema } from '../../../../src/shared/ipc/errors';
import type { ChannelSpec, Rng } from './fuzz-specs';
import { HUGE, nested, pick, prng, SPECS, wrongType } from './fuzz-specs';

const SEED = 0x5eed_2024;
const RUNS = 10_000;
const ctx: CallContext = {
  senderId: 'fuzz',
  emit: () => {
    throw new Error('the router emitted an event for a refused request');
  },
};
const refusal = z.object({ ok: z.literal(false), error: wireErrorSchema }).strict();

/** Handlers and a read-only check that record every call: none of them may be reached by a malformed request. */
function tripwire() {
  const reached: string[] = [];
  const readOnlyChecks: string[] = [];
  const handlers = Object.fromEntries(
    CHANNEL_NAMES.map((c) => [c, () => (reached.push(c), Promise.reject(new Error(`handler ${c} was reached`)))]),
  ) as unknown as Handlers;
  const dispatch = createRouter(handlers, { isReadOnly: (p) => (readOnlyChecks.push(p), false) });
  return { dispatch, reached, readOnlyChecks };
}

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype);
const NOT_STRINGS: readonly unknown[] = [
  undefined,
  null,
  0,
  1,
  Number.NaN,
  true,
  false,
  10n,
  Symbol('app:info'),
  {},
  [],
  ['app:info'],
  { channel: 'app:info' },
  new String('app:info'),
  () => 'app:info',
  new Date(0),
];
const NOT_OBJECTS: readonly unknown[] = [
  undefined,
  null,
  0,
  -1,
  Number.NaN,
  '',
  'app:info',
  HUGE,
  true,
  false,
  10n,
  [],
  [{}],
  [['nested']],
  Array.from({ length: 1000 }, () => ({})),
];
const EXTRA_KEYS = [
  ...PROTOTYPE_KEYS,
  'Profile',
  'profile ',
  'region',
  'REGION',
  'accessKeyId',
  'secretAccessKey',
  'credentials',
  'endpoint',
  '$operation',
  '',
  ' ',
  'k'.repeat(1000),
];

const channelName = (rng: Rng): ChannelName => pick(rng, CHANNEL_NAMES);
const spec = (c: ChannelName): ChannelSpec<ChannelName> => SPECS[c];
const copyOf = (c: ChannelName): Record<string, unknown> => ({ ...(spec(c).valid as Record<string, unknown>) });

function randomString(rng: Rng, length: number): string {
  return Array.from({ length }, () => String.fromCharCode(Math.floor(rng() * 0x2fff))).join('');
}

function unknownChannel(rng: Rng): unknown {
  const name = channelName(rng);
  switch (Math.floor(rng() * 6)) {
    case 0:
      return pick(rng, NOT_STRINGS);
    case 1:
      return pick(rng, PROTOTYPE_KEYS);
    case 2:
      return pick(rng, [
        name.toUpperCase(),
        ` ${name}`,
        `${name} `,
        `${name}\u0000`,
        name.replace(':', '.'),
        `${name}:x`,
        name.slice(0, -1),
      ]);
    case 3:
      return pick(rng, [...EVENT_NAMES, TRANSPORT.invoke, TRANSPORT.event, '', ':', '*']);
    case 4:
      return randomString(rng, 1 + Math.floor(rng() * 40));
    default:
      return rng() < 0.5 ? HUGE : `${name}${HUGE}`;
  }
}

function ownKey(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A request that breaks its channel's schema by construction, with the name of what was broken. */
function malformed(rng: Rng, c: ChannelName): [payload: unknown, how: string] {
  const fields = Object.entries(spec(c).fields);
  const required = fields.filter(([, f]) => f.required);
  const r = rng();
  if (r < 0.15) return [pick(rng, NOT_OBJECTS), 'not an object'];
  if (r < 0.35 || fields.length === 0) {
    const payload = rng() < 0.2 ? Object.assign(Object.create(null) as Record<string, unknown>, copyOf(c)) : copyOf(c);
    const keys = EXTRA_KEYS.filter((k) => !(k in spec(c).fields));
    for (let n = 1 + Math.floor(rng() * 3); n > 0; n--)
      ownKey(payload, pick(rng, keys), rng() < 0.5 ? 'x' : nested(rng, 3));
    return [payload, 'extra key'];
  }
  const payload = copyOf(c);
  if (r < 0.75) {
    for (let n = 1 + Math.floor(rng() * fields.length); n > 0; n--) {
      const [key, field] = pick(rng, fields);
      payload[key] = field.bad.length > 0 && rng() < 0.6 ? pick(rng, field.bad) : wrongType(rng, field);
    }
    return [payload, 'wrong value'];
  }
  if (r < 0.9 && required.length > 0) {
    delete payload[pick(rng, required)[0]];
    return [payload, 'missing field'];
  }
  payload[pick(rng, fields)[0]] = nested(rng, 1 + Math.floor(rng() * 60));
  return [payload, 'nested garbage'];
}

function label(value: unknown): string {
  try {
    return typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : String(value).slice(0, 40);
  } catch {
    return typeof value;
  }
}

describe('IPC router fuzz', () => {
  it('checks the fuzz specs against the schemas: same fields, and every sample valid', () => {
    expect(Object.keys(SPECS).sort()).toEqual([...CHANNEL_NAMES].sort());
    for (const c of CHANNEL_NAMES) {
      const shape = (channels[c].request as unknown as { shape: Record<string, unknown> }).shape;
      expect({ c, keys: Object.keys(shape).sort() }).toEqual({ c, keys: Object.keys(spec(c).fields).sort() });
      expect({ c, ok: channels[c].request.safeParse(spec(c).valid).success }).toEqual({ c, ok: true });
    }
  });

  it(`refuses ${RUNS} malformed or unknown-channel requests with VALIDATION, reaching no handler and never throwing`, async () => {
    const rng = prng(SEED);
    const { dispatch, reached, readOnlyChecks } = tripwire();
    const failures: string[] = [];
    const counts: Record<string, number> = {};
    for (let i = 0; i < RUNS; i++) {
      let channel: unknown;
      let payload: unknown;
      let how: string;
      if (rng() < 0.25) {
        channel = unknownChannel(rng);
        payload = rng() < 0.5 ? spec(channelName(rng)).valid : nested(rng, 5);
        how = 'unknown channel';
        if ((CHANNEL_NAMES as readonly unknown[]).includes(channel))
          throw new Error(`generator produced a real channel: ${label(channel)}`);
      } else {
        channel = channelName(rng);
        [payload, how] = malformed(rng, channel as ChannelName);
      }
      counts[how] = (counts[how] ?? 0) + 1;
      const where = `#${i} ${how} on ${label(channel)}`;
      try {
        const result = await dispatch(channel, payload, ctx);
        const parsed = refusal.safeParse(result);
        if (!parsed.success) failures.push(`${where}: not a refusal: ${JSON.stringify(result).slice(0, 200)}`);
        else if (parsed.data.error.code !== 'VALIDATION')
          failures.push(`${where}: ${parsed.data.error.code} ${parsed.data.error.message}`);
        else if (JSON.stringify(result).length > 4096)
          failures.push(`${where}: ${JSON.stringify(result).length} byte refusal echoes the input`);
      } catch (error) {
        failures.push(`${where}: threw ${String(error)}`);
      }
    }
    expect(failures.slice(0, 10)).toEqual([]);
    expect(reached).toEqual([]);
    expect(readOnlyChecks).toEqual([]);
    // The generator itself must have covered every kind of damage.
    expect(Object.keys(counts).sort()).toEqual([
      'extra key',
      'missing field',
      'nested garbage',
      'not an object',
      'unknown channel',
      'wrong value',
    ]);
    for (const [how, n] of Object.entries(counts)) expect({ how, enough: n > 200 }).toEqual({ how, enough: true });
  });

  it.each(PROTOTYPE_KEYS)('treats the Object.prototype key %s as an unknown channel', async (key) => {
    const { dispatch, reached } = tripwire();
    const result = await dispatch(key, {}, ctx);
    expect(result).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: `Unknown channel: ${JSON.stringify(key)}`, retryable: false },
    });
    expect(reached).toEqual([]);
  });

  it('does not let a request pollute Object.prototype', async () => {
    const { dispatch } = tripwire();
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    for (const c of CHANNEL_NAMES) {
      await dispatch(
        c,
        JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}'),
        ctx,
      );
    }
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a Date, Map, RegExp or Error as the request of a channel that takes {}', async () => {
    const { dispatch, reached } = tripwire();
    for (const payload of [new Date(0), new Map(), /x/, new Error('x')]) {
      expect(await dispatch('app:info', payload, ctx)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect(reached).toEqual([]);
  });
});
