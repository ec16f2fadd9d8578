import { expect, test } from '@playwright/test';
import { expectPools, openConsole } from './support/console-page';
import { screenshotPath } from './support/screenshots';

test('the dashboard counts pools, users, identity pools, SES identities and open email findings', async ({ page }) => {
  await openConsole(page);
  await expectPools(page, ['demo-app-users', 'demo-partner-portal']);
  await page.getByRole('link', { name: 'Dashboard' }).click();
  const number = async (id: string): Promise<number> => {
    const cell = page.getByTestId(`dashboard-${id}`);
    await expect(cell).toHaveText(/^[\d,]+$/);
    return Number((await cell.innerText()).replace(/,/g, ''));
  };
  // Other specs may add pools or users to the shared sandbox, never remove the demo ones.
  expect(await number('user-pools')).toBeGreaterThanOrEqual(2);
  expect(await number('users-estimated')).toBeGreaterThanOrEqual(300);
  expect(await number('identity-pools')).toBeGreaterThanOrEqual(1);
  expect(await number('ses-identities')).toBeGreaterThanOrEqual(3);
  // The sandbox's SES account (aws-ses-v2-local) is a new account: in the SES sandbox.
  await expect(page.getByTestId('dashboard-ses-account')).toContainText('In the SES sandbox');
  // Open findings: pre-flight failures and warnings across the pools (the demo pools use Cognito's default sender).
  await expect(page.getByTestId('dashboard-open-findings')).toContainText(/^\d+/);
  await expect(page.getByTestId('dashboard-open-findings-detail')).toContainText(/warnings in \d+ of \d+ pools/);
  await page.screenshot({ path: screenshotPath('screenshot-dashboard.png'), animations: 'disabled' });
});
