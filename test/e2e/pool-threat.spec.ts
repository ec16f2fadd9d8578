import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { expectPools, openConsole } from './support/console-page';
import { screenshotPath } from './support/screenshots';

// The Local sandbox is moto, which lacks the risk configuration, log delivery and managed login branding calls:
// these specs check that each screen says UNSUPPORTED instead of breaking, and that bad input is refused inline
// before any call (the service behaviour itself is unit-tested with responses shaped like the API reference).

async function openPool(page: Page, name: string, tab: string): Promise<void> {
  await openConsole(page);
  // The first spec of a run waits for the sandbox to start (slower while other work loads the machine).
  await expect(page.getByText('Connected', { exact: true })).toBeVisible({ timeout: 120_000 });
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

const diff = (page: Page) => page.getByTestId('diff-modal');

test('threat protection: plan warning, UNSUPPORTED risk configuration, a bad CIDR refused inline with no call', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  await openPool(page, 'demo-app-users', 'Threat protection');
  await expect(page.getByRole('heading', { name: 'Threat protection', level: 2 })).toBeVisible();
  await expect(page.getByTestId('threat-plan-warning')).toContainText('Threat protection needs the Plus plan');
  const form = page.getByTestId('risk-configuration');
  await expect(page.getByText('This endpoint does not implement DescribeRiskConfiguration.')).toBeVisible();
  await expect(page.getByTestId('risk-configuration-unsupported')).toBeVisible();
  for (const name of ['Compromised credentials', 'Adaptive authentication', 'IP exceptions']) {
    await expect(form.getByRole('heading', { name, level: 2 })).toBeVisible();
  }
  await page.screenshot({ path: screenshotPath('pool-threat-protection.png'), fullPage: true, animations: 'disabled' });

  const calls = recordCalls(page);
  const save = form.getByRole('button', { name: 'Save risk configuration' });
  await form.getByRole('textbox', { name: 'Always block' }).fill('203.0.113.0/24\n10.0.0.0/33');
  await expect(form.getByText('"10.0.0.0/33" is not a CIDR range')).toBeVisible();
  await expect(form.getByText('Fix the highlighted fields before saving.', { exact: true })).toBeVisible();
  await expect(save).toBeDisabled();
  await save.click({ force: true });
  await expect(diff(page)).toBeHidden();

  // Emailing users needs the SES identity they are sent from.
  await form.getByRole('textbox', { name: 'Always block' }).fill('203.0.113.0/24');
  await form.getByRole('button', { name: 'High risk' }).click();
  await page.getByRole('option', { name: 'Block the sign-in' }).click();
  await form.getByText('Email the user').nth(2).click();
  await expect(form.getByText('Notifying users needs the SES identity the emails are sent from')).toBeVisible();
  await expect(save).toBeDisabled();
  expect(calls.filter((c) => c === 'userPools:set-risk')).toEqual([]);

  // Valid again (the switch turned off is no change): the diff lists exactly the edits; the endpoint refuses.
  await form.getByText('Email the user').nth(2).click();
  await save.click();
  const rows = diff(page).getByRole('row');
  await expect(diff(page).getByRole('heading', { name: '2 settings will change' })).toBeVisible();
  await expect(rows.filter({ hasText: 'Always block these IP ranges' })).toContainText('203.0.113.0/24');
  await expect(rows.filter({ hasText: 'High risk: action' })).toContainText('BLOCK');
  await diff(page).getByRole('button', { name: 'Apply 2 changes' }).click();
  await expect(form.getByText('This endpoint does not implement DescribeRiskConfiguration.')).toBeVisible();
  expect(calls.filter((c) => c === 'userPools:set-risk')).toEqual(['userPools:set-risk']);
  await diff(page).getByRole('button', { name: 'Cancel' }).click();
  await form.getByRole('button', { name: 'Discard changes' }).click();
  await expect(save).toBeDisabled();

  // An app client's own configuration: the same screen, scoped to the client, equally UNSUPPORTED here.
  await page.getByRole('button', { name: 'Risk configuration for' }).click();
  await page.getByRole('option', { name: /^demo-web-app/ }).click();
  await expect(page.getByTestId('risk-configuration-unsupported')).toBeVisible();
  await expect(form.getByRole('heading', { name: 'IP exceptions', level: 2 })).toBeVisible();
});

