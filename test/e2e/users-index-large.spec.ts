import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { indexPath } from '../../src/main/services/user-index/index-file';
import { UserIndex } from '../../src/main/services/user-index/user-index';
import { syntheticUser } from '../helpers/synthetic-users';
import { openConsole } from './support/console-page';
import { invoke } from './support/invoke';
import { screenshotPath } from './support/screenshots';

/**
 * The Users tab on a pool of 200,000 users (1,000,000 in `npm run bench:grid`) from its local index: the users are written straight into the index
 * file (the real write path; no emulator lists a million users in a test's time) for a real, empty moto pool, then
 * the real renderer pages them from the real web host. Asserts what is shown (rows at a deep offset are the users
 * at that offset, exact search counts); prints timings and memory (`BENCH users-index-grid ...`), which depend on
 * the machine's load. E2E_INDEX_USERS sets the size: 200,000 keeps `npm test` short (seeding a million users' trigram
 * index takes minutes on two cores) and is already twice what a load from Cognito keeps in the window.
 */

const USERS = Number(process.env.E2E_INDEX_USERS ?? 200_000);
const REF = { profile: 'Local sandbox', region: 'us-east-1' };
const TENANT = 'tenant-0042';
const count = new Intl.NumberFormat('en');

test.describe.configure({ mode: 'serial', timeout: 900_000 });

let userPoolId = '';
let poolName = '';
let tenantUsers = 0;

const grid = (page: Page) => page.getByRole('region', { name: 'Users', exact: true });
const bench = (name: string, values: Record<string, number | string>): void =>
  console.log(
    `BENCH ${name} ${Object.entries(values)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ')}`,
  );

test.beforeAll(async ({ browser }) => {
  const dataDir = process.env.WEB_HOST_DATA_DIR;
  if (!dataDir) throw new Error('WEB_HOST_DATA_DIR is not set: the global setup did not start the web host');
  const page = await browser.newPage();
  await openConsole(page);
  await expect(page.getByTestId('connection-state')).toHaveText('Connected', { timeout: 60_000 });
  poolName = `e2e-large-${Date.now().toString(36)}`;
  ({ userPoolId } = await invoke<{ userPoolId: string }>(page, 'userPools:create', {
    ...REF,
    pool: { PoolName: poolName },
  }));
  await page.close();
  const t0 = performance.now();
  // E2E_INDEX_SEED_CACHE=<folder>: keep the seeded file there and copy it in on the next run of the same size (the
  // file holds no pool id), so a trace or a tuning run at 1,000,000 users does not seed for five minutes each time.
  const cacheDir = process.env.E2E_INDEX_SEED_CACHE;
  const cached = cacheDir ? path.join(cacheDir, `synthetic-${USERS}.sqlite`) : undefined;
  const target = indexPath(dataDir, { ...REF, userPoolId });
  if (cached && existsSync(cached)) {
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(cached, target);
    // The same count the seeding loop keeps, one user at a time (a million users at once would hold ~1 GB).
    for (let n = 0; n < USERS; n++) if (syntheticUser(n).attributes['custom:tenant'] === TENANT) tenantUsers++;
    bench('users-index-grid-seed', { users: USERS, copiedFrom: cached });
    return;
  }
  const index = UserIndex.open(dataDir, { ...REF, userPoolId });
  try {
    const generation = index.beginScan();
    for (let start = 0; start < USERS; start += 5000) {
      const rows = Array.from({ length: Math.min(5000, USERS - start) }, (_, i) => syntheticUser(start + i));
      tenantUsers += rows.filter((r) => r.attributes['custom:tenant'] === TENANT).length;
      index.upsertUsers(rows, generation);
    }
    index.finishScan(generation);
  } finally {
    index.close();
  }
  if (cached) {
    mkdirSync(path.dirname(cached), { recursive: true });
    copyFileSync(target, cached);
  }
  bench('users-index-grid-seed', { users: USERS, seconds: ((performance.now() - t0) / 1000).toFixed(1) });
});

test.afterAll(async ({ browser }) => {
  const page = await browser.newPage();
  await openConsole(page);
  await invoke(page, 'userPools:delete', { ...REF, userPoolId, confirmName: poolName });
  await page.close();
});

