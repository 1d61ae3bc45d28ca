import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {nearestLang} from './locale.js';

/**
 * Follows the page's language: when an element has no `lang` of its own and
 * the nearest ancestor's `lang` changes (a site's own language switch, or a
 * translation tool that sets `<html lang>`), `changed` is called.
 */
export class AncestorLangController implements ReactiveController {
  private observer?: MutationObserver;
  private last?: string;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly changed: () => void
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.last = nearestLang(this.host);
    this.observer = new MutationObserver(() => {
      const lang = nearestLang(this.host);
      if (lang === this.last) return;
      this.last = lang;
      if (!this.host.hasAttribute('lang')) this.changed();
    });
    this.observer.observe(document.documentElement, {attributes: true, attributeFilter: ['lang'], subtree: true});
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
