import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DEMO_LOGIN } from '../../src/server/demo-seed.ts';
import { launchBrowser } from './browser.ts';
import { type ServerProcess, startServer } from './server-process.ts';

export type E2eApp = { server: ServerProcess; page: Page; close: () => Promise<void> };

/**
 * The real server on a fresh data folder (so the demo organisation is seeded) and one page in
 * Debian's Chromium. `close` stops both and removes the folder.
 */
export async function startE2eApp(): Promise<E2eApp> {
  const dir = mkdtempSync(join(tmpdir(), 'haalbaar-e2e-'));
  const server = await startServer({ HAALBAAR_DATA_DIR: dir });
  const browser = await launchBrowser();
  const page = await browser.context.newPage();
  return {
    server,
    page,
    close: async () => {
      await browser.close();
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Logs in with the demo login through the login form and waits for the use-case list. */
export async function loginAsDemo(app: E2eApp): Promise<void> {
  const { page } = app;
  await page.goto(app.server.url);
  await page.getByLabel('E-mailadres').fill(DEMO_LOGIN.email);
  await page.getByLabel('Wachtwoord').fill(DEMO_LOGIN.password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('heading', { name: 'Use cases' }).waitFor();
}
