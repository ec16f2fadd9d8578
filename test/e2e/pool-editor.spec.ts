import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { expectPools, openConsole } from './support/console-page';
import { screenshotPath } from './support/screenshots';

/** Opens a demo pool's tab through the UI, the way a person gets there. */
async function openPool(page: Page, name: string, tab: string): Promise<void> {
  await openConsole(page);
  await expectPools(page, ['demo-app-users', 'demo-partner-portal']);
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  await page.getByRole('tab', { name: tab }).click();
}

/** The channels the page calls, in order: proves what was (not) sent. */
function recordCalls(page: Page): string[] {
  const calls: string[] = [];
  page.on('request', (request) => {
    if (!request.url().includes('/__api/invoke')) return;
    const body = request.postDataJSON() as { channel?: string } | null;
    if (body?.channel) calls.push(body.channel);
  });
  return calls;
}

const minLength = (page: Page) => page.getByRole('spinbutton', { name: 'Minimum length' });
const save = (page: Page) => page.getByRole('button', { name: 'Save security settings' });
const diff = (page: Page) => page.getByTestId('diff-modal');
const discard = (page: Page) => page.getByTestId('section-security').getByRole('button', { name: 'Discard changes' });

async function applySecurity(page: Page, min: string, symbols: boolean, mfa: 'Optional' | 'Required') {
  await minLength(page).fill(min);
  await page.getByRole('checkbox', { name: 'Require a symbol' }).setChecked(symbols);
  await page.getByRole('radio', { name: new RegExp(`^${mfa}`) }).check();
  await save(page).click();
  await expect(diff(page)).toBeVisible();
}

test('edits the password policy and MFA of demo-app-users through a confirmed diff that persists', async ({ page }) => {
  await openPool(page, 'demo-app-users', 'Security');
  await expect(minLength(page)).toHaveValue('8');
  await applySecurity(page, '12', false, 'Required');
  await expect(diff(page).getByRole('heading', { name: '3 settings will change' })).toBeVisible();
  const rows = diff(page).getByRole('row');
  await expect(rows.filter({ hasText: 'Password minimum length' })).toContainText(/8\s*12/);
  await expect(rows.filter({ hasText: 'Password requires a symbol' })).toContainText(/Yes\s*No/);
  await expect(rows.filter({ hasText: 'Multi-factor authentication' })).toContainText(/Optional\s*Required/);
  await page.waitForTimeout(400); // let the modal finish fading in
  await page.screenshot({ path: screenshotPath('screenshot-pool-editor-diff.png'), animations: 'disabled' });
  await diff(page).getByRole('button', { name: 'Apply 3 changes' }).click();
  await expect(diff(page)).toBeHidden();
  await expect(page.getByText('3 settings changed on demo-app-users.')).toBeVisible();

  await page.reload();
  await expect(minLength(page)).toHaveValue('12');
  await expect(page.getByRole('checkbox', { name: 'Require a symbol' })).not.toBeChecked();
  await expect(page.getByRole('radio', { name: /^Required/ })).toBeChecked();
  await page.getByRole('tab', { name: 'Overview' }).click();
  await expect(page.getByTestId('pool-overview')).toContainText('Required');

  // Put the demo pool back as it was, through the same path, so other specs see the seeded settings.
  await page.getByRole('tab', { name: 'Security' }).click();
  await applySecurity(page, '8', true, 'Optional');
  await diff(page).getByRole('button', { name: 'Apply 3 changes' }).click();
  await expect(diff(page)).toBeHidden();
});

test('a 5-character password minimum shows an inline error and sends nothing', async ({ page }) => {
  await openPool(page, 'demo-app-users', 'Security');
  await expect(minLength(page)).toHaveValue(/\d+/);
  const calls = recordCalls(page);
  await minLength(page).fill('5');
  await expect(page.getByText('The minimum password length must be at least 6')).toBeVisible();
  await expect(page.getByText('Fix the highlighted fields before saving.', { exact: true })).toBeVisible();
  await expect(save(page)).toBeDisabled();
  await save(page).click({ force: true });
  await expect(diff(page)).toBeHidden();
  expect(calls.filter((c) => c.startsWith('userPools:preview') || c === 'userPools:update')).toEqual([]);
  await discard(page).click();
  await expect(save(page)).toBeDisabled();
});

