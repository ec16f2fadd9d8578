import { expect, test } from '@playwright/test';
import { expectPools, openConsole } from './support/console-page';

test('identity pools list the demo pool, show its Cognito provider checked against real pools, and guard delete', async ({
  page,
}) => {
  await openConsole(page);
  await expectPools(page, ['demo-app-users']);
  await page.getByRole('link', { name: 'Identity pools' }).click();
  await expect(page.getByRole('rowheader', { name: 'demo_identities' })).toBeVisible();
  await page.getByRole('radio', { name: 'Select demo_identities' }).click();
  await expect(page.getByRole('heading', { name: /Cognito user pool providers/ })).toBeVisible();
  await expect(page.getByText('Pool exists')).toBeVisible();
  await expect(page.getByText('Guest access')).toBeVisible();
  await page.screenshot({ path: 'docs/screenshot-identity-pools.png' });

  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Apps that get AWS credentials through it stop working');
  await expect(dialog.getByRole('button', { name: 'Delete identity pool' })).toBeDisabled();
  await dialog.getByRole('textbox', { name: 'Identity pool name to confirm' }).fill('demo_identities');
  await expect(dialog.getByRole('button', { name: 'Delete identity pool' })).toBeEnabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('rowheader', { name: 'demo_identities' })).toBeVisible();
});
