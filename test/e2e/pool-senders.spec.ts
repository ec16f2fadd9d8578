import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { grid, openConsole } from './support/console-page';
import { screenshotPath } from './support/screenshots';

const FN = 'arn:aws:lambda:us-east-1:123456789012:function:email-sender';
const KEY = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const ROLE = 'arn:aws:iam::123456789012:role/cognito-sms';

async function openTab(page: Page, tab: string): Promise<void> {
  await openConsole(page);
  // The first test of a run also waits for the sandbox to start on a busy machine.
  await expect(grid(page).getByRole('gridcell', { name: 'demo-partner-portal', exact: true })).toBeVisible({
    timeout: 60_000,
  });
  await page.getByRole('link', { name: 'demo-partner-portal', exact: true }).click();
  await page.getByRole('tab', { name: tab }).click();
}

/** The channels the page calls: proves no update was sent while a field was invalid. */
function recordCalls(page: Page): string[] {
  const calls: string[] = [];
  page.on('request', (request) => {
    if (!request.url().includes('/__api/invoke')) return;
    const body = request.postDataJSON() as { channel?: string } | null;
    if (body?.channel) calls.push(body.channel);
  });
  return calls;
}

test('a custom email sender without a KMS key is an inline error; with the key it saves through the diff', async ({
  page,
}) => {
  const calls = recordCalls(page);
  await openTab(page, 'Triggers');
  const senders = page.getByTestId('custom-senders');
  await senders.getByRole('textbox', { name: 'Custom email sender function ARN' }).fill(FN);
  await expect(
    senders.getByText('A custom email or SMS sender needs the KMS key Cognito encrypts codes with'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save triggers' })).toBeDisabled();
  await senders.scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath('screenshot-pool-custom-senders.png'), animations: 'disabled' });
  expect(calls.filter((c) => c.startsWith('userPools:preview') || c === 'userPools:update')).toEqual([]);

  await senders.getByRole('textbox', { name: 'KMS key ARN' }).fill('alias/cognito');
  await expect(senders.getByText(/^Not a KMS key ARN/)).toBeVisible();
  await senders.getByRole('textbox', { name: 'KMS key ARN' }).fill(KEY);
  await page.getByRole('button', { name: 'Save triggers' }).click();
  const diff = page.getByTestId('diff-modal');
  await expect(diff.getByRole('heading', { name: '3 settings will change' })).toBeVisible();
  await diff.getByRole('button', { name: 'Apply 3 changes' }).click();
  await expect(page.getByText('3 settings changed on demo-partner-portal.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'KMS key ARN' })).toHaveValue(KEY);
  await expect(page.getByRole('textbox', { name: 'Custom email sender function ARN' })).toHaveValue(FN);
});

test('sets the SMS role, external id and SNS region in Messaging through the diff', async ({ page }) => {
  await openTab(page, 'Messaging');
  const sms = page.getByTestId('sms-sending');
  await sms.getByRole('textbox', { name: 'External id' }).fill('partner-ext');
  await expect(sms.getByText('An external id or SNS region needs the IAM role too')).toBeVisible();
  await sms.getByRole('textbox', { name: 'SMS IAM role ARN' }).fill('arn:aws:iam::123456789012:user/bob');
  await expect(sms.getByText(/^Not an IAM role ARN/)).toBeVisible();
  await sms.getByRole('textbox', { name: 'SMS IAM role ARN' }).fill(ROLE);
  await sms.getByRole('textbox', { name: 'SNS region' }).fill('eu-west-1');
  await page.getByRole('button', { name: 'Save messages' }).click();
  const diff = page.getByTestId('diff-modal');
  await expect(diff.getByRole('row').filter({ hasText: 'SMS role ARN' })).toContainText(ROLE);
  await diff.getByRole('button', { name: /^Apply \d+ changes?$/ }).click();
  await expect(diff).toBeHidden();
  await page.reload();
  await expect(page.getByTestId('sms-sending').getByRole('textbox', { name: 'External id' })).toHaveValue(
    'partner-ext',
  );
});
