// @ts-check
// Rollup plugin: gives Lit's Trusted Types policy our own name.
//
// Lit creates a policy named "lit-html". A host page that uses Lit itself has
// already made one, and under a CSP without 'allow-duplicates' a second
// createPolicy("lit-html") throws while our script loads. Our copy instead asks
// for a policy named POLICY_NAME, made once per page and shared by every copy
// of this widget (the script may be loaded twice).

export const POLICY_NAME = 'family-rights-guide';

const LIT_POLICY_CALL = /(\w+)\.createPolicy\("lit-html",/g;

/** @returns {import('rollup').Plugin} */
export function trustedTypesPolicyName() {
  return {
    name: 'family-rights-guide-trusted-types',
    transform(code, id) {
      if (!/[\\/]lit-html[\\/]lit-html\.js$/.test(id)) return null;
      const calls = code.match(LIT_POLICY_CALL) ?? [];
      if (calls.length !== 1) {
        this.error(
          `expected one createPolicy("lit-html", …) in ${id}, found ${calls.length}; check this plugin against the new Lit version`
        );
      }
      const helper =
        `function frgPolicy(factory, rules) {` +
        `const key = Symbol.for(${JSON.stringify(POLICY_NAME + '.trusted-types-policy')});` +
        `return globalThis[key] ??= factory.createPolicy(${JSON.stringify(POLICY_NAME)}, rules);}\n`;
      return {code: helper + code.replace(LIT_POLICY_CALL, 'frgPolicy($1,'), map: null};
    },
  };
}
