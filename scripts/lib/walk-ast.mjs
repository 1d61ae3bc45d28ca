// @ts-check
// Visits every node of an ESTree syntax tree, as rollup's this.parse() gives it.

/**
 * @param {any} node
 * @param {(node: any) => void} visit
 */
export function walkAst(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) walkAst(child, visit);
    else if (value && typeof value.type === 'string') walkAst(value, visit);
  }
}
