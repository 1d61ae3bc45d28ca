import {msg} from '@lit/localize';
import {html, nothing, type TemplateResult} from 'lit';
import {heading} from '../../content/heading.js';
import {renderText} from '../../content/marked-text.js';
import {renderBody} from '../../content/render-content.js';
import {renderTopicSources, sourceLabel} from '../../content/topic-sources.js';
import type {TopicSummary} from '../../content/types.js';
import {langDir} from '../../i18n/lang-dir.js';
import {formatDate} from '../../i18n/locale.js';
import {asPlainText, inLocale} from '../../i18n/strings.js';
import {myList} from '../../my-list/my-list-store.js';
import type {TopicView} from '../guide-view.js';
import type {GuideContext} from './context.js';
import {renderDraftNotice, renderEnglandNote} from './notes.js';

/** One topic: its text with glossary terms and citations, its sources, and the way to the next. */
export function renderTopicPage(context: GuideContext, {index, topic, topicLang}: TopicView): TemplateResult {
  const position = index.topics.findIndex((entry) => entry.slug === topic.slug);
  const previous = index.topics[position - 1];
  const next = index.topics[position + 1];
  // A topic this language has no translation of is shown in English, marked as English.
  const locale = topicLang ?? context.displayLocale;
  return html`<button type="button" class="back" @click=${() => context.open(undefined)}>
      ${msg('All topics', {desc: 'Button. Goes back to the list of all topics in the guide.'})}
    </button>
    <article ${langDir(topicLang)}>
      ${heading(context.level, renderText(topic.title), {focusable: true, className: 'view-heading'})}
      <p class="summary">${renderText(topic.summary)}</p>
      ${inLocale(locale, () => html`${renderDraftNotice(context, !topicLang && (topic.translation === 'draft' || Boolean(index.draftShared)), topic.outdated)} ${renderEnglandNote()}`)}
      ${renderBody(topic.body, {
        titleLevel: context.level,
        glossary: topic.glossary,
        isTermOpen: (key) => context.isTermOpen(key),
        toggleTerm: (key) => context.toggleTerm(key),
        sectionEnd: (id) => (id === 'get-help' ? html`<slot name="local-help"></slot>` : nothing),
        questionControl: (id, textId) => inLocale(locale, () => renderQuestionToggle(context, id, textId)),
        sourceLabel: (n) => asPlainText(() => inLocale(locale, () => sourceLabel(n))),
        showSource: (n) => context.showSource(n),
      })}
      ${inLocale(locale, () => renderTopicSources(topic, context.level, (iso) => formatDate(context.displayLocale, new Date(iso))))}
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

function renderPagerLink(
  context: GuideContext,
  topic: TopicSummary | undefined,
  label: string,
  className: string
): unknown {
  if (!topic) return nothing;
  return html`<button type="button" class="pager-link ${className}" @click=${() => context.open(topic.slug)}>
    <span class="pager-label">${label}</span>
    <span class="pager-title" ${langDir(topic.lang)}>${renderText(topic.title)}</span>
  </button>`;
}

/** "Add to my list", pressed when the question is on the list. */
function renderQuestionToggle(context: GuideContext, questionId: string, textId: string): TemplateResult {
  const picked = myList.isPicked(questionId);
  return html`<button
    type="button"
    class="add-question"
    aria-pressed=${picked ? 'true' : 'false'}
    aria-describedby=${textId}
    @click=${() => context.togglePicked(questionId)}
  >
    ${msg('Add to my list', {desc: "Button. Adds a question to the reader's list of questions to ask their social worker."})}
  </button>`;
}
