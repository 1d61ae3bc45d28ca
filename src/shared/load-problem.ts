import {msg} from '@lit/localize';
import {html, nothing, type TemplateResult} from 'lit';

/**
 * Data is slow or failed to load: a calm alert, in words for the reader, and
 * a way to try again, looking the same in every element. `after` is anything
 * the element adds, such as the host page's own fallback link.
 */
export function renderLoadProblem(options: {
  failed: boolean;
  /** What failed, in the element's own words. */
  failedMessage: string;
  retry: () => void;
  after?: unknown;
}): TemplateResult {
  return html`<div class="load-problem" role="alert">
    <p>
      ${
        options.failed
          ? options.failedMessage
          : msg('This is taking longer than usual. Check your internet connection, or try again.', {
              desc: 'Shown when the guide is slow to load. The reader can keep waiting or press Try again.',
            })
      }
    </p>
    <button type="button" class="retry" @click=${options.retry}>
      ${msg('Try again', {desc: 'Button. Tries again to load the guide after an error.'})}
    </button>
    ${options.after ?? nothing}
  </div>`;
}
