import '../lit-dev-mode.js';
import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/index.js';
import {$, $$, deepActiveElement} from '../helpers.js';
import {text} from '../source-helpers.js';
import {addOwn, button, focusOn, list, listTexts, message, mount, settle, useChecklistPage} from './checklist-page.js';

useChecklistPage();

describe('the reader’s own questions, from source', () => {
  it('refuses an empty or too long question, with its error under the box, and keeps focus there', async () => {
    await mount({topic: 'section-20'});
    await addOwn('   ');
    const input = $(list, '#own-input');
    expect(text($(list, '#own-error'))).to.equal('Type a question first. It cannot be empty.');
    expect([input.getAttribute('aria-invalid'), input.getAttribute('aria-describedby')]).to.deep.equal([
      'true',
      'own-hint own-error',
    ]);
    expect(deepActiveElement()).to.equal(input);
    await addOwn('x'.repeat(301));
    expect(text($(list, '#own-error'))).to.equal('Your question is too long. Use 300 characters or fewer.');
    expect(listTexts()).to.deep.equal([]);
    await addOwn('Fine now');
    expect(list.shadowRoot!.querySelector('#own-error')).to.equal(null);
  });

  it('moves, edits and deletes the reader’s own questions, keeping focus where the reader is', async () => {
    await mount({topic: 'section-20'});
    await addOwn('First');
    await addOwn('Second');
    await addOwn('Third');
    const [one, two] = $$(list, '[data-question-id^="own-"]').map(
      (item) => `[data-question-id="${item.dataset.questionId}"]`
    );
    // Focus stays on the button pressed, or moves to the other one at the ends of the list.
    for (const [move, focus, order] of [
      ['.move-down', '.move-down', ['Second', 'First', 'Third']],
      ['.move-down', '.move-up', ['Second', 'Third', 'First']],
      ['.move-up', '.move-up', ['Second', 'First', 'Third']],
      ['.move-up', '.move-down', ['First', 'Second', 'Third']],
    ] as const) {
      $(list, `${one} ${move}`).click();
      await focusOn(`${one} ${focus}`);
      expect([listTexts(), message()]).to.deep.equal([order, move === '.move-up' ? 'Moved up.' : 'Moved down.']);
    }
    $(list, `${one} .edit`).click();
    await focusOn('.editor textarea');
    $<HTMLTextAreaElement>(list, '.editor textarea').value = ' ';
    button('Save').click();
    await settle();
    expect(text($(list, '#edit-error'))).to.equal('Type a question first. It cannot be empty.');
    expect(list.shadowRoot!.querySelector('#own-error'), 'not under the add box').to.equal(null);
    await sendKeys({press: 'Escape'});
    await focusOn(`${one} .edit`);
    expect(listTexts()[0]).to.equal('First');
    $(list, `${one} .edit`).click();
    await focusOn('.editor textarea');
    $<HTMLTextAreaElement>(list, '.editor textarea').value = 'First, reworded';
    button('Save').click();
    await focusOn(`${one} .edit`);
    expect([listTexts()[0], message()]).to.deep.equal(['First, reworded', 'Your question is changed.']);
    $(list, `${two} .edit`).click();
    await settle();
    button('Cancel').click();
    await settle();
    expect(list.shadowRoot!.querySelector('.editor')).to.equal(null);
    $(list, `${two} .delete`).click();
    await focusOn('#own-input');
    expect([listTexts(), message()]).to.deep.equal([['First, reworded', 'Third'], 'Your question is deleted.']);
  });
});
