import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { openConsole } from './support/console-page';
import { readCsvExport } from './support/csv-export';
import { invoke } from './support/invoke';
import { screenshotPath } from './support/screenshots';

/**
 * The Users tab over the local index, against moto: a pool without an index opens from Cognito, "Build local
 * index" syncs it, the grid then pages from main (search, sort), "Select all matching" is a query, and a bulk
 * action and an export on it change and write exactly the matching users.
 */

const RUN = Date.now().toString(36);
const REF = { profile: 'Local sandbox', region: 'us-east-1' };
const USERS = 40;
/** Values an app can store and the UI cannot type, on every synced user: the index must keep them exact. */
const hostile = (i: number) => ({
  email: `idx-${String(i).padStart(3, '0')}@example.com`,
  name: i % 3 ? `Flat ${i}\nLondon, "quoted"` : `=HYPERLINK("x") \u2028 ${i}`,
  family_name: i % 2 ? `مرحبا ${i} 🙂` : `lone\r${i}`,
  'custom:dept': i % 2 ? 'sales' : 'ops',
});

test.beforeAll(() => mkdirSync('docs', { recursive: true }));
test.describe.configure({ mode: 'serial' });

const usersGrid = (page: Page): Locator => page.getByRole('region', { name: 'Users', exact: true });
const count = (page: Page): Locator => page.getByTestId('users-count');
const panel = (page: Page): Locator => page.locator('[data-testid="job-panel"]');

