import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { openConsole } from './support/console-page';
import { screenshotPath } from './support/screenshots';

const NAME = 'e2e-welcome';
const HTML = '<h1>Hi {{name}}</h1><p>Your code is {{code}</p>';

const source = (page: Page) => page.getByRole('textbox', { name: 'HTML part (HTML source)' });
const preview = (page: Page) => page.frameLocator('[data-testid="email-preview"]');
const editor = (page: Page) => page.getByTestId('ses-template-editor');

async function openTemplates(page: Page): Promise<{ problems: string[] }> {
  const opened = await openConsole(page);
  // The first spec of a run may wait for the sandbox to seed on a busy machine.
  await expect(page.getByText('Connected', { exact: true })).toBeVisible({ timeout: 90_000 });
  await page.getByRole('link', { name: 'Templates', exact: true }).click();
  await expect(page.getByRole('heading', { name: /SES email templates/ })).toBeVisible();
  return opened;
}

/** Replaces the HTML part in its source tab, as typing would. */
async function typeSource(page: Page, html: string): Promise<void> {
  await page.getByRole('tab', { name: 'HTML source' }).click();
  await source(page).click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(html);
}

test.setTimeout(180_000);

test('creates an SES template, lints it, previews it, renders it with SES, saves, reloads, sends a test and deletes it', async ({
  page,
}) => {
  const { problems } = await openTemplates(page);
  await expect(page.getByRole('link', { name: 'demo-order-shipped' })).toBeVisible();

  // Create: a starter template opens in the editor.
  await page.getByRole('button', { name: 'Create template' }).click();
  await page.getByRole('textbox', { name: 'Template name' }).fill('bad name');
  await expect(page.getByRole('button', { name: 'Create', exact: true })).toBeDisabled();
  await page.getByRole('textbox', { name: 'Template name' }).fill(NAME);
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page.getByRole('heading', { name: `SES template ${NAME}` })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`#/templates/ses/${NAME}$`));

  // A malformed variable is an error that blocks saving; its quick fix repairs it.
  await page.getByRole('textbox', { name: 'Subject' }).fill('Welcome {{name}}');
  await typeSource(page, HTML);
  await expect(editor(page).getByTestId('finding-ses-malformed-variable')).toContainText('{{code}');
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeDisabled();

  // Leaving with unsaved edits asks first; staying keeps them.
  const asked: string[] = [];
  page.once('dialog', (d) => {
    asked.push(d.message());
    void d.dismiss();
  });
  await page.getByRole('link', { name: 'demo-order-shipped' }).click();
  await expect.poll(() => asked).toEqual(['This SES template has unsaved changes. Leave and discard them?']);
  await expect(page).toHaveURL(new RegExp(`#/templates/ses/${NAME}$`));

  await editor(page).getByRole('button', { name: 'Replace with {{code}}' }).click();
  await expect(editor(page).getByTestId('finding-ses-malformed-variable')).toHaveCount(0);

  // The preview fills the variables from the template data typed as JSON.
  await page.getByRole('textbox', { name: 'Template data' }).fill('{"name": "Ada", "code": "424242"}');
  await expect(preview(page).locator('h1')).toHaveText('Hi Ada');
  await expect(preview(page).locator('p')).toHaveText('Your code is 424242');
  await expect(page.getByTestId('preview-subject')).toHaveText('Welcome Ada');
  await page.getByRole('textbox', { name: 'Template data' }).fill('{"name": ');
  await expect(page.getByText(/^Not valid JSON/)).toBeVisible();
  await page.getByRole('textbox', { name: 'Template data' }).fill('{"name": "Ada", "code": "424242"}');

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText(`Saved ${NAME}.`)).toBeVisible();

  // SES renders the saved template: its MIME message sits beside the local preview.
  await page.getByRole('button', { name: 'Render with SES' }).click();
  const mime = page.getByTestId('ses-render-mime');
  await expect(mime).toContainText('Subject: Welcome Ada');
  await expect(mime).toContainText('Content-Type: text/html');
  await expect(mime).toContainText('424242');

  // Export: the .json, .html and .txt files, as saved.
  const downloads: string[] = [];
  page.on('download', (d) => {
    downloads.push(d.suggestedFilename());
    if (d.suggestedFilename().endsWith('.html')) {
      void d
        .path()
        .then((p) => expect(readFileSync(p, 'utf8')).toBe('<h1>Hi {{name}}</h1><p>Your code is {{code}}</p>'));
    }
  });
  await page.getByRole('button', { name: 'Export files' }).click();
  await expect.poll(() => downloads.sort()).toEqual([`${NAME}.html`, `${NAME}.json`, `${NAME}.txt`]);

  // Import: files replace the editor's content (not yet saved); Discard brings the saved template back.
  await page.getByRole('button', { name: 'Import files' }).click();
  await page
    .getByRole('dialog')
    .locator('input[type="file"]')
    .setInputFiles([
      {
        name: 'other.json',
        mimeType: 'application/json',
        buffer: Buffer.from(
          JSON.stringify({ TemplateName: 'other', TemplateContent: { Subject: 'Imported {{name}}' } }),
        ),
      },
      { name: 'other.html', mimeType: 'text/html', buffer: Buffer.from('<h1>From a file, {{name}}</h1>') },
    ]);
  await page.getByRole('dialog').getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Subject' })).toHaveValue('Imported {{name}}');
  await expect(preview(page).locator('h1')).toHaveText('From a file, Ada');
  await page.getByRole('button', { name: 'Discard changes' }).click();
  await expect(page.getByRole('textbox', { name: 'Subject' })).toHaveValue('Welcome {{name}}');

  // Reload: the saved content comes back from SES.
  await page.reload();
  await expect(page.getByRole('heading', { name: `SES template ${NAME}` })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Subject' })).toHaveValue('Welcome {{name}}');
  await page.getByRole('tab', { name: 'HTML source' }).click();
  await expect(source(page)).toContainText('<p>Your code is {{code}}</p>');

  // Test send: the sandbox account warns about an unverified recipient; a verified one sends.
  await page.getByText('Send a test email').click();
  await page.getByRole('combobox', { name: 'From' }).fill('no-reply@example.com');
  await page.getByRole('textbox', { name: 'Recipient address' }).fill('someone@elsewhere.test');
  await expect(page.getByTestId('ses-sandbox-recipient-warning')).toContainText('someone@elsewhere.test');
  await page.getByRole('textbox', { name: 'Recipient address' }).fill('support@example.com');
  await expect(page.getByTestId('ses-sandbox-recipient-warning')).toHaveCount(0);
  await page.getByRole('button', { name: 'Send test email' }).click();
  await expect(page.getByText('SES accepted the email')).toBeVisible();

  // Delete asks for the name typed out.
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const confirm = page.getByRole('dialog');
  await expect(confirm.getByRole('button', { name: 'Delete' })).toBeDisabled();
  await confirm.getByRole('textbox', { name: 'Template name to confirm' }).fill(NAME);
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(page).toHaveURL(/#\/templates$/);
  await expect(page.getByRole('link', { name: NAME })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'demo-order-shipped' })).toBeVisible();
  expect(problems).toEqual([]);
});

test('screenshots of the SES template editor, light and dark', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await openTemplates(page);
    await page.getByRole('link', { name: 'demo-order-shipped' }).click();
    await page.getByRole('button', { name: 'Render with SES' }).click();
    await expect(page.getByTestId('ses-render-mime')).toContainText('Subject: Your order');
    await expect(preview(page).locator('h1')).toHaveText('Hello Sample name,');
    await page.setViewportSize({ width: 1400, height: 1250 });
    // The same frame in both themes: the editor's heading at the top, the MIME message at the bottom.
    await page
      .getByRole('heading', { name: 'SES template demo-order-shipped' })
      .evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: screenshotPath(`ses-template-editor-${scheme}.png`), animations: 'disabled' });
  }
});
