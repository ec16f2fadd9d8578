import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { openConsole } from './support/console-page';
import { readCsvExport } from './support/csv-export';
import { screenshotPath } from './support/screenshots';

/** The Settings rate for ListUsers (1/s here, so the export is slow enough to stop halfway), or the default. */
async function setListRate(page: Page, value: string | undefined): Promise<void> {
  await page.getByRole('link', { name: 'Settings' }).click();
  if (value === undefined) {
    await page.getByRole('button', { name: 'Reset to defaults' }).click();
    await expect(page.getByRole('spinbutton', { name: 'Rate for UserList' })).toHaveValue('');
    return;
  }
  await page.getByRole('spinbutton', { name: 'Rate for UserList' }).fill(value);
  await page.getByRole('button', { name: 'Save rates' }).click();
  await expect(page.getByText('Saved the request rates')).toBeVisible();
}

test('a cancelled export resumes from its checkpoint on the Jobs page and ends with every user once', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openConsole(page);
  await expect(page.getByTestId('connection-state')).toHaveText('Connected', { timeout: 60_000 });
  await setListRate(page, '1');
  try {
    await page.getByRole('link', { name: 'Users & groups' }).click();
    await page.getByRole('link', { name: 'demo-app-users', exact: true }).click();
    await expect(page.getByTestId('users-count')).toHaveText(/^\d{3,} users/, { timeout: 60_000 });
    await expect(page.getByTestId('users-progress')).toHaveCount(0);
    const total = Number((await page.getByTestId('users-count').innerText()).replace(/\D.*$/s, ''));

    await page.getByRole('button', { name: 'Export' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: /^CSV/ }).check();
    await dialog.getByRole('button', { name: 'Start export' }).click();
    const jobPanel = page.getByTestId('job-panel');
    // One ListUsers call a second over 16 partitions: stop it once some pages are written, well before the end.
    await expect(jobPanel.getByTestId('job-progress')).toContainText(/[1-9][\d,]* of [\d,]+ done/, { timeout: 30_000 });
    await jobPanel.getByRole('button', { name: /^Cancel / }).click();
    await expect(jobPanel).toContainText('Cancelled', { timeout: 30_000 });

    await page.getByRole('link', { name: /^Jobs/ }).click();
    const jobs = page.getByRole('table', { name: 'Jobs' });
    const resume = jobs.getByRole('button', { name: /^Resume export csv/i }).first();
    await expect(resume).toBeVisible();
    await page.screenshot({ path: screenshotPath('screenshot-jobs-resume.png'), animations: 'disabled' });
    await resume.click();
    await expect(page.getByText('Export resumed from its checkpoint')).toBeVisible();
    // The same job runs on; its panel shows the result once the remaining partitions are read.
    await jobs
      .getByRole('link', { name: /^export csv/i })
      .first()
      .click();
    const result = page.getByTestId('job-panel').getByTestId('job-result-file');
    await expect(result).toBeVisible({ timeout: 90_000 });
    const file = (await result.innerText()).replace(/^Result:\s*/, '').trim();
    const parsed = readCsvExport(file);
    expect(parsed.errors).toEqual([]);
    // Every user exactly once: what was written before the cancel plus what the resume added.
    expect(parsed.data).toHaveLength(total);
    expect(new Set(parsed.data.map((row) => row.sub)).size).toBe(total);
  } finally {
    // The web host is shared by the specs of this run: leave the documented rates behind.
    await setListRate(page, undefined);
  }
});
