import {html, nothing, type TemplateResult} from 'lit';

export const DEFAULT_HEADING_LEVEL = 2;

/** Reads `heading-level`, from the attribute or a number set on the property: 1 to 6, anything else gives the default. */
export function headingLevelFrom(value: string | number | null | undefined): number {
  const digit = String(value ?? '').trim();
  return /^[1-6]$/.test(digit) ? Number(digit) : DEFAULT_HEADING_LEVEL;
}

export interface HeadingOptions {
  id?: string;
  /** Lets script move focus here when the view changes. */
  focusable?: boolean;
  className?: string;
}

/**
 * A native heading whose level comes from the host page's outline.
 * Levels beyond 6 stay at 6.
 */
export function heading(
  level: number,
  content: unknown,
  {id, focusable, className}: HeadingOptions = {}
): TemplateResult {
  const attrs = {id: id ?? nothing, tabindex: focusable ? '-1' : nothing, className: className ?? nothing};
  switch (Math.min(6, Math.max(1, Math.trunc(level)))) {
    case 1:
      return html`<h1 id=${attrs.id} tabindex=${attrs.tabindex} class=${attrs.className}>${content}</h1>`;
    case 2:
      return html`<h2 id=${attrs.id} tabindex=${attrs.tabindex} class=${attrs.className}>${content}</h2>`;
    case 3:
      return html`<h3 id=${attrs.id} tabindex=${attrs.tabindex} class=${attrs.className}>${content}</h3>`;
    case 4:
      return html`<h4 id=${attrs.id} tabindex=${attrs.tabindex} class=${attrs.className}>${content}</h4>`;
    case 5:
      return html`<h5 id=${attrs.id} tabindex=${attrs.tabindex} class=${attrs.className}>${content}</h5>`;
    default:
      return html`<h6 id=${attrs.id} tabindex=${attrs.tabindex} class=${attrs.className}>${content}</h6>`;
  }
}
