import {msg, str} from '@lit/localize';
import {html, nothing, type TemplateResult} from 'lit';
import {heading} from '../../content/heading.js';
import {renderText} from '../../content/marked-text.js';
import {renderBody, renderContents} from '../../content/render-content.js';
import {renderTopicSources, sourceLabel} from '../../content/topic-sources.js';
import type {Topic, TopicLink} from '../../content/types.js';
import {langDir} from '../../i18n/lang-dir.js';
import {asPlainText, inLocale} from '../../i18n/strings.js';
import {myList} from '../../my-list/my-list-store.js';
import type {TopicView} from '../guide-view.js';
import type {GuideContext} from './context.js';
import {renderDraftNotice, renderEnglandNote} from './notes.js';

/** One topic: its text with glossary terms and citations, its sources, and the way to the next. */
export function renderTopicPage(
  context: GuideContext,
  {topic, strings}: TopicView,
  toolbar: TemplateResult,
  readAloud: (locale: string) => unknown
): TemplateResult {
  const {lang: topicLang, previous, next} = topic;
  // A topic this language has no translation of is shown in English, marked as English.
  const locale = topicLang ?? context.displayLocale;
  return html`<button type="button" class="back" @click=${() => context.open(undefined)}>
      ${msg('All topics', {desc: 'Button. Goes back to the list of all topics in the guide.'})}
    </button>
    <article ${langDir(topicLang)}>
      ${heading(context.level, renderText(topic.title), {focusable: true, className: 'view-heading'})}
      <p class=${context.readingSection === -1 ? 'summary reading' : 'summary'}>${renderText(topic.summary)}</p>
      <div ${langDir(topicLang && context.displayLocale)}>
        ${toolbar}${inLocale(context.displayLocale, () => readAloud(locale))}
      </div>
      ${inLocale(locale, () => html`${renderDraftNotice(context, !topicLang && (topic.translation === 'draft' || Boolean(strings.draftShared)), topic.outdated)} ${renderEnglandNote()} ${renderOnThisPage(context, topic)}`)}
      ${renderBody(topic.body, {
        titleLevel: context.level,
        glossary: topic.glossary,
        isTermOpen: (key) => context.isTermOpen(key),
        toggleTerm: (key) => context.toggleTerm(key),
        sectionEnd: (id) => (id === 'get-help' ? html`<slot name="local-help"></slot>` : nothing),
        questionControl: (id, textId) => inLocale(locale, () => renderQuestionToggle(context, id, textId)),
        sourceLabel: (n) => asPlainText(() => inLocale(locale, () => sourceLabel(n))),
        showSource: (n) => context.focusOn(`source-${n}`),
        readingSection: context.readingSection,
      })}
      ${inLocale(locale, () => renderTopicSources(topic, context.level))}
    </article>
    <nav
      class="pager"
      aria-label=${asPlainText(() => msg('More topics', {desc: 'Accessible name of the navigation with the previous and next topics. Not shown on screen.'}))}
    >
      ${renderPagerLink(context, previous, msg('Previous', {desc: 'Small label above the title of the previous topic, in the buttons at the end of a topic.'}), 'previous')}
      <button type="button" class="pager-all" @click=${() => context.open(undefined)}>
        ${msg('All topics', {desc: 'Button. Goes back to the list of all topics in the guide.'})}
      </button>
      ${renderPagerLink(context, next, msg('Next', {desc: 'Small label above the title of the next topic, in the buttons at the end of a topic.'}), 'next')}
    </nav>`;
}

/** GOV.UK's contents list: each section, one tap away, and a line on the words that explain themselves. */
function renderOnThisPage(context: GuideContext, topic: Topic): TemplateResult {
  const sections = renderContents(topic.body, (id) => context.focusOn(id));
  return html`${
    sections.length > 1
      ? html`<nav class="contents" aria-labelledby="contents">
          ${heading(context.level + 1, msg('On this page', {desc: 'Heading of the short list of links to the sections of a topic, at its top.'}), {id: 'contents'})}
          <ul>
            ${sections}
          </ul>
        </nav>`
      : nothing
  }
  ${
    // The topic's glossary has the terms its text uses.
    Object.keys(topic.glossary).length
      ? html`<p class="term-hint">
          ${msg('Words with a dashed line under them are explained when you tap them.', {desc: 'Line near the top of a topic. Some words have a dashed underline; tapping one shows what it means.'})}
        </p>`
      : nothing
  }`;
}

function renderPagerLink(
  context: GuideContext,
  topic: TopicLink | undefined,
  label: string,
  className: string
): unknown {
  if (!topic) return nothing;
  return html`<button type="button" class="pager-link ${className}" @click=${() => context.open(topic.slug)}>
    <span class="pager-label">${label}</span>
    <span class="pager-title" ${langDir(topic.lang)}>${renderText(topic.title)}</span>
  </button>`;
}

/**
 * "Add to my list", or once the question is on it, "On my list – remove"; the name says what a press does.
 * Just after adding, the way to the list sits beside it.
 */
function renderQuestionToggle(context: GuideContext, questionId: string, textId: string): TemplateResult {
  const picked = myList.isPicked(questionId);
  return html`<div class="question-controls">
    <button
      type="button"
      class=${picked ? 'add-question picked' : 'add-question'}
      aria-describedby=${textId}
      @click=${() => context.togglePicked(questionId)}
    >
      ${
        picked
          ? msg('On my list – remove', {
              desc: "Button on a question that is on the reader's list. Pressing it takes the question off the list.",
            })
          : msg('Add to my list', {
              desc: "Button. Adds a question to the reader's list of questions to ask their social worker.",
            })
      }
    </button>
    ${
      picked && context.justAdded === questionId
        ? html`<button type="button" class="see-list" @click=${() => context.showList(true)}>
            ${msg(str`See my list (${myList.count})`, {
              desc: 'Button shown beside a question just added to the list. Opens the list. ${myList.count} is how many questions are on it.',
            })}
          </button>`
        : nothing
    }
  </div>`;
}