test('builds the local index, pages it, and runs a bulk action and an export on "all matching"', async ({ page }) => {
  test.setTimeout(180_000);
  const { problems } = await openConsole(page);
  await expect(page.getByTestId('connection-state')).toHaveText('Connected', { timeout: 60_000 });
  const poolName = `e2e-index-${RUN}`;
  const { userPoolId } = await invoke<{ userPoolId: string }>(page, 'userPools:create', {
    ...REF,
    pool: { PoolName: poolName, Schema: [{ Name: 'dept', AttributeDataType: 'String', Mutable: true }] },
  });
  const pool = { ...REF, userPoolId };
  try {
    for (let i = 0; i < USERS; i++)
      await invoke(page, 'users:create', {
        ...pool,
        username: `idx-${String(i).padStart(3, '0')}`,
        attributes: hostile(i),
        messageAction: 'SUPPRESS',
      });
    // Settings: the sync's share of UserList, checked by the same schema as main's.
    await page.getByRole('link', { name: 'Settings' }).click();
    const share = page.getByRole('spinbutton', { name: 'Index sync share of UserList (%)' });
    await expect(share).toHaveValue('50');
    await share.fill('150');
    await expect(page.getByText('At most the whole UserList rate')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Save share' })).toBeDisabled();
    await share.fill('25');
    await page.getByRole('button', { name: 'Save share' }).click();
    await expect(page.getByText('Index syncs use at most 25% of UserList')).toBeVisible();
    await share.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('screenshot-settings-index-share.png'), animations: 'disabled' });
    await page.goto(`${page.url().split('#')[0]}#/pools/${userPoolId}/users`);
    // No index yet: the rows come from Cognito at once, and the tab offers to build the index.
    await expect(count(page)).toHaveText(`${USERS} users`, { timeout: 30_000 });
    await expect(page.getByTestId('index-status')).toContainText('No local index yet');
    await page.getByRole('button', { name: 'Sync the local index' }).click();
    await expect(page.getByText('sync local index · 25% of UserList')).toBeVisible();
    // When the sync ends the tab switches to the index by itself.
    await expect(page.getByTestId('index-status')).toContainText(`Local index: ${USERS} users, last complete`, {
      timeout: 60_000,
    });
    await page.locator('body').press('Escape');
    // Unsorted, the index answers in the order the sync wrote users (by sub, random): any of them comes first.
    await expect(
      usersGrid(page)
        .getByRole('gridcell', { name: /^idx-\d{3}$/ })
        .first(),
    ).toBeVisible();

    // Search every attribute in main's index: the Arabic family names are on the sales users (odd numbers).
    await page.getByRole('searchbox', { name: 'Filter users' }).fill('مرحبا');
    await expect(count(page)).toHaveText(`20 of ${USERS} users match`);
    // Sort by username, descending, done by the index.
    await usersGrid(page).getByRole('columnheader', { name: 'Username' }).click();
    await usersGrid(page).getByRole('columnheader', { name: 'Username' }).click();
    await expect(usersGrid(page).getByRole('row').nth(1)).toContainText('idx-039');
    const ms = Number(await page.locator('[data-query-ms]').getAttribute('data-query-ms'));
    console.log(`BENCH users-index-e2e first block of a search: ${ms} ms`);

    await page.getByRole('button', { name: 'Select all 20 matching' }).click();
    await expect(count(page)).toHaveText('All 20 matching users selected');
    // Every loaded row shows checked while everything that matches is selected.
    const boxes = usersGrid(page).getByRole('checkbox', { name: /toggle row selection/ });
    await expect(boxes.first()).toBeChecked();
    await expect(boxes.nth(4)).toBeChecked();
    await page.screenshot({ path: screenshotPath('screenshot-users-index.png'), animations: 'disabled' });

    // A bulk action on "all matching": the job gets the query, main names the users from the index.
    await page.getByRole('button', { name: 'Actions' }).click();
    await page.getByRole('menuitem', { name: 'Disable' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('radio', { name: /The 20 users matching "مرحبا" in the local index/ })).toBeChecked();
    await page.screenshot({ path: screenshotPath('screenshot-users-index-bulk.png'), animations: 'disabled' });
    await dialog.getByRole('button', { name: 'Start job' }).click();
    await expect(panel(page).getByTestId('job-progress')).toContainText('20 of 20 done', { timeout: 60_000 });
    for (const [username, enabled] of [
      ['idx-001', false],
      ['idx-039', false],
      ['idx-000', true],
      ['idx-038', true],
    ] as const) {
      const user = await invoke<{ enabled: boolean }>(page, 'users:get', { ...pool, username });
      expect([username, user.enabled]).toEqual([username, enabled]);
    }
    // Main wrote the job's changes into the index as it went: the grid shows them with no sync, scrolled as it was.
    await expect(usersGrid(page).getByRole('row').nth(1)).toContainText('idx-039');
    await expect(usersGrid(page).getByRole('row').nth(1)).toContainText('Disabled');
    await expect(page.getByTestId('index-status')).toContainText(`Local index: ${USERS} users, last complete`);

    // An export of the same matches: values read from Cognito, the set from the index.
    await page.getByRole('button', { name: 'Export' }).click();
    await dialog.getByRole('radio', { name: /^CSV/ }).check();
    await dialog.getByRole('radio', { name: /users matching "مرحبا" in the local index/ }).check();
    await dialog.getByRole('button', { name: 'Start export' }).click();
    // The panel showed the bulk job's report (result.json) a moment ago: wait for the export's own file.
    const result = panel(page).getByTestId('job-result-file');
    await expect(result).toHaveText(/\.csv$/, { timeout: 60_000 });
    const parsed = readCsvExport((await result.innerText()).replace(/^Result:\s*/, '').trim());
    expect(parsed.errors).toEqual([]);
    const rows = parsed.data.map((r) => [r.username, r.family_name, r.name, r['custom:dept']]).sort();
    const expected = Array.from({ length: USERS }, (_, i) => i)
      .filter((i) => i % 2)
      .map((i) => {
        const h = hostile(i);
        const name = h.name.startsWith('=') ? `'${h.name}` : h.name;
        return [`idx-${String(i).padStart(3, '0')}`, h.family_name, name, 'sales'];
      });
    expect(rows).toEqual(expected);

    // A single-user action from the detail panel reaches the index grid too: enable idx-039 again.
    await usersGrid(page).getByRole('gridcell', { name: 'idx-039', exact: true }).click();
    const detail = page.getByRole('region', { name: 'idx-039@example.com' });
    await detail.getByRole('button', { name: 'Enable', exact: true }).click();
    await expect(detail.getByRole('button', { name: 'Disable', exact: true })).toBeVisible();
    await expect(usersGrid(page).getByRole('row').nth(1)).toContainText('Enabled');
    await expect(usersGrid(page).getByRole('row').nth(2)).toContainText('Disabled');
    await page.screenshot({ path: screenshotPath('screenshot-users-index-edited.png'), animations: 'disabled' });

    // Still all matching after the edits (the reloaded rows arrive checked); unchecking one row leaves the other
    // loaded rows selected, and Clear selection clears them.
    await expect(count(page)).toHaveText('All 20 matching users selected');
    await expect(boxes.nth(2)).toBeChecked();
    await boxes.nth(1).uncheck();
    await expect(count(page)).toHaveText('20 of 40 users match, 19 selected');
    await expect(boxes.nth(2)).toBeChecked();
    await page.getByRole('button', { name: 'Clear selection' }).click();
    await expect(count(page)).toHaveText('20 of 40 users match');
    await expect(boxes.nth(2)).not.toBeChecked();
    // A new search ends "all matching": its rows are not checked.
    await page.getByRole('button', { name: 'Select all 20 matching' }).click();
    await expect(boxes.nth(2)).toBeChecked();
    await page.getByRole('searchbox', { name: 'Filter users' }).fill('idx-03');
    await expect(count(page)).toHaveText(/^\d+ of 40 users match$/);
    await expect(usersGrid(page).getByRole('row').nth(1)).toContainText('idx-03');
    await expect(boxes.first()).not.toBeChecked();
    await expect(boxes.nth(2)).not.toBeChecked();
    expect(problems).toEqual([]);
  } finally {
    await invoke(page, 'settings:update', { indexSyncShare: 0.5 });
    await invoke(page, 'userPools:delete', { ...pool, confirmName: poolName });
  }
});
