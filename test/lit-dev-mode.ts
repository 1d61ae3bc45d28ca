// Imported first by every test that imports src/: Lit runs in its
// development build there, and any warning it gives (an update scheduled
// during an update, a shadowed class field, a missing attribute converter…)
// fails the test that caused it, instead of scrolling past in the log.
import {ReactiveElement} from 'lit';

const litWarnings: string[] = [];
const warn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  const text = args.map(String).join(' ');
  if (/lit\.dev\/msg\//.test(text) && !text.includes('lit.dev/msg/dev-mode')) litWarnings.push(text);
  else warn(...args);
};

// Lit's production build has no warnings to give: make sure this is not it.
if (typeof (ReactiveElement as unknown as {enableWarning?: unknown}).enableWarning !== 'function') {
  throw new Error(
    "Lit is in production mode here: the tests of src/ need its development build (exportConditions: ['development'])."
  );
}

afterEach(function () {
  const seen = litWarnings.splice(0);
  if (seen.length) {
    // A hook's error() fails the test it ran after, by name.
    (this.test as Mocha.Runnable & {error(error: Error): void}).error(
      new Error(`Lit warned during "${this.currentTest?.title}":\n${seen.join('\n')}`)
    );
  }
});
