import {msg} from '@lit/localize';
import {html, nothing, type TemplateResult} from 'lit';
import {draftMessage} from '../../shared/translation-notes.js';
import type {GuideContext} from './context.js';

/**
 * Says that a translation is a draft, and whether the English has changed
 * since, in its own language, with a way to read the English.
 */
export function renderDraftNotice(context: GuideContext, draft: boolean, outdated = false): unknown {
  if (!draft || context.showEnglish) return nothing;
  return html`<p class="draft-notice">
    ${draftMessage()}
    ${
      outdated
        ? msg('The English page has changed since it was translated.', {
            desc: 'Added to the draft notice when the English text was changed after this translation was made, so the English may be more up to date.',
          })
        : nothing
    }
    <button type="button" class="link-button" @click=${() => context.switchLanguage({showEnglish: true})}>
      ${msg('Read it in English', {desc: 'Button at the end of the draft-translation notice. Shows the same page in English.'})}
    </button>
  </p>`;
}

export function renderEnglandNote(): TemplateResult {
  return html`<p class="england-note">
    ${msg('This guide is about England only. The law in Wales, Scotland and Northern Ireland is different.', {desc: 'Note shown on every page. Keep the names of the four countries.'})}
  </p>`;
}
