// @ts-check
// Test-runner commands that drive a second, top-level page in the same
// browser (Chromium over the DevTools protocol, Firefox over WebDriver BiDi). The tests themselves run in iframes, and some things happen only
// in a top-level page: the back-forward cache, and the prompt a host's
// `beforeunload` listener shows. The browser tests call these through
// `executeServerCommand` (see test/helpers.ts: `topLevelPage`).

/** One wait's limit: under the runner's 20 s for a command's answer. The browser side asks again. */
const WAIT_MS = 5000;

/**
 * @typedef {object} OpenPage
 * @property {import('puppeteer-core').Page} page
 * @property {'accept' | 'dismiss'} answer how to answer the page's next prompts
 * @property {string[]} prompts the kinds of prompt the page has shown
 */

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function topLevelPagePlugin() {
  /** @type {Map<number, OpenPage>} */
  const pages = new Map();
  let nextId = 1;

  /** @param {unknown} id */
  const find = (id) => {
    const open = pages.get(Number(id));
    if (!open) throw new Error(`no top-level page ${id}`);
    return open;
  };

  /**
   * Evaluates `script` until it returns a truthy value, for up to WAIT_MS; a
   * navigation in between (the old page's context is gone) means "look again".
   * @param {import('puppeteer-core').Page} page @param {string} script
   */
  async function waitUntil(page, script) {
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      try {
        const handle = await page.waitForFunction(answer(script), {timeout: Math.max(1, deadline - Date.now())});
        return (await handle.jsonValue()) ?? false;
      } catch {
        if (Date.now() >= deadline) return false;
      }
    }
  }

  /**
   * `script`, answering `true` for an element it finds: an element cannot be sent back
   * as a value, and over WebDriver BiDi (Firefox) evaluating to one fails.
   * @param {string} script an expression
   */
  const answer = (script) => `(() => { const value = (${script}); return value instanceof Node ? true : value; })()`;

  /** @type {Record<string, (payload: any, session: any) => Promise<unknown>>} */
  const commands = {
    async 'top-page-open'({path}, session) {
      const testPage = session.browser.getPage(session.id);
      // A browser context of its own: its cache and storage are not the test page's.
      const context = await testPage.browser().createBrowserContext();
      const page = await context.newPage();
      /** @type {OpenPage} */
      const open = {page, answer: 'accept', prompts: []};
      page.on('dialog', (/** @type {import('puppeteer-core').Dialog} */ dialog) => {
        open.prompts.push(dialog.type());
        void (open.answer === 'accept' ? dialog.accept() : dialog.dismiss());
      });
      await page.goto(new URL(path, testPage.url()).href, {waitUntil: 'load'});
      await page.bringToFront();
      const id = nextId++;
      pages.set(id, open);
      return id;
    },
    async 'top-page-eval'({id, script}) {
      return find(id).page.evaluate(answer(script));
    },
    async 'top-page-wait'({id, script}) {
      return waitUntil(find(id).page, script);
    },
    async 'top-page-press'({id, key, times = 1}) {
      const {page} = find(id);
      for (let i = 0; i < times; i++) await page.keyboard.press(key);
      return true;
    },
    /** A real mouse click, in the middle of what `selector` finds (`>>>` goes into shadow roots). */
    async 'top-page-click'({id, selector}) {
      await find(id).page.click(selector);
      return true;
    },
    async 'top-page-answer-prompts'({id, answer}) {
      find(id).answer = answer;
      return true;
    },
    async 'top-page-prompts'({id}) {
      return find(id).prompts;
    },
    async 'top-page-back'({id}) {
      const {page} = find(id);
      // A page restored from the back-forward cache has no new load to wait for, so the caller waits for what it expects.
      await page.goBack({timeout: 5000}).catch(() => undefined);
      return true;
    },
    async 'top-page-close'({id}) {
      const open = pages.get(Number(id));
      pages.delete(Number(id));
      await open?.page.browserContext().close();
      return true;
    },
  };

  return {
    name: 'top-level-page',
    async executeCommand({command, payload, session}) {
      const run = commands[command];
      // Wrapped: a bare null or undefined would tell the runner that no plugin knows the command.
      return run ? {value: await run(payload ?? {}, session)} : undefined;
    },
  };
}
