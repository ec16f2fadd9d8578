import { expect, test } from '@playwright/test';
import type { WindowApi } from '../../src/shared/ipc/api';
import { expectPools, openConsole } from './support/console-page';
import { screenshotPath } from './support/screenshots';

const SANDBOX = { profile: 'Local sandbox', region: 'us-east-1' };

test('a pool whose FROM identity is missing fails pre-flight; the fix button creates it and the check passes', async ({
  page,
}) => {
  await openConsole(page);
  await expectPools(page, ['demo-partner-portal']);
  const from = `launch-${Date.now().toString(36)}@partners.example.org`;
  // Point demo-partner-portal at an SES identity that does not exist, through the app's own safe-update channel.
  const poolId = await page.evaluate(
    async ({ ref, from }) => {
      const api = (window as unknown as { api: WindowApi }).api;
      const list = await api.invoke('userPools:list', ref);
      if (!list.ok) throw new Error(list.error.message);
      const pool = list.value.find((p) => p.name === 'demo-partner-portal');
      if (!pool) throw new Error('demo-partner-portal is missing');
      const updated = await api.invoke('userPools:update', {
        ...ref,
        userPoolId: pool.id,
        edit: {
          EmailConfiguration: {
            EmailSendingAccount: 'DEVELOPER',
            SourceArn: `arn:aws:ses:${ref.region}:123456789012:identity/${from}`,
            From: `Partner portal <${from}>`,
          },
        },
      });
      if (!updated.ok) throw new Error(updated.error.message);
      return pool.id;
    },
    { ref: SANDBOX, from },
  );

  // SES > Pre-flight lists every pool; the failing one is open.
  await page.getByRole('link', { name: 'Pre-flight' }).click();
  const section = page.getByTestId('preflight-demo-partner-portal');
  await expect(section.getByTestId('finding-from-identity')).toHaveAttribute('data-status', 'fail');
  await expect(section).toContainText(`${from} is not an SES identity in us-east-1`);
  await page.setViewportSize({ width: 1400, height: 960 });
  await page.screenshot({ path: screenshotPath('preflight.png'), animations: 'disabled' });

  // The pool's Messaging tab shows the same finding; its button creates the identity and re-checks.
  await page.evaluate((id) => (window.location.hash = `#/pools/${id}/messaging`), poolId);
  const panel = page.getByTestId('pool-preflight');
  const finding = panel.getByTestId('finding-from-identity');
  await expect(finding).toHaveAttribute('data-status', 'fail');
  await panel.getByRole('button', { name: `Create identity ${from} in us-east-1` }).click();
  await expect(finding).toHaveAttribute('data-status', 'pass');
  await expect(panel).toContainText(`${from} is verified in us-east-1.`);
  await expect(panel.getByRole('button', { name: `Create identity ${from} in us-east-1` })).toHaveCount(0);
});
