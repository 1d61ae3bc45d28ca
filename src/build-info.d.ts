// Written by scripts/content/rollup-plugin-content.mjs at build time.
declare module 'virtual:build-info' {
  export const version: string;
  export const contentManifest: {file: string; integrity: string};
}
