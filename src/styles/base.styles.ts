import {css} from 'lit';

// Shared by every element, and in the entry: what shows before data arrives
// (the loading and failed messages, headings, buttons and the exit bar).
// The rest of the views' styles come with the data: views.css, and each
// element's own (src/styles/view-styles.ts). Sizes are in em from `font-size: medium` on the
// root, so text follows the reader's browser setting, never the host page's
// rem. Only logical properties (inline/block), so the layout mirrors in
// right-to-left languages.
export const baseStyles = css`
  :host {
    /* Stop the host page's inherited text styles (line-height, letter-spacing, text-transform…). */
    all: initial;
    display: block;
  }
  /* !important: a host page's own display rule for the element must not keep it on screen after quick exit. */
  :host([hidden]) {
    display: none !important;
  }
  .root {
    --_text: var(--frg-color-text, #0b0c0c);
    --_background: var(--frg-color-background, #ffffff);
    --_surface: var(--frg-color-surface, #f3f2f1);
    --_accent: var(--frg-color-accent, #174a8b);
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
  /* Arabic and Urdu: a step larger, because their scripts read small at the same size. */
  .root:is(:lang(ar), :lang(ur)) {
    font-size: large;
  }
  .root:lang(ur) {
    line-height: 2;
  }
  /* Bengali and Gurmukhi: vowel signs above and below the line need more room between lines. */
  .root:is(:lang(bn), :lang(pa)) {
    line-height: 1.75;
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
  p,
  ul,
  ol {
    margin-block: 0 1em;
  }
  button {
    font: inherit;
    letter-spacing: inherit;
    text-transform: none;
    min-block-size: 2.75em;
    padding: 0.5em 1em;
    cursor: pointer;
    background: var(--_background);
    color: var(--_accent);
    border: 0.125em solid var(--_accent);
    border-radius: var(--_radius);
  }
  button:hover {
    background: var(--_surface);
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
  .root[hidden] {
    display: none !important;
  }
  /* Stays in reach while the reader scrolls, without covering the text: it takes its own space. */
  .exit-bar {
    position: sticky;
    inset-block-start: var(--frg-exit-offset, 0);
    z-index: 1;
    display: flex;
    justify-content: flex-end;
    padding-block: 0.5em;
    background: var(--_background);
  }
  /* While the bar is out of view, the button is fixed to the window's nearer edge (see exit-reach.ts). */
  .exit-bar[data-away] .exit {
    position: fixed;
    inset-inline-end: var(--_exit-end);
    z-index: 2147483647;
  }
  [data-away='above'] .exit {
    inset-block-start: calc(var(--frg-exit-offset, 0px) + 0.5em);
  }
  [data-away='below'] .exit {
    inset-block-end: 0.5em;
  }
  .exit {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75em;
    padding: 0.5em 1em;
    font-weight: 700;
    color: #ffffff;
    background: #8c1d18;
    /* Shows the button's shape in forced colours, where backgrounds go. */
    border: 0.125em solid transparent;
    border-radius: var(--_radius);
    text-decoration: none;
  }
  .exit:hover {
    background: #701712;
  }
  /* Data is slow or failed: the same calm alert in every element. */
  .load-problem {
    padding: 0.75em 1em;
    margin-block-end: 1em;
    border-inline-start: 0.3125em solid #8c1d18;
    background: var(--_surface);
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  @media print {
    .exit-bar,
    .screen-only {
      display: none !important;
    }
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
