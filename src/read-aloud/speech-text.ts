import type {Block, Inline, MarkedText, Topic} from '../content/types.js';

/**
 * What "Listen" reads, section by section, as the page shows them: first the title and summary, then each `##`
 * section (as renderBody splits the body), one text to speak for each heading, paragraph, list item and question.
 * Citations are left out: a number read aloud in the middle of a sentence means nothing to a listener.
 */
export function textsToRead(topic: Topic): string[][] {
  const sections: string[][] = [[plain(topic.title), plain(topic.summary)]];
  let body: string[] | undefined;
  for (const block of topic.body) {
    if (!body || (block.type === 'heading' && block.level === 2)) sections.push((body = []));
    body.push(...blockTexts(block));
  }
  return sections.map((texts) => texts.filter(Boolean));
}

const blockTexts = (block: Block): string[] =>
  block.type === 'list'
    ? block.items.map(plain)
    : block.type === 'questions'
      ? block.items.map((question) => plain(question.children))
      : [plain(block.children)];

const plain = (nodes: Inline[] | MarkedText): string =>
  (typeof nodes === 'string' ? nodes : nodes.map(inlineText).join('')).replace(/\s+/g, ' ').trim();

const inlineText = (node: Inline): string =>
  typeof node === 'string' ? node : node.type === 'cite' ? '' : 'children' in node ? plain(node.children) : node.text;