test('a verification SMS without {####} is refused inline', async ({ page }) => {
  await openPool(page, 'demo-partner-portal', 'Messaging');
  await page.getByRole('textbox', { name: 'Verification SMS' }).fill('Your code is ready');
  await expect(page.getByText('The verification SMS must contain {####}')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save messages' })).toBeDisabled();
  await page.getByRole('button', { name: 'Discard changes' }).click();
});

test('adds a custom attribute to demo-partner-portal', async ({ page }) => {
  const name = `e2e_${Date.now().toString(36)}`;
  await openPool(page, 'demo-partner-portal', 'Sign-in');
  const table = page.getByTestId('attribute-table');
  await expect(table).toContainText('custom:company');
  await page.getByRole('button', { name: 'Add custom attribute' }).click();
  const modal = page.getByTestId('add-attribute-modal');
  await modal.getByRole('textbox', { name: 'Attribute name' }).fill('has space');
  await expect(modal.getByText('Use letters, digits and _ only')).toBeVisible();
  await modal.getByRole('textbox', { name: 'Attribute name' }).fill(name);
  await modal.getByRole('textbox', { name: 'Maximum' }).fill('64');
  await modal.getByRole('button', { name: `Add custom:${name}` }).click();
  await expect(modal).toBeHidden();
  await expect(table.getByRole('row', { name: new RegExp(`custom:${name}`) })).toContainText('..64');
  await page.reload();
  await expect(page.getByTestId('attribute-table')).toContainText(`custom:${name}`);
});

test('sets a Lambda trigger by ARN through the diff, refuses a malformed ARN, and removes it again', async ({
  page,
}) => {
  const arn = 'arn:aws:lambda:us-east-1:123456789012:function:partner-pre-signup';
  await openPool(page, 'demo-partner-portal', 'Triggers');
  const box = page.getByRole('textbox', { name: 'Pre sign-up function ARN' });
  await box.fill('partner-pre-signup');
  await expect(page.getByText('Not a Lambda function ARN', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save triggers' })).toBeDisabled();
  await box.fill(arn);
  await page.getByRole('button', { name: 'Save triggers' }).click();
  await expect(diff(page).getByRole('row').filter({ hasText: 'Pre sign-up trigger' })).toContainText(arn);
  await diff(page).getByRole('button', { name: 'Apply 1 change' }).click();
  await expect(diff(page)).toBeHidden();

  await page.reload();
  await expect(box).toHaveValue(arn);
  await box.fill('');
  await page.getByRole('button', { name: 'Save triggers' }).click();
  await expect(diff(page).getByRole('row').filter({ hasText: 'Pre sign-up trigger' })).toContainText('(not set)');
  await diff(page).getByRole('button', { name: 'Apply 1 change' }).click();
  await expect(diff(page)).toBeHidden();
  await page.reload();
  await expect(box).toHaveValue('');
});

test('warns before threat protection on a plan without it, and shows plan changes in the diff', async ({ page }) => {
  await openPool(page, 'demo-partner-portal', 'Security');
  await expect(page.getByRole('radio', { name: /^Email, then phone/ })).toBeChecked();
  await page.getByRole('radio', { name: /^Lite/ }).check();
  await page.getByRole('radio', { name: /^Enforced/ }).check();
  await expect(page.getByText('Threat protection needs the Plus plan.')).toBeVisible();
  await page.getByRole('radio', { name: /^Plus/ }).check();
  await expect(page.getByText('Threat protection needs the Plus plan.')).toBeHidden();
  await save(page).click();
  await expect(diff(page).getByRole('row').filter({ hasText: 'Feature plan' })).toContainText('Plus');
  await expect(diff(page).getByRole('row').filter({ hasText: 'Threat protection mode' })).toContainText('Enforced');
  await diff(page).getByRole('button', { name: 'Cancel' }).click();
  await discard(page).click();
  await expect(save(page)).toBeDisabled();
});

test('the diff preview in the dark theme', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark', viewport: { width: 1400, height: 850 } });
  const page = await context.newPage();
  await openPool(page, 'demo-partner-portal', 'Security');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await minLength(page).fill('16');
  await save(page).click();
  await expect(diff(page).getByRole('heading', { name: '1 setting will change' })).toBeVisible();
  await page.waitForTimeout(400); // let the modal finish fading in
  await page.screenshot({ path: screenshotPath('screenshot-pool-editor-diff-dark.png'), animations: 'disabled' });
  await diff(page).getByRole('button', { name: 'Cancel' }).click();
  await discard(page).click();
  await context.close();
});

test('turns on authenticator apps as a second factor through its own diff', async ({ page }) => {
  await openPool(page, 'demo-partner-portal', 'Security');
  const factors = page.getByTestId('mfa-factors');
  await factors.getByRole('checkbox', { name: 'Authenticator apps (TOTP)' }).check();
  await factors.getByRole('button', { name: 'Save second factors' }).click();
  await expect(diff(page).getByRole('row').filter({ hasText: 'Authenticator apps (TOTP)' })).toContainText(/No\s*Yes/);
  await diff(page).getByRole('button', { name: 'Apply 1 change' }).click();
  await expect(page.getByText('1 setting changed on the pool')).toBeVisible();
  await page.reload();
  await expect(
    page.getByTestId('mfa-factors').getByRole('checkbox', { name: 'Authenticator apps (TOTP)' }),
  ).toBeChecked();
});

test('asks before leaving a pool with unsaved changes; staying keeps the draft, tabs keep it too', async ({ page }) => {
  await openPool(page, 'demo-partner-portal', 'Security');
  await minLength(page).fill('11');
  // Moving between the pool's own tabs is free, and the draft comes back with the tab.
  await page.getByRole('tab', { name: 'Tags' }).click();
  await page.getByRole('tab', { name: 'Security' }).click();
  await expect(minLength(page)).toHaveValue('11');

  const messages: string[] = [];
  page.once('dialog', (dialog) => {
    messages.push(dialog.message());
    void dialog.dismiss();
  });
  await page.getByRole('link', { name: 'User pools' }).first().click();
  await expect.poll(() => messages).toEqual(['This pool has unsaved changes. Leave and discard them?']);
  await expect(minLength(page)).toHaveValue('11');

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('link', { name: 'User pools' }).first().click();
  await expect(page.getByRole('heading', { name: /User pools/ })).toBeVisible();
  await page.getByRole('link', { name: 'demo-partner-portal', exact: true }).click();
  await page.getByRole('tab', { name: 'Security' }).click();
  await expect(minLength(page)).toHaveValue('8');
});

test('switches email sending to SES with a verified identity as FROM; SES without one is refused inline', async ({
  page,
}) => {
  await openPool(page, 'demo-partner-portal', 'Messaging');
  await page.getByRole('radio', { name: /^Amazon SES/ }).check();
  await expect(page.getByText('Sending through SES needs the SES identity (FROM) chosen')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save messages' })).toBeDisabled();
  await page.getByRole('button', { name: /SES identity \(FROM\)/ }).click();
  await page.getByRole('option', { name: 'no-reply@example.com' }).click();
  await page.getByRole('button', { name: 'Save messages' }).click();
  await expect(diff(page).getByRole('row').filter({ hasText: 'Email sent by' })).toContainText(
    /COGNITO_DEFAULT\s*DEVELOPER/,
  );
  await expect(diff(page).getByRole('row').filter({ hasText: 'SES identity (FROM)' })).toContainText(
    'identity/no-reply@example.com',
  );
  await diff(page).getByRole('button', { name: 'Apply 2 changes' }).click();
  await expect(diff(page)).toBeHidden();
});
