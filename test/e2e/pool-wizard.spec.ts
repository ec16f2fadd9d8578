import { expect, test } from '@playwright/test';
import { expectPools, grid, openConsole } from './support/console-page';
import { screenshotPath } from './support/screenshots';

test('creates a pool with the wizard: fixed settings flagged, bad input stops the step, the new pool opens, and is deleted once its protection is off', async ({
  page,
}) => {
  const name = `wizard-${Date.now().toString(36)}`;
  await openConsole(page);
  await expectPools(page, ['demo-app-users']);
  await page.getByRole('button', { name: 'Create user pool' }).click();
  await expect(page).toHaveURL(/#\/pools\?create=1/);

  // Step 1: sign-in, fixed at creation.
  await expect(page.getByText('can never change after the pool is created')).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Name the pool')).toBeVisible();
  await page.getByRole('textbox', { name: 'Pool name' }).fill(name);
  await page.getByRole('radio', { name: /^A username/ }).check();
  await page.getByRole('checkbox', { name: 'preferred_username' }).check();
  await page.getByRole('button', { name: 'Next' }).click();

  // Step 2: a custom attribute with a bad name is refused, then fixed.
  await page.getByRole('button', { name: 'Add custom attribute' }).click();
  await page.getByRole('textbox', { name: 'Custom attribute 1 name' }).fill('has space');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('custom:has space: Use letters, digits and _ only')).toBeVisible();
  await page.getByRole('textbox', { name: 'Custom attribute 1 name' }).fill('tenant_id');
  await page.getByRole('button', { name: 'Next' }).click();

  // Step 3: a 5-character minimum is refused before any call.
  await page.getByRole('spinbutton', { name: 'Minimum password length' }).fill('5');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('The minimum password length must be at least 6')).toBeVisible();
  await page.getByRole('spinbutton', { name: 'Minimum password length' }).fill('10');
  await page.getByRole('radio', { name: 'Optional' }).check();
  await page.getByRole('button', { name: 'Next' }).click();

  // Step 4: email through SES from a verified identity of the profile, an SMS role (checked), a tag.
  await page.getByRole('radio', { name: /^Lite/ }).check();
  await page.getByRole('radio', { name: /^Amazon SES/ }).check();
  await page.getByRole('button', { name: 'SES identity (FROM)' }).click();
  await page.getByRole('option', { name: 'example.com', exact: true }).click();
  await page.getByRole('textbox', { name: 'FROM address' }).fill('Demo <no-reply@example.com>');
  await page.getByRole('textbox', { name: 'SMS IAM role ARN' }).fill('arn:aws:iam::123456789012:user/bob');
  await page.getByRole('button', { name: 'Add tag' }).click();
  await page.getByRole('textbox', { name: 'Tag 1 key' }).fill('team');
  await page.getByRole('textbox', { name: 'Tag 1 value' }).fill('identity');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText(/^Not an IAM role ARN/)).toBeVisible();
  await page.getByRole('textbox', { name: 'SMS IAM role ARN' }).fill('arn:aws:iam::123456789012:role/cognito-sms');
  await page.getByRole('button', { name: 'Next' }).click();

  // Step 5: an initial client whose http:// callback is refused, and a Cognito domain prefix.
  await page.getByRole('textbox', { name: 'App client name' }).fill('web');
  await page.getByRole('textbox', { name: 'Callback URL' }).fill('http://app.example.com/cb');
  await page.getByRole('textbox', { name: 'Domain prefix' }).fill(name);
  // A Lite pool gets the classic hosted UI: said before creating, not discovered after.
  await expect(page.getByText('The Lite plan lacks managed login')).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('use https:// (http:// is allowed for localhost only)')).toBeVisible();
  await page.getByRole('textbox', { name: 'Callback URL' }).fill('https://app.example.com/cb');
  await page.getByRole('button', { name: 'Next' }).click();

  // Review: what can never change is listed on its own.
  await expect(page.getByText('A username (aliases: preferred_username)')).toBeVisible();
  await expect(page.getByText('custom:tenant_id (String)')).toBeVisible();
  await expect(page.getByText('Amazon SES (example.com)')).toBeVisible();
  await expect(page.getByText('Feature plan')).toBeVisible();
  await expect(page.getByText('web (callback https://app.example.com/cb)')).toBeVisible();
  await page.screenshot({ path: screenshotPath('screenshot-pool-wizard.png'), fullPage: true, animations: 'disabled' });
  await page.getByRole('button', { name: 'Create user pool' }).click();

  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  await expect(page.getByTestId('fixed-settings')).toContainText('username, or preferred_username as an alias');
  await page.getByRole('tab', { name: 'Security' }).click();
  await expect(page.getByRole('spinbutton', { name: 'Minimum length' })).toHaveValue('10');
  await page.getByRole('tab', { name: 'Messaging' }).click();
  await expect(page.getByRole('textbox', { name: 'SMS IAM role ARN' })).toHaveValue(
    'arn:aws:iam::123456789012:role/cognito-sms',
  );
  await page.getByRole('tab', { name: 'Domain' }).click();
  await expect(page.getByTestId('pool-domain')).toContainText(name);
  await expect(page.getByRole('table')).toContainText('web');
  await page.getByRole('link', { name: 'User pools' }).first().click();
  // Select by its id cell: the name cell is a link that opens the pool.
  await grid(page)
    .getByRole('row', { name: new RegExp(name) })
    .getByRole('gridcell')
    .nth(1)
    .click();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  // Deletion protection (on by default) blocks the delete until turned off, from the same dialog.
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Deletion protection is on');
  await dialog.getByRole('textbox', { name: 'Pool name to confirm' }).fill(name);
  await expect(dialog.getByRole('button', { name: 'Delete pool' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Turn off deletion protection' }).click();
  await expect(dialog).not.toContainText('Deletion protection is on');
  await dialog.getByRole('button', { name: 'Delete pool' }).click();
  await expect(grid(page).getByRole('gridcell', { name, exact: true })).toHaveCount(0);
});

test('creates a pool from an export file: a bad file is named, the summary shows what will be created', async ({
  page,
}) => {
  const name = `from-file-${Date.now().toString(36)}`;
  const data = {
    format: 'cognito-console/pool-export@1',
    pool: {
      PoolName: 'exported-pool',
      UsernameAttributes: ['email'],
      Policies: { PasswordPolicy: { MinimumLength: 13 } },
      DeletionProtection: 'INACTIVE',
    },
    clients: [{ ClientName: 'exported-web', ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] }],
    groups: [{ GroupName: 'admins', Description: 'Administrators', Precedence: 1 }],
  };
  await openConsole(page);
  await expectPools(page, ['demo-app-users']);
  await page.getByRole('button', { name: 'Create pool from file' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create a user pool from an export file' });
  const input = dialog.locator('input[type=file]');
  await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":') });
  await expect(dialog.getByText('broken.json is not JSON.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Create pool' })).toBeDisabled();
  await input.setInputFiles({
    name: 'pool.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(data)),
  });
  await expect(dialog.getByText('exported-web')).toBeVisible();
  await expect(dialog.getByText('admins')).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'New pool name' })).toHaveValue('exported-pool');
  await dialog.getByRole('textbox', { name: 'New pool name' }).fill(name);
  await page.waitForTimeout(400); // let the modal finish fading in
  await page.screenshot({ path: screenshotPath('screenshot-pool-from-file.png'), animations: 'disabled' });
  await dialog.getByRole('button', { name: 'Create pool' }).click();

  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  await page.getByRole('tab', { name: 'Security' }).click();
  await expect(page.getByRole('spinbutton', { name: 'Minimum length' })).toHaveValue('13');
  await page.getByRole('tab', { name: 'App clients' }).click();
  await expect(page.getByText('exported-web')).toBeVisible();
});
