import {msg} from '@lit/localize';
import {html, type TemplateResult} from 'lit';
import {hasDraftText} from '../../content/draft.js';
import {heading} from '../../content/heading.js';
import {renderText} from '../../content/marked-text.js';
import type {LocaleIndex} from '../../content/types.js';
import {langDir} from '../../i18n/lang-dir.js';
import type {GuideContext} from './context.js';
import {renderDraftNotice, renderEnglandNote} from './notes.js';

/** "Where are you now?": every topic, as a large row to choose. */
export function renderTopicList(context: GuideContext, index: LocaleIndex): TemplateResult {
  return html`${heading(context.level, msg('Where are you now?', {desc: 'Main heading above the list of topics: the situations a family may be in.'}), {focusable: true, className: 'view-heading'})}
    <p class="intro">
      ${msg('Choose the situation that is closest to yours.', {desc: 'Short line under the "Where are you now?" heading, above the list of topics.'})}
    </p>
    ${renderDraftNotice(context, hasDraftText(index))} ${renderEnglandNote()}
    <ul class="topic-list">
      ${index.topics.map(
        (topic) =>
          html`<li>
            <button
              type="button"
              class="topic-row"
              id="row-${topic.slug}"
              aria-describedby="summary-${topic.slug}"
              ${langDir(topic.lang)}
              @click=${() => context.open(topic.slug)}
            >
              <span class="row-title">${renderText(topic.title)}</span>
              <span class="row-summary" id="summary-${topic.slug}" aria-hidden="true"
                >${renderText(topic.summary)}</span
              >
            </button>
          </li>`
      )}
    </ul>`;
}
