import {adoptStyles, unsafeCSS, type CSSResult, type LitElement} from 'lit';
import type {ViewStyles} from '../content/types.js';

// Each element's styles for its views come with its data, in the strings
// file (scripts/content/data-files.mjs), checked like every data file. The
// entry keeps only what shows before data arrives: the base styles, with the
// loading and failed messages and the exit bar.

let loaded: Record<keyof ViewStyles, CSSResult> | undefined;
const adopted = new WeakSet<ShadowRoot>();

/** Keeps the views' styles from the first strings file that arrives: they are the same in every language. */
export function useViewStyles(styles: ViewStyles | undefined): void {
  if (styles && !loaded) loaded = {guide: unsafeCSS(styles.guide), checklist: unsafeCSS(styles.checklist)};
}

/** Adds the views' styles to an element's shadow root, once they have arrived. For `willUpdate`, before rendering. */
export function adoptViewStyles(element: LitElement, name: keyof ViewStyles): void {
  const root = element.renderRoot as ShadowRoot;
  if (!loaded || adopted.has(root)) return;
  adopted.add(root);
  adoptStyles(root, [...(element.constructor as typeof LitElement).elementStyles, loaded[name]]);
}
