// @ts-check
import {readFile} from 'node:fs/promises';
// One cold page load in Chromium, measured as a reader meets it: when the
// topic's first sentence is on screen, what was fetched before and after,
// the script time, the heap, and how far the layout moved.

/**
 * @typedef {{url: string, start: number, end: number, bytes: number}} Request  start and end: ms from navigation
 * @typedef {{visible: number, fcp: number, cls: number, scriptMs: number, heapKB: number, bytes: number,
 *   requests: number, requestsBeforeVisible: number, waterfall: Request[]}} Load
 */

/** Runs in the page before its own scripts; see probe.js. */
const probe = await readFile(new URL('probe.js', import.meta.url), 'utf8');

/**
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} url
 * @param {{sentence: string, cpu: number}} options cpu: how many times slower the CPU runs
 * @returns {Promise<Load>}
 */
export async function measure(browser, url, {sentence, cpu}) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({width: 390, height: 844});
    const cdp = await page.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', {cacheDisabled: true});
    await cdp.send('Performance.enable');
    await cdp.send('Emulation.setCPUThrottlingRate', {rate: cpu});
    /** @type {Map<string, {url: string, sent: number, done: number, bytes: number}>} */
    const requests = new Map();
    /** Network events carry monotonic seconds; this is the one for the navigation's start. */
    let navigationStart = 0;
    cdp.on('Network.requestWillBeSent', (event) => {
      if (!navigationStart) navigationStart = event.timestamp;
      requests.set(event.requestId, {url: event.request.url, sent: event.timestamp, done: 0, bytes: 0});
    });
    cdp.on('Network.loadingFinished', (event) => {
      const request = requests.get(event.requestId);
      if (request) Object.assign(request, {done: event.timestamp, bytes: event.encodedDataLength});
    });
    await page.evaluateOnNewDocument(`${probe}\nwatch(${JSON.stringify(sentence)});`);
    await page.goto(url, {waitUntil: 'load'});
    await page.waitForFunction('window.__bench.visible', {timeout: 60000, polling: 50}).catch(() => {
      throw new Error(`${url}: the topic's text never showed ("${sentence}")`);
    });
    // Terms and questions may come after the text: let them arrive before counting bytes and shifts.
    await page.waitForNetworkIdle({idleTime: 500, timeout: 30000});
    const {visible, fcp, cls} = /** @type {{visible: number, fcp: number, cls: number}} */ (
      await page.evaluate('({...window.__bench})')
    );
    const metrics = async () =>
      Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map(({name, value}) => [name, value]));
    const {ScriptDuration, NavigationStart} = await metrics();
    await cdp.send('HeapProfiler.collectGarbage');
    const {JSHeapUsedSize} = await metrics();
    // The page's clock starts at its navigation: NavigationStart, in the same monotonic seconds as the network events.
    const origin = NavigationStart || navigationStart;
    const waterfall = [...requests.values()]
      .map((r) => ({
        url: r.url,
        start: (r.sent - origin) * 1000,
        end: (r.done - origin) * 1000,
        bytes: r.bytes,
      }))
      .sort((a, b) => a.start - b.start);
    return {
      visible,
      fcp,
      cls,
      scriptMs: ScriptDuration * 1000,
      heapKB: JSHeapUsedSize / 1024,
      bytes: waterfall.reduce((sum, r) => sum + r.bytes, 0),
      requests: waterfall.length,
      requestsBeforeVisible: waterfall.filter((r) => r.start <= visible).length,
      waterfall,
    };
  } finally {
    await context.close();
  }
}
