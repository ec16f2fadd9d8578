import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import type { WindowApi } from '../../src/shared/ipc/api';
import { SANDBOX_PROFILE, SANDBOX_REGION } from '../../src/shared/model/profiles';
import { openConsole } from './support/console-page';
import { readCsvExport } from './support/csv-export';
import { invoke } from './support/invoke';
import { screenshotPath } from './support/screenshots';

// Unique names per run: the demo pools are shared with other specs and never lose their own users or groups.
const RUN = Date.now().toString(36);
const NEW_USER = `e2e-${RUN}@example.com`;
const NEW_GROUP = `e2e-group-${RUN}`;

test.beforeAll(() => mkdirSync('docs', { recursive: true }));
test.describe.configure({ mode: 'serial' });

const usersGrid = (page: Page): Locator => page.getByRole('region', { name: 'Users', exact: true });
/** The split panel's content: a user's detail or a job's progress. */
const panel = (page: Page): Locator => page.locator('[data-testid="user-detail"], [data-testid="job-panel"]');

/** #/users -> pick demo-app-users -> its Users tab, every page loaded. */
async function openAppUsers(page: Page): Promise<{ problems: string[] }> {
  const opened = await openConsole(page);
  await expect(page.getByTestId('connection-state')).toHaveText('Connected', { timeout: 60_000 });
  await page.getByRole('link', { name: 'Users & groups' }).click();
  await page.getByRole('link', { name: 'demo-app-users', exact: true }).click();
  await expect(page.getByTestId('users-count')).toHaveText(/^\d{3,} users/, { timeout: 60_000 });
  await expect(page.getByTestId('users-progress')).toHaveCount(0);
  return opened;
}

async function quickFilter(page: Page, text: string): Promise<void> {
  await page.locator('body').press('/');
  const filter = page.getByRole('searchbox', { name: 'Filter users' });
  await expect(filter).toBeFocused();
  await filter.fill(text);
}

/** A cell of the nth displayed user that is not the checkbox: clicking it opens the user. */
const rowBody = (page: Page, n: number): Locator =>
  usersGrid(page)
    .getByRole('gridcell', { name: /@example\.com$/ })
    .nth(n);
const rowCheckbox = (page: Page, n: number): Locator =>
  usersGrid(page)
    .getByRole('checkbox', { name: /toggle row selection/ })
    .nth(n);

