import {css} from 'lit';
import {baseStyles} from '../styles/base.styles.js';

export const styles = [
  baseStyles,
  css`
    .section > :is(h2, h3, h4, h5, h6):first-child,
    .sources > :is(h2, h3, h4, h5, h6):first-child {
      font-size: 1.375em;
    }
    /* The live region is always there, so that a message is announced; it shows only with one. */
    .notice.has-message {
      padding: 0.75em 1em;
      margin-block-end: 1em;
      border-inline-start: 0.3125em solid var(--_accent);
      background: var(--_surface);
    }
    .intro,
    .summary {
      font-size: 1.125em;
    }
    .england-note {
      padding: 0.75em 1em;
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .topic-list {
      list-style: none;
      padding: 0;
    }
    .topic-list li + li {
      margin-block-start: 0.75em;
    }
    .topic-row {
      display: flex;
      flex-direction: column;
      gap: 0.25em;
      inline-size: 100%;
      min-block-size: 3em;
      padding: 0.875em 1em;
      text-align: start;
      color: var(--_text);
      background: var(--_surface);
      border: 0.125em solid var(--_border);
      border-inline-start: 0.375em solid var(--_accent);
      border-radius: var(--_radius);
    }
    .stage {
      font-size: 1.25em;
      margin-block: 1.5em 0.5em;
    }
    .row-summary {
      font-size: 1.125em;
      font-weight: 700;
      color: var(--_accent);
    }
    .topic-row:hover .row-summary {
      text-decoration: underline;
    }
    /* A word in the sentence: no padding, which would make its line taller than the others. */
    .term {
      display: inline;
      min-block-size: 0;
      border-radius: 0;
      padding: 0;
      margin: 0;
      background: none;
      border: none;
      text-decoration: underline dashed 0.125em;
      text-underline-offset: 0.25em;
      color: var(--_accent);
      cursor: pointer;
      text-align: inherit;
    }
    .term[aria-expanded='true'] {
      text-decoration-style: solid;
    }
    .definition:not([hidden]) {
      display: block;
      margin-block: 0.5em;
      padding: 0.5em 0.75em;
      border-inline-start: 0.25em solid var(--_accent);
      background: var(--_surface);
    }
    .contents ul {
      padding-inline-start: 1.25em;
    }
    .contents a {
      display: inline-block;
      padding-block: 0.625em;
    }
    .contents :is(h2, h3, h4, h5, h6),
    .term-hint {
      font-size: 1em;
      margin-block-end: 0;
    }
    /* A phone number: a button to call, as tall as any other, that still reads as part of its sentence. */
    .call {
      display: inline-block;
      min-block-size: 2.75em;
      padding: 0.5em 0.75em;
      margin-block: 0.25em;
      font-weight: 700;
      white-space: nowrap;
      text-decoration: none;
      border: 0.125em solid var(--_accent);
      border-radius: var(--_radius);
    }
    .call::before {
      content: '☎ ' / '';
    }
    .call:hover {
      text-decoration: underline;
    }
    .sources {
      margin-block-start: 2em;
      padding-block-start: 0.5em;
      border-block-start: 0.0625em solid var(--_border);
    }
    .last-updated {
      color: var(--_text);
    }
    .cite {
      font-size: 0.75em;
      line-height: 0;
    }
    .cite a {
      padding-inline: 0.2em;
    }
    .sources a {
      display: block;
      padding-block: 0.625em;
    }
    .sources li:focus {
      outline: 0.1875em solid var(--_text);
      outline-offset: 0.125em;
      box-shadow: 0 0 0 0.3125em var(--_focus);
    }
    .pager {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75em;
      margin-block-start: 2em;
    }
    .pager-link {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      text-align: start;
      flex: 1 1 12em;
    }
    .pager-label {
      font-size: 0.875em;
      color: var(--_text);
    }
    .pager-title {
      font-weight: 700;
    }
    .next {
      align-items: flex-end;
      text-align: end;
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      justify-content: flex-end;
      gap: 0.5em 0.75em;
      margin-block-end: 0.5em;
    }
    /* The label above; the menu and its Change button side by side. */
    .language {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.5em;
      margin-inline-end: auto;
    }
    .language label {
      flex-basis: 100%;
      font-weight: 700;
      font-size: 0.875em;
    }
    select {
      font: inherit;
      min-block-size: 2.75em;
      padding: 0.25em 0.5em;
      color: var(--_text);
      background: var(--_background);
      border: 0.125em solid var(--_text);
    }
    .link-button {
      display: inline;
      min-block-size: 0;
      padding: 0.625em 0;
      border: none;
      border-radius: 0;
      background: none;
      text-decoration: underline;
    }
    .questions li {
      margin-block-end: 0.75em;
    }
    .question-controls {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em 0.75em;
      margin-block-start: 0.375em;
    }
    /* Two classes, so that a hover keeps its colours (button:hover sets only the background). */
    .add-question.picked {
      color: var(--_background);
      background: var(--_accent);
    }
    .picked::before {
      content: '✓ ' / '';
    }
    @media print {
      .exit-bar,
      .draft-notice button,
      .toolbar,
      .question-controls,
      .back,
      .pager,
      .load-problem button {
        display: none;
      }
      .topic-row {
        border-color: currentColor;
      }
    }
    @media (forced-colors: active) {
      .topic-row,
      .term {
        border-color: ButtonText;
      }
    }
  `,
];
