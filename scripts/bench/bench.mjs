// @ts-check
// npm run bench: the built guide against a static HTML page of the same
// topic, side by side in Chromium, cold cache, the two pages interleaved.
// It prints figures and gates nothing, except that it fails if the guide
// never shows its text.
//
//   node scripts/bench/bench.mjs [--runs 9] [--topic child-protection-conference]
import {mkdtemp, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import puppeteer from 'puppeteer-core';
import {formatTable} from '../lib/table.mjs';
import {measure} from './measure.mjs';
import {writePages} from './pages.mjs';
import {serve} from '../lib/static-server.mjs';

const {values: options} = parseArgs({
  options: {
    runs: {type: 'string', default: '9'},
    topic: {type: 'string', default: 'child-protection-conference'},
    chromium: {type: 'string', default: process.env.CHROME_PATH ?? '/usr/bin/chromium'},
  },
});
const runs = Number(options.runs);
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`--runs must be a whole number above 0, not "${options.runs}"`);

const pagesDir = await mkdtemp(path.join(os.tmpdir(), 'frg-bench-'));
// The host page at /, the built guide beside it at /dist/, as a static host serves them.
const server = await serve({
  folders: {'/': pagesDir, '/dist/': path.resolve('dist')},
  headers: {'Cache-Control': 'no-cache', 'Access-Control-Allow-Origin': '*'},
});
const browser = await puppeteer.launch({
  executablePath: options.chromium,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
});
try {
  const {guide, staticPage, sentence} = await writePages({dir: pagesDir, slug: options.topic});
  const pages = {guide: server.origin + guide, static: server.origin + staticPage};
  /** @type {Record<string, import('./measure.mjs').Load[]>} */
  const loads = {};
  for (let run = 1; run <= runs; run++) {
    for (const cpu of [1, 4]) {
      // A and B interleaved, so a busy moment on the machine falls on both.
      for (const [name, url] of Object.entries(pages)) {
        (loads[`${name} ${cpu}x`] ??= []).push(await measure(browser, url, {sentence, cpu}));
      }
    }
    process.stderr.write(`run ${run} of ${runs}\n`);
  }
  report(loads, runs);
} finally {
  await browser.close();
  await server.close();
  await rm(pagesDir, {recursive: true, force: true});
}

/** @param {number[]} values */
function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(middle)] : (sorted[middle - 1] + sorted[middle]) / 2;
  return {median, min: sorted[0], max: sorted[sorted.length - 1]};
}

/**
 * @param {Record<string, import('./measure.mjs').Load[]>} loads
 * @param {number} runs
 */
function report(loads, runs) {
  /** @type {[string, (load: import('./measure.mjs').Load) => number, string, number[]][]} label, value, unit, cpu rates */
  const rows = [
    ['transfer bytes (gzip)', (l) => l.bytes, 'B', [1]],
    ['requests', (l) => l.requests, '', [1]],
    ['requests before the text shows', (l) => l.requestsBeforeVisible, '', [1]],
    ['first contentful paint, 1x CPU', (l) => l.fcp, 'ms', [1]],
    ['content visible, 1x CPU', (l) => l.visible, 'ms', [1]],
    ['content visible, 4x CPU slowdown', (l) => l.visible, 'ms', [4]],
    ['script time, 1x CPU', (l) => l.scriptMs, 'ms', [1]],
    ['JS heap after GC', (l) => l.heapKB, 'KB', [1]],
    ['layout shift (CLS)', (l) => l.cls, '', [1, 4]],
  ];
  const format = (/** @type {number} */ n, /** @type {string} */ unit) =>
    unit === '' && n < 1 && n !== 0 ? n.toFixed(3) : Math.round(n).toLocaleString('en-GB');
  /** @type {string[][]} */
  const lines = [];
  /** @type {Record<string, number>} */
  const ratios = {};
  for (const [label, value, unit, rates] of rows) {
    const of = (/** @type {string} */ page) => stats(rates.flatMap((cpu) => loads[`${page} ${cpu}x`].map(value)));
    const [guide, plain] = [of('guide'), of('static')];
    const cell = (/** @type {ReturnType<typeof stats>} */ s) =>
      `${format(s.median, unit)}${unit && ` ${unit}`} (${format(s.min, unit)}–${format(s.max, unit)})`;
    const ratio = plain.median ? guide.median / plain.median : NaN;
    ratios[label] = ratio;
    lines.push([label, cell(guide), cell(plain), Number.isFinite(ratio) ? ratio.toFixed(2) : '–']);
  }
  console.log(
    `\nThe guide against a static page of the same topic: medians (and ranges) of ${runs} cold loads each, 390 x 844 px, Chromium.\n`
  );
  console.log(formatTable(['', 'guide', 'static page', 'ratio'], lines));
  const waterfall = loads['guide 1x'][Math.floor(runs / 2)].waterfall;
  console.log("\nThe guide's requests, in one 1x load (ms from navigation):\n");
  console.log(
    formatTable(
      ['request', 'start', 'end', 'bytes'],
      waterfall.map((r) => [
        new URL(r.url).pathname.replace(/^\/dist\//, ''),
        String(Math.round(r.start)),
        String(Math.round(r.end)),
        r.bytes.toLocaleString('en-GB'),
      ])
    )
  );
  const r = (/** @type {string} */ label) => ratios[label].toFixed(2);
  console.log(
    `\nSummary, guide / static: content visible ${r('content visible, 1x CPU')}x at 1x CPU and ${r('content visible, 4x CPU slowdown')}x at 4x; ` +
      `bytes ${r('transfer bytes (gzip)')}x; requests ${r('requests')}x; script ${r('script time, 1x CPU')}x; heap ${r('JS heap after GC')}x; ` +
      `layout shift ${format(stats([...loads['guide 1x'], ...loads['guide 4x']].map((l) => l.cls)).median, '')} against ${format(stats([...loads['static 1x'], ...loads['static 4x']].map((l) => l.cls)).median, '')}.`
  );
}