test(`${count.format(USERS)} users from the index: first rows, deep scroll, search, select all matching`, async ({
  page,
}) => {
  const { problems } = await openConsole(page);
  await expect(page.getByTestId('connection-state')).toHaveText('Connected', { timeout: 60_000 });
  // E2E_GRID_TRACE=<prefix>: Chromium timeline traces of the opening and of the scrolling (<prefix>-open.json,
  // <prefix>-scroll.json), to see what the time and the long tasks are spent on. E2E_TRACE_CATS adds categories to
  // the scroll's trace (disabled-by-default-devtools.timeline.invalidationTracking: what each layout re-laid).
  const trace = process.env.E2E_GRID_TRACE;
  const browser = page.context().browser();
  const profiler = trace ? await page.context().newCDPSession(page) : undefined;
  if (trace) await browser?.startTracing(page, { path: `${trace}-open.json`, categories: ['devtools.timeline'] });
  await profiler?.send('Profiler.enable');
  await profiler?.send('Profiler.start');
  // Timed in the page, frame by frame: Playwright's own polling (accessible names over the whole grid) would
  // take the renderer's main thread and add its interval to the figure.
  const firstRowsMs = await page.evaluate(
    ({ id, username }) =>
      new Promise<number>((resolve) => {
        const opened = performance.now();
        window.location.hash = `#/pools/${id}/users`;
        const shown = (): boolean =>
          Array.from(document.querySelectorAll('[col-id="username"]')).some((cell) => cell.textContent === username);
        // The frame after the one that has the row in it: that frame has been painted.
        const check = (): void => {
          if (shown()) requestAnimationFrame(() => resolve(performance.now() - opened));
          else requestAnimationFrame(check);
        };
        check();
      }),
    { id: userPoolId, username: syntheticUser(0).username },
  );
  await expect(grid(page).getByRole('gridcell', { name: syntheticUser(0).username, exact: true })).toBeVisible();
  if (trace) await browser?.stopTracing();
  if (profiler)
    writeFileSync(`${trace}-open.cpuprofile`, JSON.stringify((await profiler.send('Profiler.stop')).profile));
  await expect(page.getByTestId('users-count')).toHaveText(`${count.format(USERS)} users`);
  await expect(page.getByTestId('index-status')).toContainText(`Local index: ${count.format(USERS)} users`);

  // A brisk human scroll (300 px wheel steps, 30 a second, 3 s), watching for long tasks in the renderer.
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({
      type: 'longtask',
      buffered: false,
    });
  });
  await grid(page)
    .getByRole('gridcell', { name: syntheticUser(2).username, exact: true })
    .hover();
  if (trace)
    await browser?.startTracing(page, {
      path: `${trace}-scroll.json`,
      categories: ['devtools.timeline', 'toplevel', ...(process.env.E2E_TRACE_CATS ?? '').split(',').filter(Boolean)],
    });
  await profiler?.send('Profiler.start');
  for (let step = 0; step < 90; step++) {
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(33);
  }
  const wheelTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.splice(0));
  // Then a jump of the scrollbar's thumb to 90% of the pool (ag-grid's own vertical scrollbar).
  const viewport = grid(page).locator('.ag-body-vertical-scroll-viewport');
  await expect(viewport).toHaveCount(1);
  // ag-grid follows the scrollbar again once the wheel's scroll has settled.
  await page.waitForTimeout(500);
  for (const f of [0.3, 0.6, 0.9]) {
    await viewport.evaluate((el, to) => (el.scrollTop = (el.scrollHeight - el.clientHeight) * to), f);
    await page.waitForTimeout(100);
  }
  // The rows shown there are the users at that offset (the index's default order is the order they were written).
  // Wait for the block there to arrive: a rendered username cell in a row past 80% of the pool.
  const shown = async () =>
    grid(page).evaluate(
      (el) =>
        Array.from(el.querySelectorAll('[row-index]'))
          .map((row) => ({
            at: Number(row.getAttribute('row-index')),
            username: row.querySelector('[col-id="username"]')?.textContent ?? '',
          }))
          .filter((r) => r.username !== '')
          .sort((a, b) => a.at - b.at)[0],
    );
  await expect.poll(async () => (await shown())?.at ?? 0, { timeout: 30_000 }).toBeGreaterThan(USERS * 0.8);
  const first = await shown();
  const at = first?.at ?? -1;
  expect(first?.username).toBe(syntheticUser(at).username);
  const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  if (trace) await browser?.stopTracing();
  if (profiler)
    writeFileSync(`${trace}-scroll.cpuprofile`, JSON.stringify((await profiler.send('Profiler.stop')).profile));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  const hostPid = process.env.WEB_HOST_PID;
  const rss = hostPid ? /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${hostPid}/status`, 'utf8'))?.[1] : undefined;
  bench('users-index-grid', {
    users: USERS,
    firstRowsMs: firstRowsMs.toFixed(0),
    scrolledToRow: at,
    wheelLongTasks: wheelTasks.length,
    wheelMaxTaskMs: Math.max(0, ...wheelTasks).toFixed(0),
    jumpLongTasks: longTasks.length,
    jumpMaxTaskMs: Math.max(0, ...longTasks).toFixed(0),
    rendererHeapMB: (heap / 1024 / 1024).toFixed(0),
    mainRssMB: rss ? (Number(rss) / 1024).toFixed(0) : 'n/a',
  });

  // Search every attribute in main: the exact count of one custom attribute value among a million users.
  await page.getByRole('searchbox', { name: 'Filter users' }).fill(TENANT);
  await expect(page.getByTestId('users-count')).toHaveText(
    `${count.format(tenantUsers)} of ${count.format(USERS)} users match`,
  );
  const queryMs = await page.locator('[data-query-ms]').getAttribute('data-query-ms');
  await expect(grid(page).getByRole('gridcell', { name: TENANT, exact: true }).first()).toBeVisible();
  bench('users-index-grid-search', { matches: tenantUsers, firstBlockMs: queryMs ?? 'n/a' });

  // "All matching" is the query: the bulk dialog names the count and the search, with no list of rows behind it.
  await page.getByRole('button', { name: `Select all ${count.format(tenantUsers)} matching` }).click();
  await expect(page.getByTestId('users-count')).toHaveText(`All ${count.format(tenantUsers)} matching users selected`);
  await page.getByRole('button', { name: 'Actions' }).click();
  await page.getByRole('menuitem', { name: 'Enable' }).click();
  const dialog = page.getByRole('dialog');
  await expect(
    dialog.getByRole('radio', {
      name: `The ${count.format(tenantUsers)} users matching "${TENANT}" in the local index`,
    }),
  ).toBeChecked();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await page.screenshot({ path: screenshotPath('screenshot-users-index-large.png'), animations: 'disabled' });
  expect(problems).toEqual([]);
});
