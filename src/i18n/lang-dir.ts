import {nothing} from 'lit';
import {Directive, directive, PartType, type ElementPart, type PartInfo} from 'lit/directive.js';
import {directionOf} from '../content/content-store.js';

/**
 * Marks an element with a language and its direction, always together:
 * `<span ${langDir(topic.lang)}>`. Without a language, both are removed, so
 * the element follows its parent.
 */
class LangDirDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('langDir goes on an element: <span ${langDir(lang)}>');
  }

  render(_lang: string | undefined): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [lang]: [string | undefined]): typeof nothing {
    const element = part.element;
    if (lang) {
      element.setAttribute('lang', lang);
      element.setAttribute('dir', directionOf(lang));
    } else {
      element.removeAttribute('lang');
      element.removeAttribute('dir');
    }
    return nothing;
  }
}

export const langDir = directive(LangDirDirective);
