import { expect, test } from '@playwright/test';
import { expectPools, openConsole } from './support/console-page';
import { screenshotPath } from './support/screenshots';

test('creates an app client with a callback URL, reveals its secret on request, edits it through a diff, deletes it', async ({
  page,
}) => {
  const name = `e2e-client-${Date.now().toString(36)}`;
  await openConsole(page);
  await expectPools(page, ['demo-partner-portal']);
  await page.getByRole('link', { name: 'demo-partner-portal', exact: true }).click();
  await page.getByRole('tab', { name: 'App clients' }).click();
  const table = page.getByTestId('app-clients-table');
  await expect(table).toBeVisible();

  await page.getByRole('button', { name: 'Create app client' }).click();
  const modal = page.getByTestId('create-client-modal');
  await modal.getByRole('textbox', { name: 'App client name' }).fill(name);
  await modal.getByRole('textbox', { name: 'Callback URLs' }).fill('http://app.example.com/callback');
  await expect(modal.getByText('use https:// (http:// is allowed for localhost only)')).toBeVisible();
  await expect(modal.getByRole('button', { name: 'Create app client' })).toBeDisabled();
  await modal.getByRole('textbox', { name: 'Callback URLs' }).fill('https://app.example.com/callback');
  await modal.getByRole('checkbox', { name: /Generate a client secret/ }).check();
  await modal.getByRole('button', { name: 'Create app client' }).click();
  await expect(modal).toBeHidden();
  await expect(table.getByRole('row', { name: new RegExp(name) })).toContainText('https://app.example.com/callback');

  // The secret is not on the page until asked for.
  const editor = page.getByTestId('client-editor');
  await expect(editor).toBeVisible();
  await expect(page.getByTestId('client-secret')).toHaveCount(0);
  await editor.getByRole('button', { name: 'Reveal secret' }).click();
  await expect(page.getByTestId('client-secret')).toHaveText(/\S{20,}/);

  await editor.getByRole('spinbutton', { name: 'Access token validity', exact: true }).fill('30');
  await expect(editor.getByText('Access token validity must be 5 minutes to 1 day')).toBeVisible();
  await editor.getByRole('spinbutton', { name: 'Access token validity', exact: true }).fill('2');
  await editor
    .getByRole('textbox', { name: 'Callback URLs' })
    .fill('https://app.example.com/callback\nhttp://localhost:3000/callback');
  await editor.getByRole('button', { name: 'Save app client' }).click();
  const diff = page.getByTestId('diff-modal');
  await expect(diff.getByRole('heading', { name: '2 settings will change' })).toBeVisible();
  await expect(diff.getByRole('row').filter({ hasText: 'Callback URLs' })).toContainText(
    'http://localhost:3000/callback',
  );
  // A new client stores no units: Cognito's default for an access token is hours, and the diff says so.
  await expect(diff.getByRole('row').filter({ hasText: 'Access token validity (hours)' })).toContainText('2');
  await page.screenshot({ path: screenshotPath('screenshot-pool-clients-diff.png'), animations: 'disabled' });
  await diff.getByRole('button', { name: 'Apply 2 changes' }).click();
  await expect(diff).toBeHidden();
  await expect(table.getByRole('row', { name: new RegExp(name) })).toContainText('http://localhost:3000/callback');

  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await page.getByRole('textbox', { name: 'App client name to confirm' }).fill(name);
  await page.getByRole('button', { name: 'Delete app client' }).click();
  await expect(table.getByRole('row', { name: new RegExp(name) })).toHaveCount(0);
});
