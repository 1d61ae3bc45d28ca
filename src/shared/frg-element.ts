import {LitElement, type PropertyDeclarations} from 'lit';
import {version} from 'virtual:build-info';
import {headingLevelFrom} from '../content/heading.js';
import {exitAddress} from '../quick-exit/quick-exit.js';

/** The levels `heading-level` takes. Frameworks may set the property to a number; the attribute is text. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

let warnedFalse = false;

/**
 * `quick-exit` is on when present, as any HTML boolean attribute, except for the value `false`: Vue and Svelte write
 * `quick-exit="false"` for a binding to false, and a host that writes it means off. That gets a console warning once
 * a page, since in plain HTML it would mean on.
 */
function quickExitFrom(value: string | null): boolean {
  const off = value?.trim().toLowerCase() === 'false';
  if (off && !warnedFalse) {
    warnedFalse = true;
    console.warn(
      'family-rights-guide: quick-exit="false" turns quick exit off. To be plain HTML, remove the attribute, or set the quickExit property.'
    );
  }
  return value !== null && !off;
}

/**
 * What both elements share: the attributes they both have, each with one
 * JSDoc and one validation path, their warnings, and their events.
 */
export abstract class FrgElement extends LitElement {
  static readonly version = version;
  // Declared here rather than with decorators: the same reactive properties, in fewer bytes.
  // Lit adds a subclass's own `properties` to these.
  static override properties: PropertyDeclarations = {
    requestedLang: {attribute: 'lang'},
    headingLevel: {attribute: 'heading-level'},
    quickExit: {attribute: 'quick-exit', converter: quickExitFrom},
    exitUrl: {attribute: 'exit-url'},
  };

  /**
   * The language: `en`, `ar`, `bn`, `lt`, `pa`, `pl`, `pt`, `ro`, `so`, `uk` or `ur`. Without it, the nearest ancestor's `lang`, then English.
   * `pl-PL` uses `pl`; a language with no translation falls back to English, with a console warning.
   */
  requestedLang?: string;

  /**
   * `1` to `6`: the level of the top heading, so it fits the host page's outline; headings inside sit below it.
   * Default `2`, which any other value also gets, with a console warning.
   */
  headingLevel?: HeadingLevel | `${HeadingLevel}`;

  /**
   * Shows an "Exit this page" button that stays in reach while the reader scrolls. It, or Shift pressed three times
   * on its own within five seconds, hides every guide and checklist on the page at once, forgets everything, and
   * leaves with `location.replace`, so this page is not in the back history. If GOV.UK's Exit this page has started
   * on the page, GOV.UK leaves on Shift pressed three times, and the widgets hide at once. With it on, the page
   * leaving by any route forgets what the reader did, so Back never shows it. Off without the attribute, and with
   * `quick-exit="false"`, which Vue and Svelte write for a binding to false (with a console warning).
   */
  quickExit = false;

  /**
   * Where quick exit goes: an absolute `https:` address (`http:` only on `localhost`, for building a site). Default `https://www.bbc.co.uk/weather`, a
   * neutral, widely used page and GOV.UK's default; any other value gets it too, with a console warning.
   */
  exitUrl?: string;

  /** Problems already reported in the console, so each is reported once. */
  private readonly warned = new Set<string>();

  /** A console warning a host team can act on, once per element however often it is met. */
  protected warn(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    console.warn(`family-rights-guide: ${message}`);
  }

  /** The level of the top heading, from `heading-level`. */
  protected get level(): number {
    const level = headingLevelFrom(this.headingLevel);
    // Vue sets the property, to a number; HTML and React set the attribute, to a string.
    if (this.headingLevel != null && String(level) !== String(this.headingLevel).trim()) {
      this.warn(`heading-level "${this.headingLevel}" is not a whole number from 1 to 6, so 2 is used.`);
    }
    return level;
  }

  /** Where quick exit goes, from `exit-url`. */
  protected get exitAddress(): string {
    return exitAddress(this.exitUrl, (message) => this.warn(message));
  }

  /** Fires one of the elements' events: bubbling, composed, with a typed detail. */
  protected emit<K extends keyof HTMLElementEventMap>(
    name: K,
    detail: HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never
  ): void {
    this.dispatchEvent(frgEvent(name, detail));
  }
}

/** Made outside the class, so that the API manifest lists only the events each element documents. */
const frgEvent = (name: string, detail: unknown) => new CustomEvent(name, {bubbles: true, composed: true, detail});
