import { expect, test } from '@playwright/test';
import { expectPools, openConsole } from './support/console-page';

test.beforeEach(async ({ page }) => {
  await openConsole(page);
  await expectPools(page, ['demo-app-users']);
});

test('the SES account view shows the sandbox account from aws-ses-v2-local', async ({ page }) => {
  await page.getByRole('link', { name: 'Account' }).click();
  await expect(page.getByText('Sandbox', { exact: true })).toBeVisible();
  await expect(page.getByText('0 of 200')).toBeVisible();
  await expect(page.getByTestId('error-alert')).toHaveCount(0);
});

test('identities list the seeded senders, and a domain shows its DKIM panel', async ({ page }) => {
  await page.getByRole('link', { name: 'Identities' }).click();
  for (const name of ['no-reply@example.com', 'support@example.com', 'example.com']) {
    await expect(page.getByRole('rowheader', { name, exact: true })).toBeVisible();
  }
  await page.getByRole('radio', { name: 'Select example.com' }).click();
  await expect(page.getByRole('heading', { name: 'DKIM records for example.com' })).toBeVisible();
  // moto returns no DKIM tokens; real SES returns three, shown as copyable CNAME rows.
  await expect(page.getByTestId('no-dkim-records')).toBeVisible();
  await page.screenshot({ path: 'docs/screenshot-ses-identities.png' });
});

test('configuration sets list the seeded set', async ({ page }) => {
  await page.getByRole('link', { name: 'Configuration sets' }).click();
  await expect(page.getByRole('rowheader', { name: 'demo-transactional' })).toBeVisible();
});