test('passkeys: a relying party id with https:// is refused inline; the sandbox says it cannot keep the setting', async ({
  page,
}) => {
  await openPool(page, 'demo-app-users', 'Security');
  const form = page.getByTestId('passkey-settings');
  await expect(form.getByRole('heading', { name: 'Passkeys', level: 2 })).toBeVisible();
  const calls = recordCalls(page);
  const box = form.getByRole('textbox', { name: 'Relying party id' });
  const save = form.getByRole('button', { name: 'Save passkey settings' });
  await box.fill('https://auth.example.com');
  await expect(form.getByText('Enter the host name only, without https://')).toBeVisible();
  await expect(save).toBeDisabled();
  await save.click({ force: true });
  await expect(diff(page)).toBeHidden();
  expect(calls.filter((c) => c === 'userPools:set-passkeys')).toEqual([]);

  await box.fill('auth.example.com');
  await save.click();
  await expect(diff(page).getByRole('row').filter({ hasText: 'Passkey relying party id' })).toContainText(
    'auth.example.com',
  );
  await diff(page).getByRole('button', { name: 'Apply 1 change' }).click();
  await expect(form.getByText(/does not implement passkey settings/)).toBeVisible();
  await expect(form.getByTestId('error-alert')).toContainText('UNSUPPORTED');
  await diff(page).getByRole('button', { name: 'Cancel' }).click();
  await form.getByRole('button', { name: 'Discard changes' }).click();
});

test('logs: UNSUPPORTED in the sandbox, a wrong ARN for each source refused inline with no call', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 1080 });
  await openPool(page, 'demo-app-users', 'Logs');
  const form = page.getByTestId('log-delivery');
  await expect(form.getByRole('heading', { name: 'Message delivery errors (userNotification)' })).toBeVisible();
  await expect(form.getByRole('heading', { name: 'User authentication events (userAuthEvents)' })).toBeVisible();
  await expect(page.getByText('This endpoint does not implement GetLogDeliveryConfiguration.')).toBeVisible();
  await expect(page.getByTestId('logs-plan-warning')).toBeVisible();

  const calls = recordCalls(page);
  const save = form.getByRole('button', { name: 'Save log delivery' });
  // An S3 bucket is a valid destination for auth events but not for message delivery errors.
  await form.getByRole('textbox', { name: 'Log group ARN' }).fill('arn:aws:s3:::my-logs');
  await expect(form.getByText(/^Not a CloudWatch Logs log group ARN/)).toBeVisible();
  await form.getByRole('textbox', { name: 'Destination ARN' }).fill('arn:aws:sns:us-east-1:123456789012:alerts');
  await expect(form.getByText(/^Not a log group, S3 bucket or Firehose stream ARN/)).toBeVisible();
  await expect(save).toBeDisabled();
  await save.click({ force: true });
  await expect(diff(page)).toBeHidden();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: screenshotPath('pool-logs.png'), animations: 'disabled' });
  expect(calls.filter((c) => c === 'userPools:set-log-delivery')).toEqual([]);

  await form
    .getByRole('textbox', { name: 'Log group ARN' })
    .fill('arn:aws:logs:us-east-1:123456789012:log-group:/aws/vendedlogs/cognito');
  await form.getByRole('textbox', { name: 'Destination ARN' }).fill('arn:aws:s3:::my-logs');
  await save.click();
  await expect(diff(page).getByRole('heading', { name: '2 settings will change' })).toBeVisible();
  await diff(page).getByRole('button', { name: 'Cancel' }).click();
  await form.getByRole('button', { name: 'Discard changes' }).click();
  await expect(save).toBeDisabled();
});

test('managed login branding on the Domain tab: UNSUPPORTED in the sandbox, no write offered', async ({ page }) => {
  await openPool(page, 'demo-app-users', 'Domain');
  // The tab has loaded once it shows a section heading (the domain, or the forms to create one).
  await expect(page.getByRole('tabpanel').getByRole('heading', { level: 2 }).first()).toBeVisible();
  const branding = page.getByTestId('managed-login-branding');
  // The Domain tab includes the branding component from the issue-4 slice that owns that tab; until then, skip.
  test.skip((await branding.count()) === 0, 'the Domain tab does not include ManagedLoginBranding yet');
  await expect(
    branding.getByText('This endpoint does not implement DescribeManagedLoginBrandingByClient.'),
  ).toBeVisible();
  await expect(branding.getByRole('button', { name: /Create default style|Delete style/ })).toHaveCount(0);
});
