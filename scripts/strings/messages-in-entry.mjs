// @ts-check
// The interface strings the widget can show before its data arrives, or when
// it cannot arrive: loading, slow and failed messages, and quick exit. They
// stay written out in the entry. Every other English message is in the
// English strings data file, and the entry asks for it by its place there.
// A message's key is its English text, with U+0001 where each value goes.

export const MESSAGES_IN_ENTRY = new Set([
  'Loading the guide…',
  'Sorry, the guide could not load.',
  'Loading the questions…',
  'Sorry, the questions could not load.',
  'This is taking longer than usual. Check your internet connection, or try again.',
  'Try again',
  'What to ask your social worker',
  'Exit this page',
  'Shift, press 2 more times to exit.',
  'Shift, press 1 more time to exit.',
  'Exit this page expired.',
]);
