import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { chooseProfile, expectPools, grid, openConsole } from './support/console-page';
import { E2E_SECRETS } from './support/fixture-profiles';
import { screenshotPath } from './support/screenshots';

const SANDBOX_SECRET = 'sandbox-secret-never-leaves-main-0001';
const SANDBOX_KEY = 'AKIALOCALSANDBOX0001';
const DEMO_POOLS = ['demo-app-users', 'demo-partner-portal'];

test.beforeAll(() => mkdirSync('docs', { recursive: true }));

test('opens on the Local sandbox and shows both demo pools, styled, without CSP errors', async ({ page }) => {
  const { problems } = await openConsole(page);
  await expect(page.getByTestId('connection-state')).toHaveText('Connected', { timeout: 60_000 });
  await expectPools(page, DEMO_POOLS);
  await expect(page.getByTestId('account-id')).toHaveText(/acct \d{4}-\d{4}-\d{4}/);
  await expect(page.getByRole('heading', { name: /User pools/ })).toContainText('(2)');
  // ag-grid's theme is injected as <style nonce>: the header must be styled, not a bare table.
  const headerHeight = await grid(page)
    .locator('.ag-header')
    .evaluate((el) => el.getBoundingClientRect().height);
  expect(headerHeight).toBeGreaterThan(30);
  const row = grid(page).getByRole('row', { name: /demo-app-users/ });
  await expect(row).toContainText('200');
  await expect(row).toContainText('Active');
  expect(problems).toEqual([]);
  await page.screenshot({ path: screenshotPath('screenshot.png'), animations: 'disabled' });
});

test('follows a dark OS theme', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark', viewport: { width: 1400, height: 850 } });
  const page = await context.newPage();
  const { problems } = await openConsole(page);
  await expectPools(page, DEMO_POOLS);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const background = await page.locator('body').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).not.toBe('rgb(255, 255, 255)');
  expect(problems).toEqual([]);
  await page.screenshot({ path: screenshotPath('screenshot-dark.png'), animations: 'disabled' });
  await context.close();
});

test('`/` focuses the filter, and the filter narrows the grid', async ({ page }) => {
  await openConsole(page);
  await expectPools(page, DEMO_POOLS);
  await page.locator('body').press('/');
  const filter = page.getByRole('searchbox', { name: 'Filter user pools' });
  await expect(filter).toBeFocused();
  await page.keyboard.type('partner');
  await expect(grid(page).getByRole('gridcell', { name: 'demo-app-users', exact: true })).toHaveCount(0);
  await expect(grid(page).getByRole('gridcell', { name: 'demo-partner-portal', exact: true })).toBeVisible();
});

test('a profile whose keys AWS rejects shows AWS_AUTH in place, and SSO says how to log in', async ({ page }) => {
  await openConsole(page);
  await expectPools(page, DEMO_POOLS);
  await chooseProfile(page, 'bad-keys');
  const alert = page.getByTestId('error-alert').first();
  await expect(alert).toContainText('AWS_AUTH');
  await expect(alert).toContainText('InvalidClientTokenId');
  await expect(page.getByTestId('connection-state')).toHaveText('Not connected');
  // The sandbox's pools must not linger under a profile that is not connected.
  await expect(grid(page).getByRole('gridcell', { name: 'demo-app-users', exact: true })).toHaveCount(0);

  await chooseProfile(page, 'expired-sso');
  await expect(page.getByTestId('error-alert').first()).toContainText('AWS_AUTH');
  await expect(page.getByTestId('error-hint')).toContainText('aws sso login --profile expired-sso');
  await page.screenshot({ path: screenshotPath('screenshot-auth-error.png'), animations: 'disabled' });

  await chooseProfile(page, 'Local sandbox');
  await expectPools(page, DEMO_POOLS);
});

test('a read-only profile has its write refused before any AWS call', async ({ page }) => {
  await openConsole(page);
  await expectPools(page, DEMO_POOLS);
  await page.getByRole('link', { name: 'Settings' }).click();
  // The toggle is controlled by main's answer, so click and wait rather than check() (which expects it at once).
  const readOnly = page.getByRole('checkbox', { name: 'Read-only for Local sandbox' });
  await readOnly.click();
  await expect(readOnly).toBeChecked();
  await expect(page.getByTestId('read-only-badge')).toBeVisible();

  await page.getByRole('link', { name: 'User pools' }).first().click();
  // Select the row by its id cell: the name cell is a link that opens the pool.
  await grid(page)
    .getByRole('row', { name: /demo-partner-portal/ })
    .getByRole('gridcell')
    .nth(1)
    .click();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('permanently deletes');
  await expect(dialog.getByRole('button', { name: 'Delete pool' })).toBeDisabled();
  await dialog.getByRole('textbox', { name: 'Pool name to confirm' }).fill('demo-partner-portal');
  await dialog.getByRole('button', { name: 'Delete pool' }).click();
  await expect(page.getByText('Not allowed (FORBIDDEN)')).toBeVisible();
  await expect(page.getByText(/is read-only: userPools:delete was refused before any AWS call/)).toBeVisible();
  await page.getByRole('button', { name: 'Refresh user pools' }).click();
  await expectPools(page, DEMO_POOLS);

  await page.getByRole('link', { name: 'Settings' }).click();
  await readOnly.click();
  await expect(readOnly).not.toBeChecked();
  await expect(page.getByTestId('read-only-badge')).toHaveCount(0);
});

test('no credential reaches the renderer: responses, DOM and storage hold no key or secret', async ({ page }) => {
  const bodies: string[] = [];
  page.on('response', (response) => {
    if (response.url().includes('/__api/invoke'))
      void response.text().then(
        (t) => bodies.push(t),
        () => undefined,
      );
  });
  await openConsole(page);
  await expectPools(page, DEMO_POOLS);
  await chooseProfile(page, 'bad-keys');
  await expect(page.getByTestId('error-alert').first()).toContainText('AWS_AUTH');
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('checkbox', { name: 'Read-only for bad-keys' })).toBeVisible();
  const storage = await page.evaluate(() => JSON.stringify({ ...sessionStorage, ...localStorage }));
  const everything = [...bodies, await page.content(), storage].join('\n');
  expect(bodies.length).toBeGreaterThan(3);
  for (const secret of [SANDBOX_SECRET, SANDBOX_KEY, E2E_SECRETS.accessKeyId, E2E_SECRETS.secretAccessKey]) {
    expect(everything).not.toContain(secret);
  }
});

test('a pool name opens the pool as tabs, with a deep link that survives reload', async ({ page }) => {
  await openConsole(page);
  await expectPools(page, DEMO_POOLS);
  await grid(page).getByRole('link', { name: 'demo-app-users' }).click();
  await expect(page).toHaveURL(/#\/pools\/us-east-1_[^/]+\/overview$/);
  await expect(page.getByRole('heading', { level: 1, name: 'demo-app-users' })).toBeVisible();
  await page.getByRole('tab', { name: 'Users' }).click();
  await expect(page).toHaveURL(/\/users$/);
  await page.reload();
  await expect(page.getByRole('tab', { name: 'Users', selected: true })).toBeVisible();
});
