// In forced colours (Windows High Contrast), backgrounds go: what shows a
// control's shape or state must be a border, an outline or words.
import {expect} from '@open-wc/testing';
import {executeServerCommand, sendKeys} from '@web/test-runner-commands';
import {
  $,
  consoleProblems,
  deepActiveElement,
  inFirefox,
  itInChromiumOnly,
  mountGuide,
  unmountAll,
} from '../helpers.js';

beforeEach(() => (consoleProblems.length = 0));
afterEach(async () => {
  if (!inFirefox) await executeServerCommand('forced-colors', {active: false});
  unmountAll();
  expect(consoleProblems, 'console errors and warnings').to.deep.equal([]);
});

describe('forced colours', () => {
  itInChromiumOnly(
    'keeps the Exit button a button, and a visible focus ring',
    'forced colours are emulated over the DevTools protocol',
    async () => {
      await executeServerCommand('forced-colors', {active: true});
      const guide = await mountGuide({'quick-exit': '', lang: 'pl'});
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const exit = getComputedStyle($(guide, '.exit'));
      expect([exit.borderTopStyle, parseFloat(exit.borderTopWidth) > 0]).to.deep.equal(['solid', true]);
      $(guide, '.exit').focus();
      await sendKeys({press: 'Shift'});
      const focused = getComputedStyle(deepActiveElement()!);
      expect([focused.outlineStyle, parseFloat(focused.outlineWidth) > 0]).to.deep.equal(['solid', true]);
    }
  );
});
