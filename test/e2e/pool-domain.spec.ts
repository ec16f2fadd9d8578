import { expect, test } from '@playwright/test';
import { expectPools, openConsole } from './support/console-page';

test('creates a Cognito prefix domain after an availability check and shows its managed login URL', async ({
  page,
}) => {
  const prefix = `partner-${Date.now().toString(36)}`;
  await openConsole(page);
  await expectPools(page, ['demo-partner-portal']);
  await page.getByRole('link', { name: 'demo-partner-portal', exact: true }).click();
  await page.getByRole('tab', { name: 'Domain' }).click();

  const box = page.getByRole('textbox', { name: 'Domain prefix' });
  await box.fill('Partner_Portal');
  await expect(page.getByText('Use lowercase letters, digits and hyphens (not at either end)')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Check availability' })).toBeDisabled();
  await box.fill(prefix);
  await expect(page.getByText(`https://${prefix}.auth.us-east-1.amazoncognito.com`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create domain' })).toBeDisabled();
  await page.getByRole('button', { name: 'Check availability' }).click();
  await expect(page.getByText('Available')).toBeVisible();
  await page.getByRole('button', { name: 'Create domain' }).click();

  const domain = page.getByTestId('pool-domain');
  await expect(domain).toContainText(prefix);
  await expect(domain).toContainText('ACTIVE');
  await expect(domain).toContainText(`https://${prefix}.auth.us-east-1.amazoncognito.com`);
});
