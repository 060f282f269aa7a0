/**
 * `npm run screenshot`: the README's picture. Starts the compiled server on a fresh data folder (so
 * the demo is seeded), logs in with the demo login in Debian's Chromium, opens the results page of
 * the demo case to fix first and saves the top of it to docs/screenshot.png. Needs `npm run build`.
 */
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/server/project-root.ts';
import { loginAsDemo, startE2eApp } from '../test/support/e2e-app.ts';

const app = await startE2eApp();
try {
  const { page } = app;
  await loginAsDemo(app);
  await page.locator('.card', { hasText: 'warmtepompen' }).getByRole('link').first().click();
  await page.getByRole('link', { name: 'Resultaat' }).click();
  await page.locator('.verdict-title').waitFor();
  await page.locator('.factor-chart svg').first().waitFor();
  await page.setViewportSize({ width: 1280, height: 1100 });
  const path = join(PROJECT_ROOT, 'docs', 'screenshot.png');
  await page.screenshot({ path });
  console.log(`saved ${path}`);
} finally {
  await app.close();
}
