// The classic-script loader, dist/loader.js, for a page where `type="module"` cannot be written: a CMS or a
// sanitiser that strips it. A classic script tag survives, and this adds the module tag for the entry beside
// it, pinned to the entry's hash, which the build writes in for ENTRY_INTEGRITY. The loader's own tag carries
// its own integrity value, so the one value on the host's tag still pins every byte.
(() => {
  const loader = document.currentScript;
  if (!(loader instanceof HTMLScriptElement)) return;
  const entry = new URL('family-rights-guide.js', loader.src).href;
  const script = document.createElement('script');
  // Under Trusted Types, a script's address must come from a policy: this one allows the entry's, no other.
  const policy = window.trustedTypes?.createPolicy('family-rights-guide-loader', {
    createScriptURL: (url) => {
      if (url !== entry) throw new TypeError(`family-rights-guide loader: ${url} is not the entry`);
      return url;
    },
  });
  script.type = 'module';
  script.src = policy ? policy.createScriptURL(entry) : entry;
  script.integrity = 'ENTRY_INTEGRITY';
  script.crossOrigin = 'anonymous';
  // A page's policy with a nonce gave the loader one: the entry needs it too.
  if (loader.nonce) script.nonce = loader.nonce;
  if (!loader.integrity)
    console.warn(
      'family-rights-guide: the loader\'s script tag has no integrity attribute, so nothing pins the loader. Add integrity="…" from dist/loader-integrity.txt; if your editor removes it, see "Using a CMS" in the README.'
    );
  loader.after(script);
})();
