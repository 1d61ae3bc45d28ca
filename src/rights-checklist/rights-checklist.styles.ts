import {css} from 'lit';
import {baseStyles} from '../styles/base.styles.js';

export const styles = [
  baseStyles,
  css`
    section {
      margin-block-end: 1.5em;
    }
    .view-heading + .intro {
      font-size: 1.125em;
    }
    details {
      border-block-end: 0.0625em solid var(--_border);
    }
    summary {
      padding-block: 0.75em;
      min-block-size: 2.75em;
      cursor: pointer;
      font-weight: 700;
      color: var(--_accent);
    }
    .picked-count {
      font-weight: 400;
      color: var(--_text);
    }
    .choices {
      padding: 0;
      list-style: none;
    }
    .items {
      padding-inline-start: 1.5em;
    }
    /* A checkbox and its label make one row of at least 44 px (2.75em), all of it a target. */
    .choices li,
    .check {
      display: flex;
      align-items: center;
      gap: 0.5em;
      min-block-size: 2.75em;
    }
    .choices label,
    .check label {
      flex: 1;
      align-self: stretch;
      display: flex;
      align-items: center;
      padding-block: 0.375em;
    }
    label {
      display: block;
      font-weight: 700;
    }
    .choices label,
    .check label {
      font-weight: 400;
    }
    .hint {
      margin-block: 0.25em;
    }
    .field-error {
      margin-block: 0.25em;
      font-weight: 700;
      color: #8c1d18;
      border-inline-start: 0.25em solid #8c1d18;
      padding-inline-start: 0.5em;
    }
    [aria-invalid='true'] {
      border-color: #8c1d18;
    }
    form button,
    .own-controls button,
    .actions button,
    .confirm button {
      margin-block-start: 0.5em;
      margin-inline-end: 0.5em;
    }
    .meeting input {
      inline-size: 100%;
      max-inline-size: 24em;
    }
    .item {
      padding: 0.75em 1em;
      margin-block-end: 0.75em;
      border-inline-start: 0.3125em solid var(--_accent);
      background: var(--_surface);
    }
    .item.asked {
      border-inline-start-color: var(--_border);
    }
    .question {
      font-weight: 700;
      margin-block-end: 0.5em;
    }
    .asked-mark {
      font-weight: 400;
    }
    .item-controls {
      display: grid;
      gap: 0.5em;
    }
    .actions {
      margin-block: 1em;
    }
    .clear,
    .confirm-clear {
      color: #8c1d18;
      border-color: #8c1d18;
    }
    .confirm {
      padding: 0.75em 1em;
      border: 0.1875em solid #8c1d18;
    }
    .problem,
    .message:not(:empty) {
      padding: 0.5em 1em;
      border-inline-start: 0.3125em solid var(--_accent);
      background: var(--_surface);
    }
    .keep p {
      margin-block-end: 0.75em;
    }
    @media print {
      .root {
        max-inline-size: none;
        font-size: 12pt;
      }
      .item {
        background: none;
        border: none;
        padding: 0;
        break-inside: avoid;
      }
      .answer-space {
        block-size: 6em;
        border-block-end: 0.0625em solid #000;
      }
      .note:empty {
        display: none;
      }
    }
  `,
];
