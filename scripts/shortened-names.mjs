// @ts-check
// Long names of members that only src/ itself uses, which the minifier
// shortens in the bundle (about 300 B gzip). Renaming is by name across the
// whole bundle, so a name may be listed only if nothing reaches the member
// from outside or through a string: not a host page (the elements' public
// properties), an attribute, a data file, the saved list, the DOM, or Lit's
// `changed.has('…')`. test/scripts/shortened-names.test.mjs checks that each
// is a member declared in src/, never written in quotes there, and not a key
// of the data files or the saved list.

export const SHORTENED_NAMES = [
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
  'inline',
  'editError',
  'addError',
  'failed',
  'moveFocus',
  'loadIndex',
  'failedMessage',
  'isTermOpen',
  'showSource',
  'showList',
  'readerLocale',
  'togglePicked',
  'isPicked',
  'loadQuestionsOf',
  'questionsOf',
  'pickedTopics',
];

/** For terser's `mangle.properties.regex`. */
export const shortenedNamesPattern = () => new RegExp(`^(?:${SHORTENED_NAMES.join('|')})$`);
