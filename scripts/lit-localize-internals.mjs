// @ts-check
// Rollup plugin: fails the build loudly if @lit/localize's internal modules,
// which src/i18n/strings.ts uses to give each element its own language, no
// longer export what we use. They are not public API, so a new version could
// drop them; better a clear build error than a guide that shows no words.

/** The internal modules we import, and the names we use from each. */
export const INTERNALS = {
  'init/install.js': ['_installMsgImplementation'],
};

/**
 * What is missing from one of the internal modules, or undefined.
 * @param {string} id the module's resolved path
 * @param {string} code its source
 */
export function missingInternals(id, code) {
  const entry = Object.entries(INTERNALS).find(([file]) => id.replace(/\\/g, '/').endsWith(`@lit/localize/${file}`));
  if (!entry) return undefined;
  const missing = entry[1].filter(
    (name) =>
      !new RegExp(`export\\s+(?:const|let|var|function|class)\\s+${name}\\b|export\\s*\\{[^}]*\\b${name}\\b`).test(code)
  );
  return missing.length
    ? `@lit/localize/${entry[0]} no longer exports ${missing.join(', ')}, which src/i18n/strings.ts uses; check strings.ts against this version of @lit/localize`
    : undefined;
}

/** @returns {import('rollup').Plugin} */
export function litLocalizeInternals() {
  return {
    name: 'family-rights-guide-lit-localize-internals',
    transform(code, id) {
      const problem = missingInternals(id, code);
      if (problem) this.error(problem);
      return null;
    },
  };
}
