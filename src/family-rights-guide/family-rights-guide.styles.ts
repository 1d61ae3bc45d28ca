import {css} from 'lit';

// Sizes are in em from `font-size: medium` on the root, so text follows the
// reader's browser setting, never the host page's rem. Only logical
// properties (inline/block), so the layout mirrors in right-to-left languages.
export const styles = css`
  :host {
    display: block;
    /* Stop the host page's inherited text styles (line-height, letter-spacing, text-transform…). */
    all: initial;
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  .root {
    --_text: var(--frg-color-text, #0b0c0c);
    --_background: var(--frg-color-background, #ffffff);
    --_surface: var(--frg-color-surface, #f3f2f1);
    --_accent: var(--frg-color-accent, #1d5ba8);
    --_border: var(--frg-color-border, #8a8d8f);
    --_focus: var(--frg-color-focus, #ffdd00);
    --_radius: var(--frg-radius, 0.25em);
    font-family: var(
      --frg-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Noto Sans',
      'Noto Naskh Arabic',
      'Noto Nastaliq Urdu',
      Tahoma,
      Arial,
      sans-serif
    );
    font-size: medium;
    line-height: 1.5;
    color: var(--_text);
    background: var(--_background);
    text-align: start;
    overflow-wrap: break-word;
    max-inline-size: 44em;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    line-height: 1.25;
    margin-block: 1.5em 0.5em;
    font-weight: 700;
  }
  .view-heading {
    font-size: 1.75em;
    margin-block-start: 0.5em;
  }
  .section > :is(h2, h3, h4, h5, h6):first-child,
  .sources > :is(h2, h3, h4, h5, h6):first-child {
    font-size: 1.375em;
  }
  p,
  ul,
  ol {
    margin-block: 0 1em;
  }
  ul,
  ol {
    padding-inline-start: 1.5em;
  }
  li + li {
    margin-block-start: 0.375em;
  }
  a {
    color: var(--_accent);
    text-decoration-thickness: 0.0625em;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 0.15em;
  }
  button {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
    text-transform: none;
  }
  :focus-visible {
    outline: 0.1875em solid var(--_text);
    outline-offset: 0.125em;
    box-shadow: 0 0 0 0.3125em var(--_focus);
  }
  [tabindex='-1']:focus {
    outline: none;
    box-shadow: none;
  }
  .notice:not(:empty) {
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
    cursor: pointer;
    background: var(--_surface);
    border: 0.125em solid var(--_border);
    border-inline-start: 0.375em solid var(--_accent);
    border-radius: var(--_radius);
  }
  .topic-row:hover .row-title {
    text-decoration: underline;
  }
  .row-title {
    font-size: 1.125em;
    font-weight: 700;
    color: var(--_accent);
  }
  .back,
  .pager button,
  .error button {
    min-block-size: 2.75em;
    padding: 0.5em 1em;
    cursor: pointer;
    background: var(--_background);
    color: var(--_accent);
    border: 0.125em solid var(--_accent);
    border-radius: var(--_radius);
  }
  .back:hover,
  .pager button:hover,
  .error button:hover {
    background: var(--_surface);
  }
  .term {
    display: inline;
    padding: 0;
    margin: 0;
    background: none;
    border: none;
    border-block-end: 0.125em dashed var(--_accent);
    color: var(--_accent);
    cursor: pointer;
    text-align: inherit;
  }
  .term[aria-expanded='true'] {
    border-block-end-style: solid;
  }
  .definition:not([hidden]) {
    display: block;
    margin-block: 0.5em;
    padding: 0.5em 0.75em;
    border-inline-start: 0.25em solid var(--_accent);
    background: var(--_surface);
  }
  .sources {
    margin-block-start: 2em;
    padding-block-start: 0.5em;
    border-block-start: 0.0625em solid var(--_border);
  }
  .last-checked {
    color: var(--_text);
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
  @media print {
    .back,
    .pager,
    .error button {
      display: none;
    }
    .topic-row {
      border-color: currentColor;
    }
  }
  @media (forced-colors: active) {
    .topic-row,
    .back,
    .pager button,
    .term {
      border-color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
