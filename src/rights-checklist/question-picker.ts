import {msg, str} from '@lit/localize';
import {html, nothing, type TemplateResult} from 'lit';
import {langDir} from '../i18n/lang-dir.js';
import {heading} from '../content/heading.js';
import {renderText} from '../content/marked-text.js';
import type {LocaleIndex, PlainQuestion, TopicSummary} from '../content/types.js';
import {listChangeMessage} from '../my-list/list-messages.js';
import {myList} from '../my-list/my-list-store.js';

/** What the picker needs from its checklist. */
export interface PickerHost {
  /** The one topic whose questions to offer, if the host page chose one. */
  readonly topic?: string;
  readonly locale: string;
  /** Whether the reader has opened this topic in the list of all topics. */
  isOpen(slug: string): boolean;
  questionsOf(slug: string): PlainQuestion[] | undefined;
  toggleTopic(slug: string, open: boolean): void;
  changed(message?: unknown): void;
  /** Runs `build` with msg() answering in the checklist's language. */
  t<T>(build: () => T): T;
}

/** "Choose questions": one topic's questions, or every topic to open and choose from. */
export function renderPicker(host: PickerHost, index: LocaleIndex, level: number): TemplateResult {
  const one = index.topics.find((t) => t.slug === host.topic);
  return html`<section class="picker screen-only" aria-labelledby="picker-heading">
    ${heading(level, msg('Choose questions', {desc: 'Heading above the questions a parent can tick to add to their list.'}), {id: 'picker-heading'})}
    ${
      one
        ? renderTopicQuestions(host, one)
        : index.topics.map((topic) => {
            const picked = myList.data.picked.filter((p) => p.topic === topic.slug).length;
            const open = host.isOpen(topic.slug);
            return html`<details
              ?open=${open}
              @toggle=${(e: Event) => host.toggleTopic(topic.slug, (e.target as HTMLDetailsElement).open)}
            >
              <summary>
                <span ${langDir(topic.lang)}>${renderText(topic.title)}</span
                >${picked ? html` <span class="picked-count">(${pickedLabel(picked, host.locale)})</span>` : nothing}
              </summary>
              ${open ? renderTopicQuestions(host, topic) : nothing}
            </details>`;
          })
    }
  </section>`;
}

function renderTopicQuestions(host: PickerHost, topic: TopicSummary): TemplateResult {
  const questions = host.questionsOf(topic.slug);
  if (!questions) {
    return html`<p>
      ${msg('Loading the questions…', {desc: 'Shown for a moment while the list of questions loads.'})}
    </p>`;
  }
  return html`<ul class="choices" ${langDir(topic.lang)}>
    ${questions.map(
      (q) =>
        html`<li>
          <input
            type="checkbox"
            id="pick-${q.id}"
            .checked=${myList.isPicked(q.id)}
            @change=${() => {
              myList.togglePicked(topic.slug, q.id);
              host.changed(host.t(() => listChangeMessage(myList.isPicked(q.id), host.locale)));
            }}
          /><label for="pick-${q.id}">${renderText(q.text)}</label>
        </li>`
    )}
  </ul>`;
}

/** "1 question picked", "3 questions picked": a separate message for each plural form. */
function pickedLabel(count: number, locale: string): string {
  return new Intl.PluralRules(locale).select(count) === 'one'
    ? msg(str`${count} question picked`, {
        desc: 'After a topic name: how many of its questions are on the list, when the number is one (singular form).',
      })
    : msg(str`${count} questions picked`, {
        desc: 'After a topic name: how many of its questions are on the list (plural form). ${count} is a number.',
      });
}
