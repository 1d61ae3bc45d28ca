// @ts-check
// One plain-text table printer for the project's reports (sizes, readability,
// translations, review status): the first column on the left, others aligned
// as asked.

/**
 * @param {string[]} header
 * @param {(string | number)[][]} rows
 * @param {{numbers?: boolean}} [options] numbers: columns after the first are right-aligned
 * @returns {string} the table, one line per row, header first
 */
export function formatTable(header, rows, {numbers = false} = {}) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => String(row[i] ?? '').length)));
  const line = (/** @type {(string | number)[]} */ cells) =>
    cells
      .map((cell, i) =>
        numbers && i > 0 ? String(cell ?? '').padStart(widths[i]) : String(cell ?? '').padEnd(widths[i])
      )
      .join('  ')
      .trimEnd();
  return [header, ...rows].map(line).join('\n');
}
