// @ts-check
// The two pages the benchmark compares, with the same host page around them:
// the guide from dist/ by its one script tag, and the same topic's static page
// (dist/pages/, from the same data with no framework), its article in the host page.
import {mkdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {compileContent} from '../content/compile-content.mjs';

/** @typedef {import('../../src/content/types.js').Block} Block */

/**
 * A run of plain text from the topic's first paragraphs, as both pages show
 * it: the benchmark waits until it is on screen. Terms and citations, which
 * the guide renders as buttons and links, split the text, so it is one run between them.
 * @param {{body: Block[]}} topic
 */
export function firstSentenceOf(topic) {
  for (const block of topic.body) {
    if (block.type !== 'paragraph') continue;
    const run = block.children.find((part) => typeof part === 'string' && part.trim().length >= 25);
    if (typeof run === 'string') return run.trim().slice(0, 40).trim();
  }
  throw new Error('the topic has no paragraph with a run of plain text to wait for');
}

/** The host page both pages share: a charity's header, the content, and a "Talk to us" section below it. */
const hostPage = (/** @type {string} */ head, /** @type {string} */ main) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Your rights: child protection conference</title>
<link rel="stylesheet" href="/host.css">
${head}
</head>
<body>
<header class="host-header"><a href="/">Family support charity</a></header>
<main>
<h1>Your rights when children's services are involved</h1>
${main}
<section class="talk"><h2>Talk to us</h2><p>Call our team on weekdays, or come to a drop-in session.</p></section>
</main>
</body>
</html>
`;

// With the README's rule that keeps the page still while the guide loads.
const HOST_CSS = `family-rights-guide{display:block;min-block-size:100vh}
body{margin:0;font-family:system-ui,sans-serif;line-height:1.5;color:#1a1a1a}
.host-header{background:#1d3557;padding:1rem}.host-header a{color:#fff;font-weight:700}
main{max-width:40rem;margin:0 auto;padding:1rem}.talk{border-top:4px solid #1d3557;margin-top:2rem}
`;

/** The static page's own styles, in the spirit of the guide's: readable type, clear headings and links. */
const STATIC_CSS = `article{font-size:1.1875rem;line-height:1.6}article h2{font-size:1.5rem;margin:2rem 0 .5rem}
article h3{font-size:1.25rem}article a{color:#1d3557;text-decoration-thickness:.1em}
article .term{text-decoration-style:dashed}article .definition{background:#f3f2f1;padding:.5rem 1rem}article sup a,article sup{font-size:.75em}
.summary{font-size:1.25rem}.sources li{margin-block:.5rem}
`;

/**
 * Writes both pages into `dir`; the server serves the built dist/ beside them.
 * @param {{dir: string, slug: string}} options
 * @returns {Promise<{guide: string, staticPage: string, sentence: string}>} the two pages' paths, and the sentence both show
 */
export async function writePages({dir, slug}) {
  // Written by the build beside the entry, as a host's deploy script reads it.
  const integrity = (await readFile(path.join('dist', 'integrity.txt'), 'utf8')).trim();
  const topic = await englishTopic(slug);
  await mkdir(dir, {recursive: true});
  await writeFile(path.join(dir, 'host.css'), HOST_CSS);
  await writeFile(path.join(dir, 'static.css'), STATIC_CSS);
  await writeFile(
    path.join(dir, 'guide.html'),
    hostPage(
      `<script type="module" src="/dist/family-rights-guide.js" integrity="${integrity}" crossorigin="anonymous"></script>`,
      `<family-rights-guide topic="${slug}" heading-level="2" quick-exit>
<p>This guide explains your rights. <a href="https://www.frg.org.uk/">Family Rights Group</a> gives free advice.</p>
</family-rights-guide>`
    )
  );
  // The topic's static page (scripts/content/static-pages.mjs), which the build wrote: its article, in the host page.
  const built = await readFile(path.join('dist', 'pages', 'en', `${slug}.html`), 'utf8');
  const article = /<article[\s\S]*<\/article>/.exec(built)?.[0];
  if (!article) throw new Error(`dist/pages/en/${slug}.html has no article: run npm run build`);
  await writeFile(path.join(dir, 'static.html'), hostPage('<link rel="stylesheet" href="/static.css">', article));
  return {guide: '/guide.html', staticPage: '/static.html', sentence: firstSentenceOf(topic)};
}

/**
 * The English topic, compiled from content/ as the build compiles it.
 * @param {string} slug
 */
async function englishTopic(slug) {
  const {locales, errors} = await compileContent({contentDir: 'content', sourceLocale: 'en'});
  if (errors.length) throw new Error(`content/ has errors: run npm run content:check`);
  const topic = locales.en.topics.find((t) => t.slug === slug);
  if (!topic) throw new Error(`there is no English topic "${slug}"`);
  return topic;
}
