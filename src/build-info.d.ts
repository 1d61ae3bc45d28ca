// Written by scripts/content/rollup-plugin-content.mjs at build time (see buildInfoModule in data-files.mjs).
declare module 'virtual:build-info' {
  export const version: string;
  /** The folder under content/ that holds this build's data files. */
  export const dataFolder: string;
  /** The root of the hash tree that pins every data file, in base64 (scripts/content/hash-tree.mjs). */
  export const dataRoot: string;
  /** The locales, the source locale first. */
  export const locales: string[];
  export const rtlLocales: string[];
}