test('loads every user, finds a custom attribute value instantly, and keeps the panel on the grid', async ({
  page,
}) => {
  const { problems } = await openAppUsers(page);
  const total = Number((await page.getByTestId('users-count').innerText()).replace(/\D.*$/s, ''));
  expect(total).toBeGreaterThanOrEqual(200);

  // custom:tenant_id is a custom attribute (ListUsers cannot filter it): the local index finds it by substring.
  await quickFilter(page, 'TENANT-007');
  await expect(page.getByTestId('users-count')).toHaveText(`17 of ${total} users`);
  const ms = Number(await page.locator('[data-filter-ms]').getAttribute('data-filter-ms'));
  console.log(`quick filter on ${total} users: ${ms} ms`);
  await rowCheckbox(page, 0).check();
  await rowCheckbox(page, 1).check();
  await expect(page.getByTestId('users-count')).toHaveText(`17 of ${total} users, 2 selected`);
  await page.screenshot({ path: screenshotPath('screenshot-users-grid.png'), animations: 'disabled' });
  expect(problems).toEqual([]);

  // The filter lives in the deep link: a reload comes back to the same 17 users.
  await expect(page).toHaveURL(/#\/pools\/[^/]+\/users\?q=TENANT-007$/);
  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Filter users' })).toHaveValue('TENANT-007');
  await expect(page.getByTestId('users-count')).toHaveText(`17 of ${total} users`, { timeout: 60_000 });
});

test('opens a user in the split panel, disables and re-enables them; Esc closes the panel', async ({ page }) => {
  await openAppUsers(page);
  await quickFilter(page, 'tenant-007');
  await rowBody(page, 0).click();
  await expect(panel(page).getByTestId('user-status')).toBeVisible();
  await expect(page).toHaveURL(/#\/pools\/[^/]+\/users/);
  // The demo pool has disabled users too: flip whichever state the user is in, screenshot the disabled one, flip back.
  const enabled = panel(page).getByTestId('user-enabled');
  await expect(enabled).toHaveText(/^(Enabled|Disabled)$/);
  const wasEnabled = (await enabled.innerText()) === 'Enabled';
  const [first, second] = wasEnabled ? ['Disable', 'Enable'] : ['Enable', 'Disable'];
  await panel(page).getByRole('button', { name: first, exact: true }).click();
  await expect(enabled).toHaveText(wasEnabled ? 'Disabled' : 'Enabled');
  if (wasEnabled) await page.screenshot({ path: screenshotPath('screenshot-user-detail.png'), animations: 'disabled' });
  await panel(page).getByRole('button', { name: second, exact: true }).click();
  await expect(enabled).toHaveText(wasEnabled ? 'Enabled' : 'Disabled');

  await page.locator('body').press('Escape');
  await expect(page.getByTestId('user-status')).toHaveCount(0);

  // Keyboard only: focus a cell, Enter opens the user, Esc closes the panel again.
  await rowBody(page, 1).focus();
  await page.keyboard.press('Enter');
  await expect(panel(page).getByTestId('user-status')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('user-status')).toHaveCount(0);
});

test('creates a user with the invitation suppressed', async ({ page }) => {
  await openAppUsers(page);
  await page.getByRole('button', { name: 'Create user' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'User name' }).fill(NEW_USER);
  await expect(dialog.getByRole('radio', { name: /Do not send an invitation/ })).toBeChecked();
  await dialog.getByRole('button', { name: 'Create user' }).click();
  await expect(page.getByText(`Created user ${NEW_USER} (no invitation sent)`)).toBeVisible();
  await expect(panel(page).getByTestId('user-status')).toHaveText('FORCE_CHANGE_PASSWORD');
  await quickFilter(page, NEW_USER);
  await expect(page.getByTestId('users-count')).toHaveText(/^1 of \d+ users/);
});

test('creates a group and adds three users to it by bulk action', async ({ page }) => {
  await openAppUsers(page);
  await page.getByRole('tab', { name: 'Groups' }).click();
  await page.getByRole('button', { name: 'Create group' }).click();
  const form = page.getByRole('dialog');
  await form.getByRole('textbox', { name: 'Group name' }).fill(NEW_GROUP);
  await form.getByRole('textbox', { name: 'Description' }).fill('Made by the users e2e spec');
  await form.getByRole('textbox', { name: 'Precedence' }).fill('42');
  await form.getByRole('button', { name: 'Create group' }).click();
  await expect(page.getByText(`Created group ${NEW_GROUP}`)).toBeVisible();

  await page.getByRole('tab', { name: 'Users' }).click();
  await quickFilter(page, 'tenant-003');
  for (const n of [0, 1, 2]) await rowCheckbox(page, n).check();
  await expect(page.getByTestId('users-count')).toHaveText(/, 3 selected$/);
  await page.getByRole('button', { name: 'Actions (3)' }).click();
  await page.getByRole('menuitem', { name: 'Add to group' }).click();
  const bulk = page.getByRole('dialog');
  await expect(bulk.getByRole('radio', { name: 'The 3 selected users' })).toBeChecked();
  await bulk.getByRole('button', { name: 'Group' }).click();
  await page.getByRole('option', { name: new RegExp(NEW_GROUP) }).click();
  await bulk.getByRole('button', { name: 'Start job' }).click();
  await expect(panel(page).getByTestId('job-progress')).toContainText('3 of 3 done', { timeout: 30_000 });
  // The grid reloads after the job; a refresh keeps the selection.
  await page.getByRole('button', { name: 'Refresh users' }).click();
  await expect(page.getByTestId('users-count')).toHaveText(/, 3 selected$/);

  await page.getByRole('tab', { name: 'Groups' }).click();
  await page.getByRole('region', { name: 'Groups' }).getByRole('gridcell', { name: NEW_GROUP, exact: true }).click();
  await expect(page.getByRole('heading', { name: new RegExp(`Members of ${NEW_GROUP}`) })).toContainText('(3)');

  // Edit (UpdateGroup is read-merge-write in main) shows the new precedence in the grid.
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const edit = page.getByRole('dialog');
  await edit.getByRole('textbox', { name: 'Precedence' }).fill('7');
  await edit.getByRole('button', { name: 'Save group' }).click();
  await expect(page.getByText(`Saved group ${NEW_GROUP}`)).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Groups' }).getByRole('row', { name: new RegExp(NEW_GROUP) }),
  ).toContainText('7');
});

/** Values an app or an import can store and the UI cannot type: a lone LF or CR, U+2028, a formula, quotes. */
const HOSTILE = { name: 'Flat 2\nLondon', family_name: 'lone\rCR', given_name: '=1+1 \u2028 "x", y ' };

test('exports the pool as CSV through a job and the file holds every user', async ({ page }) => {
  await openAppUsers(page);
  const total = Number((await page.getByTestId('users-count').innerText()).replace(/\D.*$/s, ''));
  // Stored through the app's own IPC (the web host's router and its emulator), as the user detail would save them.
  const userPoolId = /#\/pools\/([^/?]+)/.exec(page.url())?.[1] ?? '';
  const saved = await page.evaluate(
    async (request) => (window as unknown as { api: WindowApi }).api.invoke('users:update-attributes', request),
    { profile: SANDBOX_PROFILE, region: SANDBOX_REGION, userPoolId, username: NEW_USER, attributes: HOSTILE },
  );
  expect(saved.ok).toBe(true);
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio', { name: /^CSV/ }).check();
  await dialog.getByRole('checkbox', { name: /groups column/ }).check();
  await dialog.getByRole('button', { name: 'Start export' }).click();
  const progress = panel(page).getByTestId('job-progress');
  await expect(progress).toBeVisible();
  // Screenshot it moving (some users written; the groups column makes it take a few seconds).
  await expect(progress).toContainText(/[1-9][\d,]* of [\d,]+ done/, { timeout: 30_000 });
  await page.screenshot({ path: screenshotPath('screenshot-job.png'), animations: 'disabled' });
  const result = panel(page).getByTestId('job-result-file');
  await expect(result).toBeVisible({ timeout: 60_000 });
  const file = (await result.innerText()).replace(/^Result:\s*/, '').trim();
  expect(file).toMatch(/\.csv$/);
  // Read back with an independent RFC 4180 parser: one record per user, the hostile values exact.
  const parsed = readCsvExport(file);
  expect(parsed.errors).toEqual([]);
  expect(parsed.meta.fields).toEqual(expect.arrayContaining(['custom:tenant_id', 'groups']));
  expect(parsed.data).toHaveLength(total);
  expect(parsed.data.some((row) => row['custom:tenant_id'] === 'tenant-007')).toBe(true);
  // Email is the user name of a fresh demo pool (the username is then a UUID); after an earlier spec's UpdateUserPool,
  // moto forgets UsernameAttributes and the user is created under its own name (an emulator quirk, AWS-FACTS.md).
  const row = parsed.data.find((r) => r.email === NEW_USER || r.username === NEW_USER);
  // The formula-looking value gets its one documented leading '.
  expect(row).toMatchObject({ ...HOSTILE, given_name: `'${HOSTILE.given_name}` });

  await page.getByRole('link', { name: /^Jobs/ }).click();
  await expect(page.getByRole('table', { name: 'Jobs' })).toContainText(/export csv/i);
  // After a reload the labels are still the ones the window gave (main keeps them with the job), with the pool name.
  await expect(page.getByRole('table', { name: 'Jobs' })).toContainText(/Add to group e2e-group-.*demo-app-users/);
  await page.screenshot({ path: screenshotPath('screenshot-jobs.png'), animations: 'disabled' });
});

test('edits an attribute and the groups of a user in the panel, then deletes the user and the group', async ({
  page,
}) => {
  await openAppUsers(page);
  await quickFilter(page, NEW_USER);
  await expect(page.getByTestId('users-count')).toHaveText(/^1 of \d+ users/);
  await rowBody(page, 0).click();
  const detail = panel(page);
  await expect(detail.getByTestId('user-status')).toBeVisible();

  await detail.getByRole('textbox', { name: 'New attribute name' }).fill('custom:tenant_id');
  await detail.getByRole('textbox', { name: 'New attribute value' }).fill(`tenant-${RUN}`);
  await detail.getByRole('button', { name: 'Add attribute' }).click();
  await expect(detail.getByText('1 attribute will change: custom:tenant_id')).toBeVisible();
  await detail.getByRole('button', { name: 'Save attributes' }).click();
  await expect(page.getByText(`Saved 1 attribute change of ${NEW_USER}`)).toBeVisible();
  // The grid row was updated in place: the local index finds the new value without a reload.
  await quickFilter(page, `tenant-${RUN}`);
  await expect(page.getByTestId('users-count')).toHaveText(/^1 of \d+ users/);

  await detail.getByRole('tab', { name: /^Groups/ }).click();
  await detail.getByRole('button', { name: 'Group to add the user to' }).click();
  await page.getByRole('option', { name: new RegExp(`^${NEW_GROUP}`) }).click();
  await detail.getByRole('button', { name: 'Add to group' }).click();
  await expect(detail.getByRole('tab', { name: 'Groups (1)' })).toBeVisible();
  await detail.getByRole('button', { name: 'Remove from group' }).click();
  await expect(detail.getByRole('tab', { name: 'Groups (0)' })).toBeVisible();

  await detail.getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menuitem', { name: 'Delete user' }).click();
  const confirm = page.getByRole('dialog');
  await expect(confirm).toContainText(NEW_USER);
  await expect(confirm.getByRole('button', { name: 'Delete user' })).toBeDisabled();
  await confirm.getByRole('textbox', { name: 'Username to confirm' }).fill(NEW_USER);
  await confirm.getByRole('button', { name: 'Delete user' }).click();
  await expect(page.getByText(`Deleted ${NEW_USER}`)).toBeVisible();
  await expect(page.getByTestId('users-count')).toHaveText(/^0 of \d+ users/);

  await page.getByRole('tab', { name: 'Groups' }).click();
  await page.getByRole('region', { name: 'Groups' }).getByRole('gridcell', { name: NEW_GROUP, exact: true }).click();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Group name to confirm' }).fill(NEW_GROUP);
  await dialog.getByRole('button', { name: 'Delete group' }).click();
  await expect(page.getByText(`Deleted group ${NEW_GROUP}`)).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Groups' }).getByRole('gridcell', { name: NEW_GROUP, exact: true }),
  ).toHaveCount(0);
});

