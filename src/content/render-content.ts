import {html, nothing, type TemplateResult} from 'lit';
import {heading} from './heading.js';
import {renderEnglishRun, renderText} from './marked-text.js';
import type {Block, GlossaryEntry, Inline} from './types.js';

/** What the renderer needs from the component that owns it. */
export interface RenderContext {
  /** Level of the topic title; `##` sections sit one level below it. */
  titleLevel: number;
  glossary: Record<string, GlossaryEntry>;
  isTermOpen(key: string): boolean;
  toggleTerm(key: string): void;
  /** Content to add at the end of a section, such as a slot for local contacts. */
  sectionEnd?(sectionId: string): unknown;
  /** A control to show with each question, such as "Add to my list". */
  questionControl?(questionId: string, textId: string): unknown;
  /** What a screen reader hears for a citation, such as "source 2". */
  sourceLabel(source: number): string;
  /** Takes the reader to a source in the topic's list, without changing the page address. */
  showSource(source: number): void;
  /** The section being read aloud, counting from 0, which is marked on screen. */
  readingSection?: number;
}

/**
 * Renders a topic body from its data tree with Lit templates only, so no
 * HTML string ever reaches the DOM.
 */
export function renderBody(blocks: Block[], context: RenderContext): TemplateResult {
  const renderer = new TreeRenderer(context);
  return html`${sectionsOf(blocks).map(
    ({id, blocks}, i) =>
      html`<div class=${i === context.readingSection ? 'section reading' : 'section'}>
        ${blocks.map((block) => renderer.block(block))}${id && context.sectionEnd ? context.sectionEnd(id) : nothing}
      </div>`
  )}`;
}

/** A body's sections, as the page shows them: each `##` heading starts one, with what comes before the first in its own. */
export function sectionsOf(blocks: Block[]): {id?: string; blocks: Block[]}[] {
  const sections: {id?: string; blocks: Block[]}[] = [];
  for (const block of blocks) {
    if (block.type === 'heading' && block.level === 2) sections.push({id: block.id, blocks: []});
    else if (!sections.length) sections.push({blocks: []});
    sections[sections.length - 1].blocks.push(block);
  }
  return sections;
}

/** "On this page": a link to each of the body's sections, which `go` shows without changing the page address. */
export function renderContents(blocks: Block[], go: (id: string) => void): TemplateResult[] {
  return blocks.flatMap((block) =>
    block.type === 'heading' && block.level === 2 && block.id
      ? [
          html`<li>
            <a
              href="#${block.id}"
              @click=${(event: Event) => {
                event.preventDefault();
                go(block.id!);
              }}
              >${textOf(block.children)}</a
            >
          </li>`,
        ]
      : []
  );
}

/** A heading's words, without its links or terms: for a link to it. */
const textOf = (nodes: Inline[]): unknown[] =>
  nodes.map((node) =>
    typeof node === 'string'
      ? node
      : node.type === 'ltr'
        ? renderEnglishRun(node)
        : 'children' in node
          ? textOf(node.children)
          : nothing
  );

class TreeRenderer {
  /** Numbers each glossary reference so its open state survives re-renders. */
  private termCount = 0;
  /** Definitions opened in the block being rendered: they follow the paragraph or item, never split a sentence. */
  private definitions: TemplateResult[] = [];

  constructor(private readonly context: RenderContext) {}

  block(block: Block): TemplateResult {
    switch (block.type) {
      case 'heading':
        return html`${heading(this.context.titleLevel + block.level - 1, this.inline(block.children), {id: block.id})}${this.definitionsSoFar()}`;
      case 'paragraph':
        return html`<p>${this.inline(block.children)}</p>
          ${this.definitionsSoFar()}`;
      case 'list': {
        const items = block.items.map((item) => html`<li>${this.inline(item)}${this.definitionsSoFar()}</li>`);
        return block.ordered
          ? html`<ol>
              ${items}
            </ol>`
          : html`<ul>
              ${items}
            </ul>`;
      }
      case 'questions':
        return html`<ul class="questions">
          ${block.items.map(
            (question) =>
              html`<li data-question-id=${question.id}>
                <span id="question-${question.id}">${this.inline(question.children)}</span>${this.definitionsSoFar()}
                ${this.context.questionControl?.(question.id, `question-${question.id}`)}
              </li>`
          )}
        </ul>`;
    }
  }

  /** The definitions of the terms met since the last call, to show after the text they belong to. */
  private definitionsSoFar(): TemplateResult[] {
    const definitions = this.definitions;
    this.definitions = [];
    return definitions;
  }

  /** A run of text and inline elements: a plain run as one text, without a template of its own. */
  inline(nodes: Inline[]): unknown {
    return nodes.length === 1 && typeof nodes[0] === 'string' ? nodes[0] : nodes.map((node) => this.inlineNode(node));
  }

  private inlineNode(node: Inline): unknown {
    if (typeof node === 'string') return node;
    switch (node.type) {
      case 'strong':
        return html`<strong>${this.inline(node.children)}</strong>`;
      case 'emphasis':
        return html`<em>${this.inline(node.children)}</em>`;
      case 'link':
        // A phone number is a call button that names its service, and reads left to right in every language.
        return node.href.startsWith('tel:')
          ? html`<a class="call" href=${node.href} dir="ltr"
              >${node.name ? html`<span class="visually-hidden" lang="en">${node.name}: </span>` : nothing}${this.inline(node.children)}</a
            >`
          : html`<a href=${node.href} rel="noreferrer">${this.inline(node.children)}</a>`;
      case 'term':
        return this.term(node.id, node.children);
      case 'cite':
        return this.citation(node.sources);
      case 'ltr':
        return renderEnglishRun(node);
    }
  }

  /** Small numbered links to the topic's list of sources. */
  private citation(sources: number[]): TemplateResult {
    return html`<sup class="cite"
      >${sources.map(
        (n, i) =>
          html`${i ? ', ' : ''}<a
              href="#source-${n}"
              aria-label=${this.context.sourceLabel(n)}
              @click=${(event: Event) => {
                event.preventDefault();
                this.context.showSource(n);
              }}
              >${n}</a
            >`
      )}</sup
    >`;
  }

  private term(id: string, children: Inline[]): unknown {
    const entry = this.context.glossary[id];
    const key = `term-${this.termCount++}`;
    if (!entry) return this.inline(children);
    const open = this.context.isTermOpen(key);
    this.definitions.push(
      html`<div class="definition" id=${key} lang=${entry.lang ?? nothing} ?hidden=${!open}>
        <strong>${renderText(entry.term)}:</strong> ${this.inline(entry.definition)}
      </div>`
    );
    // A disclosure: the button names the term; its definition follows the paragraph, so no sentence is split.
    return html`<button
      type="button"
      class="term"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${key}
      @click=${() => this.context.toggleTerm(key)}
    >
      ${this.inline(children)}
    </button>`;
  }
}
