// @ts-check
import {readFileSync} from 'node:fs';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import {contentPlugin} from './scripts/content/rollup-plugin-content.mjs';
import {CONTENT_DIR} from './scripts/lib/paths.mjs';
import {litLocalizeInternals} from './scripts/lit-localize-internals.mjs';
import {minifyTemplateLiterals} from './scripts/minify-template-literals.mjs';
import {loaderIntegrity, pinEntryInLoader, publishIntegrity} from './scripts/integrity.mjs';
import {shortenedNamesPattern} from './scripts/shortened-names.mjs';
import {compactMsgCallsPlugin} from './scripts/compact-msg-calls.mjs';
import {thirdPartyLicences} from './scripts/third-party-licences.mjs';
import {trustedTypesPolicyName} from './scripts/trusted-types-policy.mjs';

const {version} = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** @type {import('rollup').RollupOptions[]} */
export default [
  {
    input: 'src/index.ts',
    output: {
      file: 'dist/family-rights-guide.js',
      format: 'es',
      // Everything after the entry is JSON data, never another chunk of code.
      inlineDynamicImports: true,
    },
    treeshake: {
      // @lit/localize's entry sets up lit-localize's own runtime and message ids, which this
      // bundle replaces (src/i18n/strings.ts): only what is imported from it is kept.
      moduleSideEffects: (id) => !/[\\/]@lit[\\/]localize[\\/](?!init[\\/]install)/.test(id),
    },
    plugins: [
      contentPlugin({contentDir: CONTENT_DIR, version}),
      trustedTypesPolicyName(),
      litLocalizeInternals(),
      nodeResolve({browser: true}),
      typescript({
        tsconfig: './tsconfig.json',
        include: ['src/**/*.ts'],
        compilerOptions: {noEmit: false, outDir: 'dist'},
        noEmitOnError: true,
      }),
      // After TypeScript, which compiles from the files on disk.
      minifyTemplateLiterals(),
      compactMsgCallsPlugin(),
      terser({
        module: true,
        ecma: 2021,
        compress: {passes: 3},
        // Members only our own code uses, by name: never read through a string, JSON or the DOM.
        mangle: {properties: {regex: shortenedNamesPattern()}},
        // One notice for everything bundled, instead of a licence comment per Lit module.
        format: {
          comments: false,
          preamble: `/*! family-rights-guide ${version} (MIT). Bundles Lit and @lit/localize, Copyright Google LLC (BSD-3-Clause): see THIRD-PARTY-LICENSES.txt */`,
        },
      }),
      thirdPartyLicences(),
      publishIntegrity(),
    ],
    watch: {clearScreen: false},
  },
  // The classic-script loader, for pages that cannot write type="module": after the entry, whose hash it holds.
  {
    input: 'src/loader/loader.js',
    output: {file: 'dist/loader.js', format: 'iife'},
    plugins: [
      pinEntryInLoader('dist/family-rights-guide.js'),
      terser({ecma: 2021, format: {comments: false, preamble: `/*! family-rights-guide ${version} loader (MIT) */`}}),
      loaderIntegrity(),
    ],
  },
  // What Node gets (package.json's `node` condition): the same names, defining nothing.
  {
    input: 'src/server.ts',
    output: {file: 'dist/server.js', format: 'es'},
    plugins: [
      typescript({
        tsconfig: './tsconfig.json',
        include: ['src/server.ts'],
        compilerOptions: {noEmit: false, outDir: 'dist'},
        noEmitOnError: true,
      }),
    ],
  },
];
