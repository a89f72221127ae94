import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { root } from './cli.js';

export const artifacts = join(root, 'test-artifacts');

/** Debian's Chromium, never a downloaded browser (`.ci/run` installs it when absent). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true });
}

/** Logs in through the form, as a person would, and waits for the dashboard to load. */
export async function logInAs(page: Page, url: string, account: string, password: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('body[data-ready="login"]');
  await page.getByLabel('Account').fill(account);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForSelector('body[data-ready="true"]');
}
