// Printing from a widget embedded in someone else's page: for the length of
// the print, a constructed style sheet on the host document removes
// everything but our element and the elements around it, so the reader gets
// the list alone, from the top of an A4 page, with no blank pages where the
// host page's content was. It is removed after printing, or when no print
// begins (print blocked). Constructed style sheets are allowed under a strict CSP.

const PRINT_ROOT = 'data-frg-print-root';
const PRINT_PATH = 'data-frg-print-path';
let sheet: CSSStyleSheet | undefined;

export function printOnly(element: Element): void {
  sheet ??= new CSSStyleSheet();
  sheet.replaceSync(`@page { size: A4; margin: 15mm; }
    @media print {
      body *:not([${PRINT_PATH}], [${PRINT_ROOT}]) { display: none !important; }
      [${PRINT_PATH}] { margin: 0 !important; padding: 0 !important; border: 0 !important; position: static !important; min-block-size: 0 !important; }
      [${PRINT_ROOT}] { display: block !important; position: static !important; margin: 0 !important; inline-size: 100% !important; }
    }`);
  const printSheet = sheet;
  // The elements around ours, up to the body, across shadow roots: they stay, without their spacing.
  const path: Element[] = [];
  for (let node = parentAcrossShadows(element); node && node !== document.body; node = parentAcrossShadows(node)) {
    path.push(node);
  }
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, printSheet];
  element.setAttribute(PRINT_ROOT, '');
  for (const node of path) node.setAttribute(PRINT_PATH, '');
  const done = () => {
    window.removeEventListener('beforeprint', began);
    window.removeEventListener('afterprint', done);
    element.removeAttribute(PRINT_ROOT);
    for (const node of path) node.removeAttribute(PRINT_PATH);
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== printSheet);
  };
  let printing = false;
  const began = () => (printing = true);
  window.addEventListener('beforeprint', began);
  window.addEventListener('afterprint', done);
  window.print();
  // Where print() is blocked (a sandboxed frame without allow-modals), no print begins and no
  // afterprint comes: take the print-only styles away, or the host page's own printouts stay blank.
  // A browser whose print() returns before printing begins gets a second to begin.
  if (!printing) setTimeout(() => printing || done(), 1000);
}

const parentAcrossShadows = (node: Element): Element | null =>
  node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
