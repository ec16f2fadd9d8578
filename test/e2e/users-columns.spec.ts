import type { Locator, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { openConsole } from './support/console-page';
import { invoke } from './support/invoke';
import { screenshotPath } from './support/screenshots';

/**
 * "Keep Username in view" in the column chooser, against moto: off by default (no pinned column, so no sticky
 * section in any row), on it pins Username and the checkboxes at the left while the other columns scroll sideways,
 * and a grid wide enough for every column draws them unpinned even then. The choice is kept after a reload.
 */

const RUN = Date.now().toString(36);
const REF = { profile: 'Local sandbox', region: 'us-east-1' };
// Username, email, name, custom:dept, status, enabled, MFA, created, modified: wider than the grid at 1,400 px, narrower
// than it at 3,200 px (the content area stops growing at about 1,620 px).
const CUSTOM = ['dept'];

const grid = (page: Page): Locator => page.getByRole('region', { name: 'Users', exact: true });
/** Whether the cell showing `username` is drawn in ag-grid's pinned-left section of its row. */
const pinned = (page: Page, username: string): Promise<boolean> =>
  grid(page)
    .getByRole('gridcell', { name: username, exact: true })
    .evaluate((cell) => cell.closest('.ag-grid-pinned-left-cells') !== null);

test('"Keep Username in view": off by default, pins Username only while the columns scroll sideways', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { problems } = await openConsole(page);
  await expect(page.getByTestId('connection-state')).toHaveText('Connected', { timeout: 60_000 });
  const { userPoolId } = await invoke<{ userPoolId: string }>(page, 'userPools:create', {
    ...REF,
    pool: {
      PoolName: `e2e-columns-${RUN}`,
      Schema: CUSTOM.map((Name) => ({ Name, AttributeDataType: 'String', Mutable: true })),
    },
  });
  const pool = { ...REF, userPoolId };
  try {
    const username = `wide-${RUN}`;
    await invoke(page, 'users:create', {
      ...pool,
      username,
      attributes: {
        email: `${username}@example.com`,
        name: 'שלום "wide", =1+1 🙂',
        ...Object.fromEntries(CUSTOM.map((n) => [`custom:${n}`, `${n}\u2028value`])),
      },
      messageAction: 'SUPPRESS',
    });
    await page.goto(`${page.url().split('#')[0]}#/pools/${userPoolId}/users`);
    await expect(grid(page).getByRole('gridcell', { name: username, exact: true })).toBeVisible({ timeout: 30_000 });
    // Default: nothing pinned, even though these columns are wider than the grid.
    expect(await pinned(page, username)).toBe(false);
    await expect(grid(page).locator('.ag-grid-pinned-left-cells .ag-cell')).toHaveCount(0);

    await page.getByRole('button', { name: 'Columns' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radiogroup', { name: 'Keep Username in view' }).getByRole('radio', { name: 'On' }).check();
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => pinned(page, username)).toBe(true);
    // Scrolled to the last column, Username and the row's checkbox are still at the left of the grid.
    await grid(page)
      .locator('.ag-body-horizontal-scroll-viewport')
      .evaluate((el) => (el.scrollLeft = el.scrollWidth));
    const cell = grid(page).getByRole('gridcell', { name: username, exact: true });
    await expect(grid(page).getByRole('columnheader', { name: 'Modified' })).toBeInViewport();
    await expect(cell).toBeInViewport();
    const [gridBox, cellBox] = await Promise.all([grid(page).boundingBox(), cell.boundingBox()]);
    expect((cellBox?.x ?? 0) - (gridBox?.x ?? 0)).toBeLessThan(120);
    await page.screenshot({ path: screenshotPath('screenshot-users-sticky-username.png'), animations: 'disabled' });

    // Kept after a reload; and a window wide enough for every column draws them unpinned.
    await page.reload();
    await expect(cell).toBeVisible({ timeout: 30_000 });
    expect(await pinned(page, username)).toBe(true);
    await page.setViewportSize({ width: 3200, height: 850 });
    await expect.poll(() => pinned(page, username)).toBe(false);
    await page.setViewportSize({ width: 1400, height: 850 });
    await expect.poll(() => pinned(page, username)).toBe(true);

    // Off again: unpinned at any width.
    await page.getByRole('button', { name: 'Columns' }).click();
    await dialog.getByRole('radiogroup', { name: 'Keep Username in view' }).getByRole('radio', { name: 'Off' }).check();
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => pinned(page, username)).toBe(false);
    expect(problems).toEqual([]);
  } finally {
    await invoke(page, 'userPools:delete', { ...pool, confirmName: `e2e-columns-${RUN}` }).catch(() => undefined);
  }
});
