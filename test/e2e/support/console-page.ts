import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** Opens the console and collects what would mean a broken page: CSP violations and uncaught errors. */
export async function openConsole(page: Page): Promise<{ problems: string[] }> {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  const url = process.env.WEB_HOST_URL;
  if (!url) throw new Error('WEB_HOST_URL is not set: the global setup did not start the web host');
  await page.goto(url);
  return { problems };
}

export function grid(page: Page) {
  return page.getByRole('region', { name: 'User pools' });
}

export async function expectPools(page: Page, names: string[]): Promise<void> {
  for (const name of names) await expect(grid(page).getByRole('gridcell', { name, exact: true })).toBeVisible();
}

export async function chooseProfile(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: /^Profile/ }).click();
  await page.getByRole('option', { name: new RegExp(`^${name}`) }).click();
}
