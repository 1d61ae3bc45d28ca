// @ts-check
// Rollup plugin: gives Lit's Trusted Types policy our own name.
//
// Lit creates a policy named "lit-html". A host page that uses Lit itself has
// already made one, and under a CSP without 'allow-duplicates' a second
// createPolicy("lit-html") throws while our script loads. Our copy instead asks
// for a policy named POLICY_NAME, once per page. The policy stays private to
// the module: no other script can use it to turn its own string into HTML.
// Only a page-wide flag says it was made, so a second copy of the script (its
// elements are never registered, so it never renders) does not ask again,
// which a CSP without 'allow-duplicates' would refuse.

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
        `const made = Symbol.for(${JSON.stringify(POLICY_NAME + '.trusted-types-policy-made')});` +
        `if (globalThis[made]) return undefined;` +
        `globalThis[made] = true;` +
        `return factory.createPolicy(${JSON.stringify(POLICY_NAME)}, rules);}\n`;
      return {code: helper + code.replace(LIT_POLICY_CALL, 'frgPolicy($1,'), map: null};
    },
  };
}
