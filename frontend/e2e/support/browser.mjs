// Shared helpers for the browser tests: headless Debian chromium through playwright-core
// (no browser download), one fresh profile per test file, numbered screenshots per step, and a
// screenshot named ...-FAILED.png of every open page when a test fails.
import { afterEach } from 'node:test';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const frontendDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BASE_URL = process.env.CASEFLOW_BASE_URL ?? 'http://localhost:8080';
const SCREENSHOT_DIR = process.env.E2E_SCREENSHOT_DIR ?? join(frontendDir, 'target', 'e2e-screenshots');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The browsers of this spec file that are open now (each spec file runs in its own process). */
const openBrowsers = new Set();

/** A file-name-safe form of a test name (Chinese kept, blanks and punctuation dashed). */
function slug(text) {
  return String(text).replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 80) || 'step';
}

// Registered on the spec file's root when a spec imports this module, so it runs after every test of
// the file: a failed test leaves a screenshot of each open page, the step where it stopped.
afterEach(async (t) => {
  if (t.passed) return;
  for (const browser of openBrowsers) {
    const file = await browser.screenshot(`${slug(t.name)}-FAILED`);
    console.error(`[e2e] "${t.name}" failed: screenshot ${file}`);
  }
});

/** Starts chromium with a fresh user-data-dir; returns { context, page, screenshot, close }. */
export async function openBrowser(specName, { locale = 'zh-CN' } = {}) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'caseflow-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1366, height: 768 },
    locale,
    baseURL: BASE_URL,
  });
  context.setDefaultTimeout(15_000);
  const page = context.pages()[0] ?? (await context.newPage());
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  let step = 0;
  const browser = {
    context,
    page,
    async screenshot(name) {
      step += 1;
      const file = join(SCREENSHOT_DIR, `${specName}-${String(step).padStart(2, '0')}-${name}.png`);
      await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
      return file;
    },
    async close() {
      openBrowsers.delete(browser);
      await context.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  openBrowsers.add(browser);
  return browser;
}

export async function login(page, username, password = 'demo') {
  await page.goto('/login');
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.getByTestId('login-submit').click();
}
