import {publicApiOnly} from './scripts/custom-elements-public.mjs';

// The public API, read from the JSDoc in src/: attributes, events, slots,
// CSS properties and parts. `npm run docs` writes dist/custom-elements.json
// and the API tables in the README.
export default {
  globs: ['src/**/*.ts'],
  // src/server.ts has the entry's names, for Node: not the elements.
  exclude: ['src/**/*.d.ts', 'src/server.ts'],
  litelement: true,
  outdir: 'dist',
  plugins: [publicApiOnly()],
};
