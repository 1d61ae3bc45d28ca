import {msg} from '@lit/localize';
import {html, type TemplateResult} from 'lit';
import {hasDraftText} from '../../content/draft.js';
import {heading} from '../../content/heading.js';
import {renderText} from '../../content/marked-text.js';
import type {LocaleIndex, TopicSummary} from '../../content/types.js';
import {langDir} from '../../i18n/lang-dir.js';
import type {GuideContext} from './context.js';
import {renderDraftNotice, renderEnglandNote} from './notes.js';

/** "Where are you now?": every topic, as a large row to choose, grouped by stage; each row leads with the situation. */
export function renderTopicList(context: GuideContext, index: LocaleIndex, toolbar: TemplateResult): TemplateResult {
  return html`${heading(context.level, msg('Where are you now?', {desc: 'Main heading above the list of topics: the situations a family may be in.'}), {focusable: true, className: 'view-heading'})}
    ${toolbar}
    <p class="intro">
      ${msg('Choose the situation that is closest to yours.', {desc: 'Short line under the "Where are you now?" heading, above the list of topics.'})}
    </p>
    ${renderDraftNotice(context, hasDraftText(index))} ${renderEnglandNote()}
    ${groupsOf(index.topics).map(
      ([stage, topics]) =>
        html`${heading(context.level + 1, stageName(stage), {className: 'stage'})}
          <ul class="topic-list">
            ${topics.map(
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
                    <span class="row-summary" id="summary-${topic.slug}" aria-hidden="true"
                      >${renderText(topic.summary)}</span
                    >
                    <span class="row-title">${renderText(topic.title)}</span>
                  </button>
                </li>`
            )}
          </ul>`
    )}`;
}

/** The topics in runs of one stage each: the index lists them grouped. */
function groupsOf(topics: TopicSummary[]): [string, TopicSummary[]][] {
  const groups: [string, TopicSummary[]][] = [];
  for (const topic of topics) {
    const last = groups[groups.length - 1];
    if (last?.[0] === topic.stage) last[1].push(topic);
    else groups.push([topic.stage, [topic]]);
  }
  return groups;
}

/** Each stage's heading: the family's situation, in plain words. The ids are STAGES in scripts/content/front-matter.mjs. */
function stageName(stage: string): string {
  switch (stage) {
    case 'getting-help':
      return msg('Getting help', {desc: 'Heading of a group of topics: help a family can get from the council.'});
    case 'worried':
      return msg('When social workers are worried', {
        desc: "Heading of a group of topics: when social workers are worried about a child's safety.",
      });
    case 'court':
      return msg('Going to court', {
        desc: 'Heading of a group of topics: when the council is thinking about court, or has gone to court.',
      });
    case 'living-elsewhere':
      return msg('When your child lives elsewhere', {
        desc: 'Heading of a group of topics: a child living in care, with relatives or friends, or being adopted.',
      });
    default:
      return msg('Your rights and getting advice', {
        desc: 'Heading of a group of topics: rights that apply at any stage, complaints, records and free advice.',
      });
  }
}
