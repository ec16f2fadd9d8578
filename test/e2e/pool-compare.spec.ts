import { expect, test } from '@playwright/test';
import { expectPools, openConsole } from './support/console-page';
import { screenshotPath } from './support/screenshots';

test('diffs two demo pools section by section and copies the diff as text', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openConsole(page);
  await expectPools(page, ['demo-app-users', 'demo-partner-portal']);
  await page.getByRole('link', { name: 'demo-app-users', exact: true }).click();
  await page.getByRole('tab', { name: 'Compare' }).click();

  await page.getByRole('button', { name: /User pool to compare with/ }).click();
  await page.getByRole('option', { name: /demo-partner-portal/ }).click();
  await page.getByRole('button', { name: 'Compare', exact: true }).click();

  const result = page.getByTestId('compare-result');
  await expect(result.getByRole('heading', { name: /\d+ differences/ })).toBeVisible();
  const row = (label: string | RegExp) => result.getByRole('row').filter({ hasText: label });
  await expect(row('Pool name')).toContainText(/demo-app-users\s*demo-partner-portal/);
  // Seeded: email is the username in one pool, an alias in the other; MFA optional vs off.
  await expect(row('Multi-factor authentication')).toContainText(/Optional\s*Off/);
  await expect(row('custom:tenant_id')).toContainText('String');
  // Groups are a section too: the demo pools share no group, so each is on one side only.
  await expect(row('Group admins')).toContainText('Groups');
  await expect(row('Group gold-partners')).toContainText('only in this pool');
  await expect(result).not.toContainText('LastModifiedDate');
  await page.screenshot({
    path: screenshotPath('screenshot-pool-compare.png'),
    fullPage: true,
    animations: 'disabled',
  });

  await result.getByRole('button', { name: 'Copy as text' }).click();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toContain('[MFA and verification]');
  expect(text).toContain('[Groups]');
  expect(text).toMatch(/left: {2}demo-app-users/);
});

test('exports demo-app-users as JSON create requests and as a CloudFormation template, without secrets', async ({
  page,
}) => {
  await openConsole(page);
  await expectPools(page, ['demo-app-users']);
  await page.getByRole('link', { name: 'demo-app-users', exact: true }).click();
  await page.getByRole('button', { name: 'Export configuration' }).click();
  const modal = page.getByTestId('export-modal');
  const text = modal.getByTestId('export-text');
  await expect(text).toContainText('"format": "cognito-console/pool-export@1"');
  await expect(text).toContainText('"ClientName": "demo-web-app"');
  await expect(text).toContainText('"GroupName": "admins"');
  await expect(text).not.toContainText('ClientSecret');
  await modal.getByText('CloudFormation (YAML)').click();
  await expect(text).toContainText('Type: "AWS::Cognito::UserPool"');
  await expect(text).toContainText('UserPoolId: !Ref UserPool');
  await page.screenshot({ path: screenshotPath('screenshot-pool-export.png'), animations: 'disabled' });
  await modal.getByRole('button', { name: 'Close' }).click();
  await expect(modal).toBeHidden();
});
