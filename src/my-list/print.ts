// Printing from a widget embedded in someone else's page: for the length of
// the print, a constructed style sheet on the host document hides everything
// but our element, so the reader gets a clean A4 page. It is removed after
// printing. Constructed style sheets are allowed under a strict CSP.

const PRINT_ROOT = 'data-frg-print-root';
let sheet: CSSStyleSheet | undefined;

export function printOnly(element: Element): void {
  sheet ??= new CSSStyleSheet();
  sheet.replaceSync(`@page { size: A4; margin: 15mm; }
    @media print {
      body * { visibility: hidden !important; }
      [${PRINT_ROOT}] { visibility: visible !important; position: absolute !important; inset-block-start: 0 !important; inset-inline-start: 0 !important; inline-size: 100% !important; }
    }`);
  const printSheet = sheet;
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, printSheet];
  element.setAttribute(PRINT_ROOT, '');
  const done = () => {
    element.removeAttribute(PRINT_ROOT);
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== printSheet);
  };
  window.addEventListener('afterprint', done, {once: true});
  window.print();
}
