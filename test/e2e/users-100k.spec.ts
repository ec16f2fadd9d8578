import { expect, test } from '@playwright/test';

/**
 * The users grid with 100,000 rows in Chromium (issue 5's target: the any-attribute filter answers in < 100 ms,
 * scrolling has no task > 50 ms). No emulator can list 100,000 users in a test's time, so this spec replaces
 * window.api with an in-page fake that streams synthetic users:page events; everything else is the real renderer.
 * It prints its figures (`BENCH users-grid ...`) and asserts correctness, not timings (the machine is shared).
 */

const POOL = 'us-east-1_Bench100k';
const ROWS = 100_000;

/** Runs in the page before any app script: a WindowApi that answers the calls the users tab makes. */
function installFakeApi({ pool, rows }: { pool: string; rows: number }): void {
  type Listener = (payload: unknown) => void;
  const listeners = new Map<string, Set<Listener>>();
  const emit = (event: string, payload: unknown): void => listeners.get(event)?.forEach((l) => l(payload));
  const plans = ['free', 'team', 'business', 'enterprise'];
  const cities = ['München', 'Zürich', 'São Paulo', 'Kraków', 'Oslo'];
  const user = (i: number) => ({
    username: `user${i}`,
    sub: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    status: i % 7 === 0 ? 'FORCE_CHANGE_PASSWORD' : 'CONFIRMED',
    enabled: i % 50 !== 0,
    createdAt: '2026-01-01T00:00:00.000Z',
    lastModifiedAt: '2026-01-02T00:00:00.000Z',
    attributes: {
      sub: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      email: `user${i}@example.com`,
      email_verified: 'true',
      given_name: `Given${i % 997}`,
      family_name: `Family${i % 1009}`,
      'custom:tenant_id': `tenant-${String(i % 2500).padStart(4, '0')}`,
      'custom:plan': plans[i % 4] ?? '',
      'custom:city': cities[i % 5] ?? '',
    },
  });
  const answers: Record<string, (req: Record<string, unknown>) => unknown> = {
    'app:info': () => ({ version: 'bench', platform: 'linux', host: 'web' }),
    'settings:get': () => ({ readOnlyProfiles: [], theme: 'light', lastProfile: 'bench', lastRegion: 'us-east-1' }),
    'settings:update': () => ({ readOnlyProfiles: [], theme: 'light', lastProfile: 'bench', lastRegion: 'us-east-1' }),
    'profiles:list': () => [
      {
        name: 'bench',
        kind: 'static',
        region: 'us-east-1',
        readOnly: false,
        needsMfa: false,
        hasCustomEndpoint: false,
        isDefault: true,
      },
    ],
    'profiles:connect': () => ({ profile: 'bench', region: 'us-east-1', accountId: '123456789012', arn: 'arn:x' }),
    'userPools:list': () => [{ id: pool, name: 'bench-100k', estimatedUsers: rows }],
    'jobs:list': () => [],
    'groups:list': () => [],
    'users:load-cancel': () => null,
    'users:load': () => {
      const loadId = '11111111-1111-4111-8111-111111111111';
      // Pages of 1,000 (not 60) so the load itself does not dominate the run; the grid sees the same events.
      let sent = 0;
      const next = (): void => {
        const page = [];
        for (let i = sent; i < Math.min(rows, sent + 1000); i += 1) page.push(user(i));
        sent += page.length;
        emit('users:page', { loadId, rows: page, loaded: sent, estimated: rows, done: sent >= rows });
        if (sent < rows) setTimeout(next, 0);
      };
      setTimeout(next, 0);
      return { loadId };
    },
  };
  const api = {
    invoke: (channel: string, request: Record<string, unknown>) => {
      const answer = answers[channel];
      return Promise.resolve(
        answer
          ? { ok: true, value: answer(request) }
          : { ok: false, error: { code: 'UNSUPPORTED', message: `${channel} is not faked`, retryable: false } },
      );
    },
    on: (event: string, listener: Listener) => {
      const set = listeners.get(event) ?? new Set<Listener>();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  };
  // The web host's shim defines window.api the same way and then fails to redefine it: the fake wins.
  Object.defineProperty(window, 'api', { value: Object.freeze(api), writable: false, configurable: false });
}

test('100,000 users: the any-attribute filter and scrolling stay fast (figures printed)', async ({ page }) => {
  test.setTimeout(180_000);
  await page.addInitScript(installFakeApi, { pool: POOL, rows: ROWS });
  const url = process.env.WEB_HOST_URL;
  if (!url) throw new Error('WEB_HOST_URL is not set');
  const started = Date.now();
  await page.goto(`${url.split('#')[0]}#/pools/${POOL}/users`);
  await expect(page.getByTestId('users-count')).toHaveText('100,000 users', { timeout: 120_000 });
  await expect(page.getByTestId('users-progress')).toHaveCount(0);
  const loadMs = Date.now() - started;

  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });

  const filterMs: number[] = [];
  const paintMs: number[] = [];
  const filter = page.getByRole('searchbox', { name: 'Filter users' });
  for (const [query, count] of [
    ['tenant-0042', '40'],
    ['zürich', '20,000'],
    ['family1000 enterprise', '24'],
    ['no-such-value', '0'],
  ] as const) {
    // Keystroke to painted grid, measured in the page: set the input as a user would, wait for the count and a frame.
    const ms = await page.evaluate(
      ({ query, expected }) =>
        new Promise<number>((resolve) => {
          const input = document.querySelector<HTMLInputElement>('input[aria-label="Filter users"]');
          const count = document.querySelector('[data-testid="users-count"]');
          if (!input || !count) throw new Error('no filter or count on the page');
          const t0 = performance.now();
          const done = (): void => {
            if (count.textContent !== expected) return;
            observer.disconnect();
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
          };
          const observer = new MutationObserver(done);
          observer.observe(count, { childList: true, characterData: true, subtree: true });
          // React tracks the native value setter: call it, then the input event, as typing does.
          // eslint-disable-next-line @typescript-eslint/unbound-method -- called with .call(input) below
          const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
          setValue?.call(input, query);
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }),
      { query, expected: `${count} of 100,000 users` },
    );
    paintMs.push(Math.round(ms));
    await expect(page.getByTestId('users-count')).toHaveText(`${count} of 100,000 users`);
    filterMs.push(Number(await page.locator('[data-filter-ms]').getAttribute('data-filter-ms')));
  }
  const filterTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.splice(0));

  // Typed key by key (11 keystrokes, 30 ms apart, as a quick typist): from the first key to the final count painted.
  await filter.fill('');
  await expect(page.getByTestId('users-count')).toHaveText('100,000 users');
  await filter.focus();
  const typedStart = Date.now();
  await filter.pressSequentially('tenant-0042', { delay: 30 });
  await expect(page.getByTestId('users-count')).toHaveText('40 of 100,000 users');
  const typeMs = Date.now() - typedStart;
  await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.splice(0));

  await filter.fill('');
  await expect(page.getByTestId('users-count')).toHaveText('100,000 users');
  await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.splice(0));
  const grid = page.getByRole('region', { name: 'Users', exact: true });
  await grid.getByRole('gridcell', { name: 'user1@example.com', exact: true }).hover();
  // A brisk but human scroll: 300 px wheel steps, 30 a second, for 3 seconds.
  for (let i = 0; i < 90; i += 1) {
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(33);
  }
  await page.waitForTimeout(300);
  const scrollTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.splice(0));
  // The wheel really moved the grid: the first rows are gone, rows far below are drawn.
  await expect(grid.getByRole('gridcell', { name: 'user1@example.com', exact: true })).toHaveCount(0);
  await expect(grid.getByRole('gridcell', { name: /@example\.com$/ }).first()).toBeVisible();

  const max = (xs: number[]): number => (xs.length ? Math.max(...xs) : 0);
  console.log(
    `BENCH users-grid rows=${ROWS} load_ms=${loadMs} index_ms=${filterMs.join('/')} ` +
      `filter_to_paint_ms=${paintMs.join('/')} typed_11_keys_ms=${typeMs} ` +
      `filter_long_tasks=${filterTasks.length} filter_max_task_ms=${max(filterTasks).toFixed(0)} ` +
      `scroll_long_tasks=${scrollTasks.length} scroll_max_task_ms=${max(scrollTasks).toFixed(0)}`,
  );
});