test('import: the pool header as template, a file checked locally with its problems listed by line', async ({
  page,
}) => {
  await openAppUsers(page);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog');
  const header = (await dialog.getByText(/^cognito:username,/).innerText()).trim();
  const columns = header.split(',');
  expect(columns).toContain('custom:tenant_id');
  const line = (username: string, email: string): string =>
    columns
      .map((c) =>
        c === 'cognito:username'
          ? username
          : c === 'email'
            ? email
            : c.endsWith('_verified') || c === 'cognito:mfa_enabled'
              ? 'false'
              : '',
      )
      .join(',');
  const csv = [header, line(`imp-${RUN}-1`, `imp-${RUN}@example.com`), line(`imp-${RUN}-2`, 'not-an-email'), ''];
  await dialog.locator('input[type="file"]').setInputFiles({
    name: 'users.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv.join('\n'), 'utf8'),
  });
  await expect(dialog.getByRole('row', { name: /^3 email/ })).toContainText('not an email address');
  await expect(dialog.getByText('1 problem in 2 users')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Start import' })).toBeDisabled();
});

test('a read-only profile: a write is refused by main with FORBIDDEN, shown in place', async ({ page }) => {
  await openConsole(page);
  await expect(page.getByTestId('connection-state')).toHaveText('Connected', { timeout: 60_000 });
  await page.getByRole('link', { name: 'Settings' }).click();
  const readOnly = page.getByRole('checkbox', { name: 'Read-only for Local sandbox' });
  await readOnly.click();
  await expect(readOnly).toBeChecked();
  try {
    await page.getByRole('link', { name: 'Users & groups' }).click();
    await page.getByRole('link', { name: 'demo-app-users', exact: true }).click();
    await expect(page.getByTestId('users-count')).toHaveText(/^\d{3,} users/, { timeout: 60_000 });
    await quickFilter(page, 'tenant-005');
    await rowBody(page, 0).click();
    const enabled = panel(page).getByTestId('user-enabled');
    await expect(enabled).toHaveText(/^(Enabled|Disabled)$/);
    const before = await enabled.innerText();
    await panel(page)
      .getByRole('button', { name: before === 'Enabled' ? 'Disable' : 'Enable', exact: true })
      .click();
    await expect(panel(page).getByTestId('error-alert')).toContainText('FORBIDDEN');
    await expect(enabled).toHaveText(before);
  } finally {
    await page.getByRole('link', { name: 'Settings' }).click();
    await readOnly.click();
    await expect(readOnly).not.toBeChecked();
  }
});

test('MFA: the column reads on request, and the detail sets the preference among the factors the pool allows', async ({
  page,
}) => {
  await openConsole(page);
  await expect(page.getByTestId('connection-state')).toHaveText('Connected', { timeout: 60_000 });
  // A pool of this run's own (the demo pools allow no factor): SMS and authenticator apps, no email.
  const ref = { profile: 'Local sandbox', region: 'us-east-1' };
  const poolName = `e2e-mfa-${RUN}`;
  const { userPoolId } = await invoke<{ userPoolId: string }>(page, 'userPools:create', {
    ...ref,
    pool: {
      PoolName: poolName,
      SmsConfiguration: { SnsCallerArn: 'arn:aws:iam::123456789012:role/e2e-sms', ExternalId: 'e2e' },
    },
  });
  try {
    await invoke(page, 'userPools:set-mfa', {
      ...ref,
      userPoolId,
      edit: { MfaConfiguration: 'OPTIONAL', Totp: true, Sms: true },
    });
    for (const name of ['ann', 'bob'])
      await invoke(page, 'users:create', {
        ...ref,
        userPoolId,
        username: `mfa-${name}`,
        attributes: { email: `mfa-${name}@example.com`, phone_number: '+15550001234' },
        messageAction: 'SUPPRESS',
      });
    await page.goto(`${page.url().split('#')[0]}#/pools/${userPoolId}/users`);
    await expect(page.getByTestId('users-count')).toHaveText('2 users', { timeout: 30_000 });
    const grid = usersGrid(page);
    // ListUsers has no MFA settings: the column says so until AdminGetUser reads them.
    await expect(grid.getByRole('gridcell', { name: 'Not read' })).toHaveCount(2);
    await rowCheckbox(page, 0).check();
    await rowCheckbox(page, 1).check();
    await page.getByRole('button', { name: 'Read MFA (2)' }).click();
    await expect(grid.getByRole('gridcell', { name: 'None', exact: true })).toHaveCount(2);

    await rowBody(page, 0).click();
    const detail = panel(page);
    await detail.getByRole('tab', { name: 'MFA' }).click();
    await expect(detail.getByRole('checkbox', { name: /Email code/ })).toBeDisabled();
    await expect(detail.getByText('(not allowed by the pool)')).toHaveCount(1);
    await detail.getByRole('checkbox', { name: 'SMS code' }).check();
    await detail.getByRole('radio', { name: 'SMS code' }).check();
    await detail.getByRole('button', { name: 'Save MFA preference' }).click();
    await expect(page.getByText(/^Saved the MFA preference of mfa-/)).toBeVisible();
    await expect(grid.getByRole('gridcell', { name: 'SMS (preferred)' })).toHaveCount(1);
    await page.screenshot({ path: screenshotPath('screenshot-user-mfa.png'), animations: 'disabled' });

    // An authenticator app must be registered by the user first: Cognito refuses it, shown in place.
    await detail.getByRole('checkbox', { name: /Authenticator app/ }).check();
    await detail.getByRole('button', { name: 'Save MFA preference' }).click();
    await expect(detail.getByTestId('error-alert')).toContainText(/software token/i);
    // The grid with its MFA column: one user read and set, one read with none.
    await page.locator('body').press('Escape');
    await expect(detail).toHaveCount(0);
    await page.screenshot({ path: screenshotPath('screenshot-users-mfa-column.png'), animations: 'disabled' });
  } finally {
    await invoke(page, 'userPools:delete', { ...ref, userPoolId, confirmName: poolName });
  }
});

test('settings: request rates are refused above the documented quota, saved, kept after a reload, reset', async ({
  page,
}) => {
  await openConsole(page);
  await expect(page.getByTestId('connection-state')).toHaveText('Connected', { timeout: 60_000 });
  await page.getByRole('link', { name: 'Settings' }).click();
  const rate = page.getByRole('spinbutton', { name: 'Rate for UserUpdate' });
  await expect(rate).toHaveAttribute('placeholder', '25');
  await rate.fill('30');
  await expect(page.getByText('At most 25, the documented quota')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save rates' })).toBeDisabled();
  await rate.fill('10');
  await page.getByRole('button', { name: 'Save rates' }).click();
  await expect(page.getByText('Saved the request rates')).toBeVisible();
  try {
    await page.reload();
    await expect(page.getByRole('spinbutton', { name: 'Rate for UserUpdate' })).toHaveValue('10', { timeout: 30_000 });
    await page.screenshot({
      path: screenshotPath('screenshot-settings-rates.png'),
      fullPage: true,
      animations: 'disabled',
    });
  } finally {
    // The web host is shared by the specs of this run: leave the documented rates behind.
    await page.getByRole('button', { name: 'Reset to defaults' }).click();
    await expect(page.getByRole('spinbutton', { name: 'Rate for UserUpdate' })).toHaveValue('');
  }
});

test('unsaved attribute edits: closing the panel or switching user asks first', async ({ page }) => {
  await openAppUsers(page);
  await quickFilter(page, 'tenant-005');
  await rowBody(page, 0).click();
  const detail = panel(page);
  await expect(detail.getByTestId('user-status')).toBeVisible();
  const value = detail.getByRole('textbox', { name: /^Value of / }).first();
  await value.fill(`draft-${RUN}`);
  await expect(detail.getByText(/^1 attribute will change/)).toBeVisible();

  const questions: string[] = [];
  let answer = false;
  page.on('dialog', (dialog) => {
    questions.push(dialog.message());
    void (answer ? dialog.accept() : dialog.dismiss());
  });
  // Esc: asked, declined: the panel and the edit stay.
  await page.locator('body').press('Escape');
  await expect.poll(() => questions.length).toBe(1);
  expect(questions[0]).toBe('This user has unsaved attribute edits. Discard them?');
  await expect(value).toHaveValue(`draft-${RUN}`);
  // Another user: asked again; accepted: the other user opens and the edit is gone.
  answer = true;
  const other = await rowBody(page, 1).innerText();
  await rowBody(page, 1).click();
  await expect.poll(() => questions.length).toBe(2);
  await expect(page.getByRole('heading', { name: other })).toBeVisible();
  await expect(detail.getByText('No changes.')).toBeVisible();
  // Without edits, closing asks nothing.
  await page.locator('body').press('Escape');
  await expect(page.getByTestId('user-status')).toHaveCount(0);
  expect(questions).toHaveLength(2);
});
