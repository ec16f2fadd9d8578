import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { expectPools, openConsole } from './support/console-page';
import { screenshotPath } from './support/screenshots';

// demo-partner-portal only: other specs read demo-app-users as seeded.
const POOL = 'demo-partner-portal';
const BODY =
  '<h2>Welcome to the partner portal</h2><p>Your user name is <b>{username}</b> and your temporary password is {####}.</p>';

const text = (page: Page) => page.getByRole('textbox', { name: 'Text', exact: true });
const visual = (page: Page) => page.getByRole('textbox', { name: 'Body', exact: true });
const source = (page: Page) => page.getByRole('textbox', { name: 'Body (HTML source)' });
const save = (page: Page) => page.getByRole('button', { name: 'Save invitation email' });
const preview = (page: Page) => page.frameLocator('[data-testid="email-preview"]');
const chips = (page: Page, placeholder: string) => visual(page).locator(`[data-placeholder="${placeholder}"]`);

async function openTemplates(page: Page, message: string): Promise<{ problems: string[] }> {
  const { problems } = await openConsole(page);
  await expectPools(page, [POOL]);
  await page.getByRole('link', { name: 'Templates', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Templates', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: /User pool/ }).click();
  await page.getByRole('option', { name: new RegExp(POOL) }).click();
  await page.getByRole('link', { name: message, exact: true }).click();
  await expect(message.endsWith('SMS') ? text(page) : visual(page)).toBeVisible();
  expect(problems).toEqual([]);
  return { problems };
}

/** Selects one word of the visual editor, as a double click on it would. */
async function selectWord(page: Page, word: string): Promise<void> {
  await visual(page).evaluate((el, w) => {
    (el as HTMLElement).focus();
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      const at = node.data.indexOf(w);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + w.length);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      return;
    }
  }, word);
}

/** Replaces the whole body in the HTML source tab, as typing would. */
async function typeSource(page: Page, html: string): Promise<void> {
  await page.getByRole('tab', { name: 'HTML source' }).click();
  await source(page).click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(html);
}

/** The body as the source tab holds it (one line per line of the document). */
const sourceText = (page: Page): Promise<string> => source(page).evaluate((el) => (el as HTMLElement).innerText);

/** The sample code the preview fills in for {####}, as the page states it. */
async function sampleCode(page: Page): Promise<string> {
  const note = await page.getByText(/^Sample code \d{6}/).textContent();
  return /\d{6}/.exec(note ?? '')?.[0] ?? 'none';
}

test('edits the invitation email visually: bold, a chip, lint blocks saving, the source follows, the save round-trips', async ({
  page,
}) => {
  const { problems } = await openTemplates(page, 'Invitation email');
  // The default text, with its placeholders as chips.
  await expect(chips(page, '{username}')).toHaveCount(1);
  await expect(chips(page, '{####}')).toHaveCount(1);

  // Bold one word.
  await selectWord(page, 'temporary');
  await page.getByRole('button', { name: 'Bold', exact: true }).click();
  await expect(visual(page).locator('strong')).toHaveText('temporary');
  await expect(preview(page).locator('strong')).toHaveText('temporary');

  // A {username} chip at the end; the preview fills it in.
  await visual(page).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.insertText(' Sign in as ');
  await page.getByRole('button', { name: 'Insert placeholder {username}' }).click();
  await expect(chips(page, '{username}')).toHaveCount(2);
  await expect(preview(page).locator('body')).toContainText('Sign in as jane.doe');

  // Deleting {####} is an error that blocks saving; the quick fix puts it back.
  await chips(page, '{####}').click();
  await page.keyboard.press('Delete');
  await expect(chips(page, '{####}')).toHaveCount(0);
  await expect(page.getByTestId('finding-missing-placeholder')).toBeVisible();
  await expect(save(page)).toBeDisabled();
  await page.getByRole('button', { name: 'Insert {####}' }).click();
  await expect(chips(page, '{####}')).toHaveCount(1);
  await expect(page.getByTestId('finding-missing-placeholder')).toBeHidden();
  await expect(save(page)).toBeEnabled();

  // The source tab shows the visual edit, placeholders as their exact text.
  await page.getByRole('tab', { name: 'HTML source' }).click();
  await expect(source(page)).toContainText('<strong>temporary</strong>');
  await expect(source(page)).toContainText('Sign in as {username}');

  // And the visual tab shows a source edit.
  await typeSource(page, BODY);
  await page.getByRole('tab', { name: 'Visual' }).click();
  await expect(visual(page).getByRole('heading', { name: 'Welcome to the partner portal' })).toBeVisible();
  await expect(visual(page).locator('strong')).toHaveText('{username}');
  const code = await sampleCode(page);
  await expect(preview(page).locator('body')).toContainText(`temporary password is ${code}`);
  await expect(preview(page).locator('b')).toHaveText('jane.doe');

  // One more visual edit, then save it and read it back byte for byte.
  await visual(page).getByText('Welcome to the partner portal').click();
  await page.keyboard.press('End');
  await page.keyboard.insertText('!');
  await page.getByRole('tab', { name: 'HTML source' }).click();
  const saved = BODY.replace('portal</h2>', 'portal!</h2>').replace('<b>{username}</b>', '<strong>{username}</strong>');
  expect(await sourceText(page)).toBe(saved);
  await save(page).click();
  const diff = page.getByTestId('diff-modal');
  await expect(diff.getByRole('row').filter({ hasText: 'Welcome to the partner portal!' })).toBeVisible();
  await diff.getByRole('button', { name: /^Apply/ }).click();
  await expect(diff).toBeHidden();

  await page.reload();
  await expect(visual(page).getByRole('heading', { name: 'Welcome to the partner portal!' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Invitation email/ })).toContainText('Customized');
  await page.getByRole('tab', { name: 'HTML source' }).click();
  expect(await sourceText(page)).toBe(saved);

  // The README's pictures of the editor and its preview, in both themes.
  await page.getByRole('tab', { name: 'Visual' }).click();
  await expect(preview(page).getByRole('heading', { name: 'Welcome to the partner portal!' })).toBeVisible();
  await visual(page).evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: screenshotPath('template-editor-light.png'), animations: 'disabled' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.screenshot({ path: screenshotPath('template-editor-dark.png'), animations: 'disabled' });
  await page.emulateMedia({ colorScheme: 'light' });
  expect(problems).toEqual([]);
});

