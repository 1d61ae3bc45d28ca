// @ts-check
// Pages served on localhost and opened in Chromium, for the tests of host apps and host setups: a folder served
// at an address (scripts/lib/static-server.mjs), and a look at what the guide on a page shows.
import puppeteer from 'puppeteer-core';
import {serve as serveFolders} from '../scripts/lib/static-server.mjs';

/** Chromium, headless, as the browser tests run it. */
export const launchChromium = () =>
  puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });

/** How long a page may take to show the topic on a busy machine: a limit, not a wait. */
const SHOWN_WITHIN_MS = 30000;

/**
 * Serves a folder at `prefix` on localhost, as a static host does, with `headers` on every file.
 * @returns {Promise<{url: string, close: () => Promise<void>}>} url: the folder's address
 */
export async function serve(
  /** @type {string} */ folder,
  /** @type {string} */ prefix,
  /** @type {Record<string, string>} */ headers = {}
) {
  const server = await serveFolders({folders: {[prefix]: folder}, headers});
  return {url: `${server.origin}${prefix}`, close: server.close};
}

/**
 * Opens the app's page and waits until the guide shows the topic's heading. Returns it, any console problems,
 * whether quick exit is on, and the view-change details the app recorded, if it records them.
 */
export async function shownTopic(/** @type {import('puppeteer-core').Browser} */ browser, /** @type {string} */ url) {
  const page = await browser.newPage();
  /** @type {string[]} */
  const problems = [];
  page.on('console', (message) => {
    // The one request the app did not make: the browser's own for /favicon.ico.
    if (message.location().url?.endsWith('/favicon.ico')) return;
    if (message.type() === 'error' || message.type() === 'warn') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(String(error)));
  try {
    await page.goto(url);
    const shown = await page
      .waitForFunction(
        // Runs in the page, where `document` is (this file is type-checked for Node).
        () =>
          /** @type {any} */ (globalThis).document
            .querySelector('family-rights-guide')
            ?.shadowRoot?.querySelector('h1.view-heading')?.textContent,
        {timeout: SHOWN_WITHIN_MS}
      )
      .then(
        () => true,
        () => false
      );
    const seen = await page.evaluate(() => {
      const page = /** @type {any} */ (globalThis);
      const guide = page.document.querySelector('family-rights-guide');
      return {
        heading: guide?.shadowRoot?.querySelector('h1.view-heading')?.textContent?.trim(),
        quickExit: Boolean(guide?.shadowRoot?.querySelector('.exit-bar')),
        viewChanges: page.viewChanges,
      };
    });
    return {
      heading: shown ? seen.heading : `not shown; the console says: ${problems.join(' | ') || 'nothing'}`,
      problems,
      quickExit: seen.quickExit,
      viewChanges: seen.viewChanges,
    };
  } finally {
    await page.close();
  }
}
