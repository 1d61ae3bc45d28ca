// @ts-check
// Long names of private members of src/ classes, which the minifier shortens
// in the bundle (about 150 B gzip). Property renaming is by name across the
// whole bundle, so a name may be listed only if nothing reaches the member
// through a string: not an attribute, a data file, the DOM, or Lit's
// `changed.has('…')`. test/scripts/private-members.test.mjs checks that each
// is declared private in src/ and never written in quotes there.

export const PRIVATE_MEMBERS = [
  'focusHeadingAfterRender',
  'showEnglish',
  'confirmingClear',
  'switchLanguage',
  'chosenLocale',
  'displayLocale',
  'openTopics',
  'renderProblem',
  'openTerms',
  'toggleTerm',
  'queueCheck',
  'shiftAlone',
  'renderTranslationNote',
  'checkQueued',
  'requestedSlug',
  'exitController',
  'listController',
  'langController',
  'announcement',
  'nextOwnId',
  'context',
  'loader',
  'exitAddress',
  'renderView',
  'renderMain',
  'slowTimer',
  'viewChanged',
  'focusInItem',
  'requestedLocale',
  'startEdit',
  'stopEdit',
  'exitFixed',
  'watchSlow',
  'onKeyDown',
  'onKeyUp',
  'onChange',
  'checkedTopic',
  'inlineNode',
  'leaveExit',
  'termCount',
  'citation',
  'observer',
];

/** For terser's `mangle.properties.regex`. */
export const privateMembersPattern = () => new RegExp(`^(?:${PRIVATE_MEMBERS.join('|')})$`);
