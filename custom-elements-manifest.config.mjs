// The public API, read from the JSDoc in src/: attributes, events, slots,
// CSS properties and parts. `npm run docs` writes dist/custom-elements.json
// and the API tables in the README.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.d.ts'],
  litelement: true,
  outdir: 'dist',
};
