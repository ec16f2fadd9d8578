import path from 'node:path';

/**
 * Where a spec saves a screenshot: test-results/screenshots by default, so a test run leaves the tracked docs/
 * pictures alone; E2E_SCREENSHOT_DIR=docs refreshes the README's pictures (then look at each before committing).
 */
export function screenshotPath(name: string): string {
  return path.join(process.env.E2E_SCREENSHOT_DIR ?? path.join('test-results', 'screenshots'), name);
}
