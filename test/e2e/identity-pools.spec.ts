import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { expectPools, openConsole } from './support/console-page';
import { screenshotPath } from './support/screenshots';

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

async function openIdentityPools(page: Page) {
  await openConsole(page);
  // The sandbox seeds 300 users on first start: on a busy machine that takes longer than one expect timeout.
  await expect(page.getByText('Connected', { exact: true })).toBeVisible({ timeout: 120_000 });
  await expectPools(page, ['demo-app-users']);
  await page.getByRole('link', { name: 'Identity pools' }).click();
  await expect(page.getByRole('rowheader', { name: 'demo_identities' })).toBeVisible();
}

test.describe.configure({ timeout: 240_000 });

test('identity pools list the demo pool, show its Cognito provider checked against real pools, and guard delete', async ({
  page,
}) => {
  await openIdentityPools(page);
  await page.getByRole('radio', { name: 'Select demo_identities' }).click();
  await expect(page.getByRole('heading', { name: /Cognito user pool providers/ })).toBeVisible();
  await expect(page.getByText('Pool and client exist')).toBeVisible();
  await expect(page.getByText('Guest access', { exact: true })).toBeVisible();
  await page.screenshot({ path: screenshotPath('screenshot-identity-pools.png'), animations: 'disabled' });

  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Apps that get AWS credentials through it stop working');
  await expect(dialog.getByRole('button', { name: 'Delete identity pool' })).toBeDisabled();
  await dialog.getByRole('textbox', { name: 'Identity pool name to confirm' }).fill('demo_identities');
  await expect(dialog.getByRole('button', { name: 'Delete identity pool' })).toBeEnabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('rowheader', { name: 'demo_identities' })).toBeVisible();
});

test('create an identity pool on a sandbox user pool and client (guest access off), edit it through the diff, see UNSUPPORTED roles, delete it by name', async ({
  page,
}) => {
  const calls = recordCalls(page);
  const name = `e2e pool ${Date.now().toString(36)}`;
  await openIdentityPools(page);
  await page.getByRole('button', { name: 'Create identity pool' }).click();
  const form = page.getByTestId('create-identity-pool');
  await expect(form.getByRole('heading', { name: 'Create identity pool' })).toBeVisible();

  // Bad input: an inline error on each field, and Create sends nothing.
  await form.getByRole('textbox', { name: 'Identity pool name' }).fill('bad/name');
  await form.getByRole('textbox', { name: 'SAML provider ARNs' }).fill('arn:aws:iam::123:saml-provider/Corp');
  await form.getByRole('textbox', { name: 'OpenID Connect provider ARNs' }).fill('arn:aws:iam::123456789012:role/x');
  await form.getByRole('button', { name: 'Create identity pool' }).click();
  await expect(form.getByText('Letters, digits, spaces and + = , . @ _ - only')).toBeVisible();
  await expect(form.getByText(/Not an ARN of this kind .*saml-provider/)).toBeVisible();
  await expect(form.getByText(/Not an ARN of this kind .*oidc-provider/)).toBeVisible();
  await expect(form.getByText('Fix the highlighted fields before creating.', { exact: true })).toBeVisible();
  expect(calls).not.toContain('identityPools:create');

  // Good input: a provider picked from the sandbox's pools and clients, guest access left off.
  await form.getByRole('textbox', { name: 'Identity pool name' }).fill(name);
  await form.getByRole('textbox', { name: 'SAML provider ARNs' }).fill('');
  await form.getByRole('textbox', { name: 'OpenID Connect provider ARNs' }).fill('');
  await form.getByRole('textbox', { name: 'Google Client ID' }).fill('123-abc.apps.googleusercontent.com');
  await form.getByRole('button', { name: /^User pool/ }).click();
  await page.getByRole('option', { name: /demo-app-users/ }).click();
  await form.getByRole('button', { name: /^App client/ }).click();
  await page.getByRole('option', { name: /demo-web-app/ }).click();
  await form.getByRole('button', { name: 'Add provider' }).click();
  await expect(form.getByRole('table', { name: 'Cognito user pool providers' })).toContainText('demo-app-users');
  await expect(form.getByRole('checkbox', { name: /Allow guest/ })).not.toBeChecked();
  await form.getByRole('textbox', { name: 'Developer provider name' }).fill('login.e2e.app');
  await expect(form.getByText(/Fixed after creation/)).toBeVisible();
  // Tall enough for the whole form: the app layout's sticky header would cover part of a scrolled capture.
  await page.setViewportSize({ width: 1400, height: 1500 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: screenshotPath('identity-pool-create.png'), animations: 'disabled' });
  await page.setViewportSize({ width: 1400, height: 850 });
  await form.getByRole('button', { name: 'Create identity pool' }).click();

  // In the list, selected, with its provider checked against the sandbox's real pool and client.
  await expect(page.getByRole('rowheader', { name })).toBeVisible();
  await expect(page.getByRole('radio', { name: `Select ${name}` })).toBeChecked();
  await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
  await expect(page.getByText('Pool and client exist')).toBeVisible();
  await expect(page.getByText('login.e2e.app')).toBeVisible();
  await expect(page.getByText('Off', { exact: true }).first()).toBeVisible();
  const roles = page.getByTestId('identity-pool-roles');
  await expect(roles.getByText('UNSUPPORTED', { exact: true })).toBeVisible();
  await expect(roles).toContainText('GetIdentityPoolRoles');
  await page.screenshot({ path: screenshotPath('identity-pool-detail.png'), fullPage: true, animations: 'disabled' });

  // Edit: toggle the classic flow; the diff names the one change; moto answers OK but does not keep it.
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const editor = page.getByTestId('identity-pool-editor');
  await editor.getByText('Allow the basic (classic) flow').click();
  await editor.getByRole('button', { name: 'Save changes' }).click();
  const diff = page.getByTestId('diff-modal');
  await expect(diff.getByRole('heading', { name: '1 setting will change' })).toBeVisible();
  await expect(diff.getByRole('table', { name: 'Changes' })).toContainText('Basic (classic) flow');
  expect(calls).not.toContain('identityPools:update');
  await diff.getByRole('button', { name: 'Apply 1 change' }).click();
  await expect(page.getByText(`Saved ${name}`)).toBeVisible();
  await expect(page.getByText('Not kept: Basic (classic) flow')).toBeVisible();
  expect(calls).toContain('identityPools:update');

  // Delete by typing the name.
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Identity pool name to confirm' }).fill(name);
  await dialog.getByRole('button', { name: 'Delete identity pool' }).click();
  await expect(page.getByText(`Deleted identity pool ${name}`)).toBeVisible();
  await expect(page.getByRole('rowheader', { name })).toBeHidden();
  await expect(page.getByRole('rowheader', { name: 'demo_identities' })).toBeVisible();
});
