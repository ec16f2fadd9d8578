import { expect, test } from '@playwright/test';
import { expectPools, openConsole } from './support/console-page';
import { screenshotPath } from './support/screenshots';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test.beforeEach(async ({ page }) => {
  await openConsole(page);
  await expectPools(page, ['demo-app-users']);
});

test('the SES account view shows the sandbox account from aws-ses-v2-local', async ({ page }) => {
  await page.getByRole('link', { name: 'Account' }).click();
  await expect(page.getByText('Sandbox', { exact: true })).toBeVisible();
  await expect(page.getByText('0 of 200')).toBeVisible();
  await expect(page.getByTestId('error-alert')).toHaveCount(0);
  // In the sandbox: the production access form, with the review status of the account (none requested yet).
  const form = page.getByTestId('production-access');
  await expect(page.getByTestId('review-status')).toContainText('No request yet');
  await form.getByRole('textbox', { name: 'Website URL' }).fill('https://portal.example.com');
  await form.getByRole('textbox', { name: 'Use case' }).fill('Sign-up codes and invitations for partner accounts.');
  await form.getByRole('textbox', { name: 'Additional contacts' }).fill('ops@example.com, security@example.com');
  await page.setViewportSize({ width: 1400, height: 1300 });
  await page.screenshot({ path: screenshotPath('ses-account.png'), animations: 'disabled' });
  // No emulator implements PutAccountDetails: the form says so instead of failing.
  await form.getByRole('button', { name: 'Request production access' }).click();
  await expect(form.getByTestId('error-alert')).toContainText('UNSUPPORTED');
});

test('identities list the seeded senders, and a domain shows its three DKIM records', async ({ page }) => {
  await page.getByRole('link', { name: 'Identities' }).click();
  for (const name of ['no-reply@example.com', 'support@example.com', 'example.com']) {
    await expect(page.getByRole('rowheader', { name, exact: true })).toBeVisible();
  }
  await page.getByRole('radio', { name: 'Select example.com' }).click();
  await expect(page.getByRole('heading', { name: 'DKIM records for example.com' })).toBeVisible();
  // moto's sesv2 omits the tokens; the console reads them with SES v1 GetIdentityDkimAttributes.
  await expect(page.getByText(/\._domainkey\.example\.com$/)).toHaveCount(3);
  await page.screenshot({ path: screenshotPath('screenshot-ses-identities.png'), animations: 'disabled' });
});

test('create a domain identity, copy its DKIM records, refresh and delete it', async ({ page }) => {
  const domain = `mail-${Date.now().toString(36)}.example.org`;
  await page.getByRole('link', { name: 'Identities' }).click();
  await page.getByRole('button', { name: 'Create identity' }).click();
  await page.getByRole('textbox', { name: 'Email address or domain' }).fill(domain);
  await page.getByRole('dialog').getByRole('button', { name: 'Create identity' }).click();
  await expect(page.getByRole('heading', { name: `DKIM records for ${domain}` })).toBeVisible();
  const names = page.getByText(new RegExp(`\\._domainkey\\.${domain.replace(/\./g, '\\.')}$`));
  await expect(names).toHaveCount(3);

  await page.getByRole('button', { name: 'Copy as BIND zone lines' }).click();
  await expect(page.getByText('Zone lines copied')).toBeVisible();
  const zone = await page.evaluate(() => navigator.clipboard.readText());
  const lines = zone.split('\n');
  expect(lines).toHaveLength(3);
  for (const line of lines) {
    expect(line).toMatch(
      new RegExp(
        `^[a-z0-9]+\\._domainkey\\.${domain.replace(/\./g, '\\.')}\\. 1800 IN CNAME [a-z0-9]+\\.dkim\\.amazonses\\.com\\.$`,
      ),
    );
  }
  await page.screenshot({ path: screenshotPath('ses-dkim-records.png'), animations: 'disabled' });

  await page.getByRole('button', { name: 'Refresh status' }).click();
  await expect(page.getByRole('rowheader', { name: domain })).toBeVisible();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('button', { name: 'Delete identity' })).toBeDisabled();
  await dialog.getByRole('textbox', { name: 'Identity to confirm' }).fill(domain);
  await dialog.getByRole('button', { name: 'Delete identity' }).click();
  await expect(page.getByRole('rowheader', { name: domain })).toHaveCount(0);
});

test('configuration sets: the seeded set, then create one with its options and delete it', async ({ page }) => {
  const name = `e2e-${Date.now().toString(36)}`;
  await page.getByRole('link', { name: 'Configuration sets' }).click();
  await expect(page.getByRole('rowheader', { name: 'demo-transactional' })).toBeVisible();
  await page.getByRole('button', { name: 'Create configuration set' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
  await dialog.getByRole('radio', { name: /^Optional/ }).click();
  await dialog.getByRole('button', { name: 'Create configuration set' }).click();
  const detail = page.getByTestId('config-set-detail');
  await expect(detail).toContainText(name);
  await expect(detail).toContainText('OPTIONAL');
  await expect(detail).toContainText('Used by pools');
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await dialog.getByRole('textbox', { name: 'Configuration set to confirm' }).fill(name);
  await dialog.getByRole('button', { name: 'Delete configuration set' }).click();
  await expect(page.getByRole('rowheader', { name })).toHaveCount(0);
});
