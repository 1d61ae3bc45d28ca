import {plainText} from '../content/marked-text.js';
import {sectionsOf} from '../content/render-content.js';
import type {Block, Inline, Topic} from '../content/types.js';

/**
 * What "Listen" reads, section by section, as the page shows them: first the title and summary, then each of the
 * body's sections, one text to speak for each heading, paragraph, list item and question.
 * Citations are left out: a number read aloud in the middle of a sentence means nothing to a listener.
 */
export function textsToRead(topic: Topic): string[][] {
  return [
    [plainText(topic.title), plainText(topic.summary)],
    ...sectionsOf(topic.body).map(({blocks}) => blocks.flatMap(blockTexts)),
  ].map((texts) => texts.map(tidy).filter(Boolean));
}

const blockTexts = (block: Block): string[] =>
  block.type === 'list'
    ? block.items.map(inlineText)
    : block.type === 'questions'
      ? block.items.map((question) => inlineText(question.children))
      : [inlineText(block.children)];

const inlineText = (nodes: Inline[]): string =>
  nodes
    .map((node) =>
      typeof node === 'string'
        ? node
        : node.type === 'cite'
          ? ''
          : 'children' in node
            ? inlineText(node.children)
            : node.text
    )
    .join('');

const tidy = (text: string): string => text.replace(/\s+/g, ' ').trim();
