import {msg, str} from '@lit/localize';
import {html, type TemplateResult} from 'lit';
import {langDir} from '../i18n/lang-dir.js';
import {heading} from './heading.js';
import type {ReviewerRole, Topic} from './types.js';

/**
 * The end of a topic: its numbered sources, which the citations in the text
 * point to, and when it was last updated, or checked.
 *
 * "Checked by" is shown only for a qualified review of exactly this text; the
 * build drops the review as soon as the text changes. A translation never
 * carries one, so a draft is never presented as checked.
 */
export function renderTopicSources(topic: Topic, titleLevel: number): TemplateResult {
  const {reviewed} = topic;
  const date = reviewed?.date ?? topic.englishLastUpdated ?? topic.lastUpdated;
  // The sources are English documents, so their titles stay in English.
  const english = topic.translation ? 'en' : undefined;
  return html`<div class="sources">
    ${heading(
      titleLevel + 1,
      msg('Where this information comes from', {
        desc: 'Heading above the numbered list of sources (laws, guidance, advice pages) for a topic.',
      })
    )}
    <ol ${langDir(english)}>
      ${topic.sources.map(
        (source, i) =>
          html`<li id="source-${i + 1}" tabindex="-1"><a href=${source.url} rel="noreferrer">${source.title}</a></li>`
      )}
    </ol>
    <p class="last-updated">
      ${
        reviewed
          ? checkedBy(reviewed.role)
          : topic.translation
            ? msg('English text last updated:', {
                desc: 'On a translated page, before the date the ENGLISH text was last changed. It says nothing about the translation, and does NOT say anyone checked it.',
              })
            : msg('Last updated:', {
                desc: 'Label before the date a topic was last changed. It does NOT say that anyone checked it.',
              })
      }
      <time datetime=${date}>${topic.dateText}</time>
    </p>
  </div>`;
}

/** "Checked by a family law solicitor on", before the date of the review. */
function checkedBy(role: ReviewerRole): string {
  switch (role) {
    case 'family-law-solicitor':
      return msg('Checked by a family law solicitor on', {
        desc: 'Before a date. Shown only when a qualified solicitor checked this exact English text.',
      });
    case 'family-law-barrister':
      return msg('Checked by a family law barrister on', {
        desc: 'Before a date. Shown only when a qualified barrister checked this exact English text.',
      });
    case 'family-law-adviser':
      return msg('Checked by a family law adviser on', {
        desc: 'Before a date. Shown only when a qualified family law adviser checked this exact English text.',
      });
  }
}

/** What a screen reader hears for a citation. */
export function sourceLabel(n: number): string {
  return msg(str`source ${n}`, {
    desc: 'Accessible name of a small numbered link to a source, read by screen readers: "source 2".',
  });
}
