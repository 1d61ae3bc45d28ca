import {publicApiOnly} from './scripts/custom-elements-public.mjs';
import {typesFromManifest} from './scripts/types-from-manifest.mjs';

// The public API, read from the JSDoc in src/: attributes, events, slots,
// CSS properties and parts. `npm run docs` writes dist/custom-elements.json
// and the API tables in the README, and the TypeScript declarations beside it.
export default {
  globs: ['src/**/*.ts'],
  // src/server.ts has the entry's names, for Node: not the elements.
  exclude: ['src/**/*.d.ts', 'src/server.ts'],
  litelement: true,
  outdir: 'dist',
  plugins: [publicApiOnly(), typesFromManifest()],
};