test('the SMS editor counts characters and segments as you type', async ({ page }) => {
  await openTemplates(page, 'Invitation SMS');
  await text(page).fill('Hi {username}, your password is {####}');
  await expect(page.getByTestId('body-count')).toContainText('1 segment (GSM-7');
  await expect(page.getByTestId('sms-bubble')).toContainText('Hi jane.doe, your password is');
  await text(page).fill(`{username} {####} ${'x'.repeat(150)}`);
  await expect(page.getByTestId('body-count')).toContainText('2 segments');
  await expect(page.getByText(/the limit is 140/).first()).toBeVisible();
  await text(page).fill('Hi {username} {####} ł');
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
  const { problems } = await openTemplates(page, 'Invitation email');
  await typeSource(
    page,
    '<p>{username} {####}</p><script>console.log("ran")</script><img src="https://tracker.example/p.gif" onerror="alert(1)">' +
      '<link rel="stylesheet" href="https://evil.example/a.css"><p style="color: red; background: url(https://evil.example/b.png)">red</p>',
  );
  await expect(page.getByTestId('finding-html-script')).toBeVisible();
  // Markup the visual editor cannot hold keeps the body in the source tab, with the reason.
  await expect(page.getByText('Shown as HTML source')).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Visual' })).toBeDisabled();
  await expect(source(page).locator('[data-finding="html-script"]')).toHaveCount(1);
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
  await expect(source(page)).toContainText('tracker.example');
  answers.push('accept');
  await page.getByRole('link', { name: 'MFA SMS', exact: true }).click();
  await expect(text(page)).toHaveValue(/authentication code/);
  expect(asked).toHaveLength(2);
  expect(problems).toEqual([]);
});

test('saves the MFA SMS through the diff and reads it back', async ({ page }) => {
  await openTemplates(page, 'MFA SMS');
  const message = 'Partner portal sign-in code: {####}';
  await text(page).fill(message);
  await expect(page.getByTestId('body-count')).toContainText('1 segment');
  await page.getByRole('button', { name: 'Save mfa sms' }).click();
  const diff = page.getByTestId('diff-modal');
  await expect(diff.getByRole('row').filter({ hasText: 'Partner portal sign-in code' })).toBeVisible();
  await diff.getByRole('button', { name: /^Apply/ }).click();
  await expect(diff).toBeHidden();
  await page.reload();
  await expect(text(page)).toHaveValue(message);
  await expect(page.getByRole('row', { name: /MFA SMS/ })).toContainText('Customized');
});

test("the pool's Messaging tab links to the pool's templates", async ({ page }) => {
  const { problems } = await openConsole(page);
  await expectPools(page, [POOL]);
  await page.getByRole('link', { name: POOL, exact: true }).click();
  await expect(page.getByRole('heading', { name: POOL, level: 1 })).toBeVisible();
  await page.getByRole('tab', { name: 'Messaging' }).click();
  await page.getByRole('link', { name: 'Edit with previews in Templates' }).click();
  await expect(page.getByRole('heading', { name: 'Templates', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: /User pool/ })).toContainText(POOL);
  await page.getByRole('link', { name: 'Verification email (link)', exact: true }).click();
  // Link verification offers the {##Click here##} button.
  await page.getByRole('button', { name: 'Verification link' }).click();
  await expect(visual(page).locator('[data-placeholder="{##Click here##}"]')).toHaveCount(1);
  // A link: https or mailto only; with nothing selected its address is its text.
  await page.getByRole('button', { name: 'Link', exact: true }).click();
  await page.getByRole('textbox', { name: 'Link address' }).fill('javascript:alert(1)');
  await expect(page.getByText('Links must start with https:// or mailto:.')).toBeVisible();
  await page.getByRole('textbox', { name: 'Link address' }).fill('https://partners.example.com');
  await page.getByRole('button', { name: 'Set link' }).click();
  await expect(visual(page).locator('a[href="https://partners.example.com"]')).toHaveText(
    'https://partners.example.com',
  );
  // An image by https address: a labelled box in the editor, never loaded (not even as the editor unmounts).
  await page.getByRole('button', { name: 'Image', exact: true }).click();
  await page.getByRole('textbox', { name: 'Image address' }).fill('http://partners.example.com/logo.png');
  await expect(page.getByText('Images must have an https:// address.')).toBeVisible();
  await page.getByRole('textbox', { name: 'Image address' }).fill('https://partners.example.com/logo.png');
  await page.getByRole('button', { name: 'Insert image' }).click();
  await expect(visual(page).locator('.image-chip')).toHaveText('Image: https://partners.example.com/logo.png');
  await page.getByRole('tab', { name: 'HTML source' }).click();
  await expect(source(page)).toContainText('<img src="https://partners.example.com/logo.png">');
  await page.waitForTimeout(500);
  await page.getByRole('button', { name: 'Discard changes' }).click();
  expect(problems).toEqual([]);
});
