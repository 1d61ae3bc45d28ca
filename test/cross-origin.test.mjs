// The one-tag route with dist/ on another origin, as from a CDN: the page's policy is the one SECURITY.md
// gives for that case, and the CDN must allow the page's origin on every file, the entry included.
import assert from 'node:assert/strict';
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, before, describe, it} from 'node:test';
import {root} from './packed-package.mjs';
import {launchChromium, serve, shownTopic} from './served-pages.mjs';

/** @type {import('puppeteer-core').Browser} */
let browser;
/** @type {string} */
let pages;
/** @type {{url: string, close: () => Promise<unknown>}[]} */
const servers = [];

before(async () => {
  browser = await launchChromium();
  pages = await mkdtemp(path.join(tmpdir(), 'frg-cross-origin-'));
});
after(async () => {
  await browser?.close();
  await Promise.all(servers.map((server) => server.close()));
  await rm(pages, {recursive: true, force: true});
});

/** The policy SECURITY.md gives for a page whose dist/ is on another origin, for that origin. */
async function documentedPolicy(/** @type {string} */ origin) {
  const security = await readFile(path.join(root, 'SECURITY.md'), 'utf8');
  const section = security.slice(security.indexOf('### Served from a CDN or another origin'));
  const policy = /```\n(.+)\n```/.exec(section)?.[1];
  assert.ok(policy?.includes('https://cdn.example.org'), 'SECURITY.md has no policy for a CDN');
  return String(policy).replaceAll('https://cdn.example.org', origin);
}

/** A CDN serving dist/ at /family-rights-guide/, and a page on another origin with the script tag. */
async function pageAndCdn(/** @type {Record<string, string>} */ cdnHeaders) {
  const cdn = await serve(path.join(root, 'dist'), '/family-rights-guide/', cdnHeaders);
  servers.push(cdn);
  const origin = new URL(cdn.url).origin;
  const integrity = (await readFile(path.join(root, 'dist', 'integrity.txt'), 'utf8')).trim();
  const folder = await mkdtemp(path.join(pages, 'page-'));
  await writeFile(
    path.join(folder, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host page</title>
<script type="module" src="${cdn.url}family-rights-guide.js" integrity="${integrity}" crossorigin="anonymous"></script>
</head><body><main><family-rights-guide topic="section-20" heading-level="1">
<p><a href="https://frg.org.uk/">Read advice from Family Rights Group</a></p>
</family-rights-guide></main></body></html>`
  );
  const page = await serve(folder, '/', {'Content-Security-Policy': await documentedPolicy(origin)});
  servers.push(page);
  return page.url;
}

describe('dist/ on another origin, as from a CDN', () => {
  it('shows the topic under the policy SECURITY.md gives, with nothing in the console', async () => {
    const url = await pageAndCdn({'Access-Control-Allow-Origin': '*'});
    const title = /^title: (.+)$/m.exec(
      await readFile(path.join(root, 'content/en/topics/section-20.md'), 'utf8')
    )?.[1];
    const {heading, problems} = await shownTopic(browser, url);
    assert.deepEqual({heading, problems}, {heading: title, problems: []});
  });

  it('is refused, leaving the fallback, when the CDN does not allow the page on the entry', async () => {
    const url = await pageAndCdn({});
    const page = await browser.newPage();
    try {
      const refused = new Promise((resolve) =>
        page.on('console', (message) => {
          if (/CORS|Access-Control-Allow-Origin/.test(message.text())) resolve(message.text());
        })
      );
      await page.goto(url);
      assert.match(String(await refused), /family-rights-guide\.js/);
      const state = await page.evaluate(() => {
        const guide = /** @type {any} */ (globalThis).document.querySelector('family-rights-guide');
        return {defined: Boolean(guide.shadowRoot), fallback: guide.textContent.trim()};
      });
      assert.deepEqual(state, {defined: false, fallback: 'Read advice from Family Rights Group'});
    } finally {
      await page.close();
    }
  });
});
