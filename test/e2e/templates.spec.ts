import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { expectPools, openConsole } from './support/console-page';

// demo-partner-portal only: other specs read demo-app-users as seeded.
const POOL = 'demo-partner-portal';
const BODY =
  '<h2>Welcome to the partner portal</h2><p>Your user name is <b>{username}</b> and your temporary password is {####}.</p>';

const body = (page: Page) => page.getByRole('textbox', { name: /^(Body|Text)$/ });
const save = (page: Page) => page.getByRole('button', { name: 'Save invitation email' });
const preview = (page: Page) => page.frameLocator('[data-testid="email-preview"]');

async function openTemplates(page: Page, message: string): Promise<void> {
  const { problems } = await openConsole(page);
  await expectPools(page, [POOL]);
  await page.getByRole('link', { name: 'Templates', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Templates', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: /User pool/ }).click();
  await page.getByRole('option', { name: new RegExp(POOL) }).click();
  await page.getByRole('link', { name: message, exact: true }).click();
  await expect(body(page)).toBeVisible();
  expect(problems).toEqual([]);
}

/** The sample code the preview fills in for {####}, as the page states it. */
async function sampleCode(page: Page): Promise<string> {
  const note = await page.getByText(/^Sample code \d{6}/).textContent();
  return /\d{6}/.exec(note ?? '')?.[0] ?? 'none';
}

test('edits the invitation email: lint blocks saving, the quick fix repairs it, the preview and the save follow', async ({
  page,
}) => {
  await openTemplates(page, 'Invitation email');
  await body(page).fill(BODY.replace('{####}', ''));
  await expect(page.getByText(/^Must contain \{####\}/).first()).toBeVisible();
  await expect(page.getByTestId('finding-missing-placeholder')).toBeVisible();
  await expect(save(page)).toBeDisabled();

  await page.getByRole('button', { name: 'Insert {####}' }).click();
  await expect(body(page)).toHaveValue(/\{####\}/);
  await expect(page.getByTestId('finding-missing-placeholder')).toBeHidden();
  await expect(save(page)).toBeEnabled();

  await body(page).fill(BODY);
  const code = await sampleCode(page);
  await expect(preview(page).locator('body')).toContainText(`temporary password is ${code}`);
  await expect(preview(page).locator('b')).toHaveText('jane.doe');

  await save(page).click();
  const diff = page.getByTestId('diff-modal');
  await expect(diff.getByRole('row').filter({ hasText: 'Welcome to the partner portal' })).toBeVisible();
  await diff.getByRole('button', { name: /^Apply/ }).click();
  await expect(diff).toBeHidden();

  await page.reload();
  await expect(body(page)).toHaveValue(BODY);
  await expect(page.getByRole('row', { name: /Invitation email/ })).toContainText('Customized');
  await page.getByRole('button', { name: 'Mobile' }).click();
  // The editor and its preview at the top of the view, below the fixed top bar.
  await page.getByRole('heading', { name: 'Edit', level: 2 }).evaluate((el) => {
    el.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -150);
  });
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'docs/screenshot-templates.png' });
});

test('the SMS editor counts characters and segments as you type', async ({ page }) => {
  await openTemplates(page, 'Invitation SMS');
  await body(page).fill('Hi {username}, your password is {####}');
  await expect(page.getByTestId('body-count')).toContainText('1 segment (GSM-7');
  await expect(page.getByTestId('sms-bubble')).toContainText('Hi jane.doe, your password is');
  await body(page).fill(`{username} {####} ${'x'.repeat(150)}`);
  await expect(page.getByTestId('body-count')).toContainText('2 segments');
  await expect(page.getByText(/the limit is 140/).first()).toBeVisible();
  await body(page).fill('Hi {username} {####} ł');
  await expect(page.getByTestId('body-count')).toContainText('UCS-2');
  await page.getByRole('button', { name: 'Discard changes' }).click();
});

test('the preview is inert: no script runs, no handler fires, nothing is fetched', async ({ page }) => {
  const fetched: string[] = [];
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.includes('tracker.example') || url.includes('evil.example')) fetched.push(url);
    await route.continue();
  });
  const logs: string[] = [];
  page.on('console', (m) => logs.push(m.text()));
  page.on('dialog', (d) => {
    logs.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await openTemplates(page, 'Invitation email');
  await body(page).fill(
    '<p>{username} {####}</p><script>console.log("ran")</script><img src="https://tracker.example/p.gif" onerror="alert(1)">' +
      '<link rel="stylesheet" href="https://evil.example/a.css"><p style="color: red; background: url(https://evil.example/b.png)">red</p>',
  );
  await expect(page.getByTestId('finding-html-script')).toBeVisible();
  await expect(page.getByTestId('finding-html-event-handler')).toBeVisible();
  const frame = preview(page);
  await expect(frame.locator('img')).toHaveAttribute('alt', /not loaded in the preview: https:\/\/tracker.example/);
  await expect(frame.locator('script')).toHaveCount(0);
  await expect(frame.locator('[onerror]')).toHaveCount(0);
  await expect(frame.locator('p', { hasText: 'red' })).toHaveCSS('color', 'rgb(255, 0, 0)');
  await page.waitForTimeout(500);
  expect(fetched).toEqual([]);
  expect(logs.filter((l) => /ran|dialog|Refused|Content Security Policy/.test(l))).toEqual([]);

  // Leaving with the unsaved edit asks; staying keeps it, leaving discards it.
  // One handler answering from a queue: each click must raise exactly one question.
  page.removeAllListeners('dialog');
  const answers: ('accept' | 'dismiss')[] = ['dismiss'];
  const asked: string[] = [];
  page.on('dialog', (d) => {
    asked.push(d.message());
    void (answers.shift() === 'accept' ? d.accept() : d.dismiss());
  });
  await page.getByRole('link', { name: 'MFA SMS', exact: true }).click();
  await expect.poll(() => asked.length).toBe(1);
  await expect(body(page)).toHaveValue(/tracker\.example/);
  answers.push('accept');
  await page.getByRole('link', { name: 'MFA SMS', exact: true }).click();
  await expect(body(page)).toHaveValue(/authentication code/);
  expect(asked).toHaveLength(2);
});

test('saves the MFA SMS through the diff and reads it back', async ({ page }) => {
  await openTemplates(page, 'MFA SMS');
  const text = 'Partner portal sign-in code: {####}';
  await body(page).fill(text);
  await expect(page.getByTestId('body-count')).toContainText('1 segment');
  await page.getByRole('button', { name: 'Save mfa sms' }).click();
  const diff = page.getByTestId('diff-modal');
  await expect(diff.getByRole('row').filter({ hasText: 'Partner portal sign-in code' })).toBeVisible();
  await diff.getByRole('button', { name: /^Apply/ }).click();
  await expect(diff).toBeHidden();
  await page.reload();
  await expect(body(page)).toHaveValue(text);
  await expect(page.getByRole('row', { name: /MFA SMS/ })).toContainText('Customized');
});
