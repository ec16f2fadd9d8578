import { expect, test } from '@playwright/test';
import { expectPools, openConsole } from './support/console-page';
import { screenshotPath } from './support/screenshots';

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

test('creates a custom domain with a us-east-1 certificate, shows the alias target, updates the certificate and deletes it', async ({
  page,
}) => {
  const host = `auth-${Date.now().toString(36)}.example.com`;
  const cert = 'arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789';
  await openConsole(page);
  await expectPools(page, ['demo-app-users']);
  await page.getByRole('link', { name: 'demo-app-users', exact: true }).click();
  await page.getByRole('tab', { name: 'Domain' }).click();

  const form = page.getByTestId('custom-domain-form');
  await form.getByRole('textbox', { name: 'Custom domain' }).fill(host);
  const arn = form.getByRole('textbox', { name: 'ACM certificate ARN' });
  await arn.fill(cert.replace('us-east-1', 'eu-west-1'));
  await expect(form.getByText('The certificate must be in ACM in us-east-1 (N. Virginia)')).toBeVisible();
  await expect(form.getByRole('button', { name: 'Create custom domain' })).toBeDisabled();
  await arn.fill(cert);
  await form.getByRole('button', { name: 'Create custom domain' }).click();

  const domain = page.getByTestId('pool-domain');
  await expect(domain).toContainText(host);
  await expect(domain).toContainText('Custom domain');
  // moto's DescribeUserPoolDomain leaves out CustomDomainConfig, so the certificate shows as "Not reported" here.
  await expect(domain).toContainText('ACM certificate');
  await expect(domain).toContainText(/[0-9a-f]{16}\.cloudfront\.net/);
  await page.screenshot({
    path: screenshotPath('screenshot-pool-custom-domain.png'),
    fullPage: true,
    animations: 'disabled',
  });
  const before = (await domain.textContent()) ?? '';

  await page.getByRole('textbox', { name: 'New ACM certificate ARN' }).fill(cert.replace('0a1b', '9f9f'));
  await page.getByRole('button', { name: 'Update certificate' }).click();
  await expect.poll(async () => (await domain.textContent()) !== before).toBe(true);

  await domain.getByRole('button', { name: 'Delete domain' }).click();
  const modal = page.getByRole('dialog', { name: `Delete domain ${host}?` });
  await expect(modal.getByRole('button', { name: 'Delete domain' })).toBeDisabled();
  await modal.getByRole('textbox', { name: 'Domain to confirm' }).fill(host);
  await modal.getByRole('button', { name: 'Delete domain' }).click();
  await expect(page.getByTestId('custom-domain-form')).toBeVisible();
});
