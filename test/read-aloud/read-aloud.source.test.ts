import '../lit-dev-mode.js';
import {expect} from '@open-wc/testing';
import '../../src/index.js';
import {loadTopic} from '../../src/content/content-store.js';
import type {FamilyRightsGuide} from '../../src/family-rights-guide/family-rights-guide.js';
import {localVoiceFor} from '../../src/read-aloud/read-aloud-controller.js';
import {textsToRead} from '../../src/read-aloud/speech-text.js';
import {$, $$, axeViolations, consoleProblems, deepActiveElement, nextViewChange, waitFor} from '../helpers.js';
import {backFromCache, here, mountFromSource, resetAddress, text} from '../source-helpers.js';

// The browser's speech is replaced by a stand-in that records what the guide asks of it, and speaks when told to.
type Voice = Pick<SpeechSynthesisVoice, 'name' | 'lang' | 'localService' | 'default' | 'voiceURI'>;
const voice = (lang: string, localService = true, isDefault = false): Voice => ({
  name: `${lang} ${localService ? 'local' : 'online'}`,
  voiceURI: `${lang}-${localService}`,
  lang,
  localService,
  default: isDefault,
});

class StandInUtterance {
  voice: Voice | null = null;
  lang = '';
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly text: string) {}
}

class StandInSpeech extends EventTarget {
  voices: Voice[] = [];
  spoken: StandInUtterance[] = [];
  calls: string[] = [];
  getVoices() {
    return this.voices;
  }
  speak(utterance: StandInUtterance) {
    this.spoken.push(utterance);
    this.calls.push('speak');
  }
  pause() {
    this.calls.push('pause');
  }
  resume() {
    this.calls.push('resume');
  }
  cancel() {
    this.calls.push('cancel');
  }
  /** The utterance being spoken comes to its end. */
  finish() {
    this.spoken.at(-1)!.onend?.();
  }
  /** New voices arrive, as they do a moment after a page loads in Chromium. */
  addVoices(...voices: Voice[]) {
    this.voices.push(...voices);
    this.dispatchEvent(new Event('voiceschanged'));
  }
}

const realSpeech = Object.getOwnPropertyDescriptor(window, 'speechSynthesis');
const realUtterance = window.SpeechSynthesisUtterance;
let speech: StandInSpeech;

function standIn(): StandInSpeech {
  speech = new StandInSpeech();
  Object.defineProperty(window, 'speechSynthesis', {configurable: true, get: () => speech});
  Object.assign(window, {SpeechSynthesisUtterance: StandInUtterance});
  return speech;
}

beforeEach(() => (consoleProblems.length = 0));
afterEach(() => {
  document.querySelectorAll('family-rights-guide').forEach((element) => element.remove());
  if (realSpeech) Object.defineProperty(window, 'speechSynthesis', realSpeech);
  else delete (window as {speechSynthesis?: unknown}).speechSynthesis;
  Object.assign(window, {SpeechSynthesisUtterance: realUtterance});
  resetAddress();
  expect(consoleProblems, 'console errors and warnings').to.deep.equal([]);
});

const listen = (guide: FamilyRightsGuide) => guide.shadowRoot!.querySelector<HTMLButtonElement>('.read-aloud .listen');
/** The Listen button's label, for a plain comparison: a failed one shows text, never a whole element. */
const listenLabel = (guide: FamilyRightsGuide) => (listen(guide) ? text(listen(guide)) : 'no Listen button');
const spokenTexts = () => speech.spoken.map((utterance) => utterance.text);
/** Which of the page's parts is marked as being read: "summary", or the body section's number from 0. */
const marked = (guide: FamilyRightsGuide) => {
  const reading = $$(guide, '.reading');
  if (reading.length !== 1) return `${reading.length} marked`;
  return reading[0].classList.contains('summary') ? 'summary' : $$(guide, 'article .section').indexOf(reading[0]);
};

describe('choosing a voice (unit)', () => {
  it('takes only a voice on the device, never one that runs on a server, even when that is the default', () => {
    const online = {...voice('en-GB', false, true)} as SpeechSynthesisVoice;
    const local = voice('en-US') as SpeechSynthesisVoice;
    expect(localVoiceFor([online, local], 'en')?.name).to.equal(local.name);
    expect(localVoiceFor([online], 'en')).to.equal(undefined);
  });

  it("takes the language's voice, the region its readers expect first, then the device's default", () => {
    const voices = ['pt-BR', 'pt_PT', 'en-US', 'en-GB', 'pl-PL'].map((lang) => voice(lang) as SpeechSynthesisVoice);
    expect(localVoiceFor(voices, 'pt')?.lang).to.equal('pt_PT');
    expect(localVoiceFor(voices, 'en')?.lang).to.equal('en-GB');
    expect(localVoiceFor(voices, 'pl')?.lang).to.equal('pl-PL');
    expect(localVoiceFor(voices, 'uk')).to.equal(undefined);
    const withDefault = [voice('bn-IN'), voice('bn-BD', true, true)] as SpeechSynthesisVoice[];
    expect(localVoiceFor(withDefault, 'bn')?.lang).to.equal('bn-BD');
  });
});

describe('what is read aloud (unit)', () => {
  it('reads the title and summary, then each section as the page splits it, without citation numbers', async () => {
    const topic = await loadTopic('en', 'section-20');
    const sections = textsToRead(topic);
    const shown = topic.body.filter((block) => block.type === 'heading' && block.level === 2);
    expect(sections.length).to.equal(shown.length + 1);
    expect(sections[0][0]).to.equal(topic.title);
    expect(sections[1][0]).to.equal('What this means');
    expect(sections.flat().join(' '), 'no citation numbers or ids').not.to.match(/@|\[\d/);
    expect(sections.flat().every((piece) => piece.length > 0 && piece === piece.trim())).to.equal(true);
  });
});

describe('Listen', () => {
  it('is not there without speech, without a voice on the device, or with online voices only', async () => {
    Object.defineProperty(window, 'speechSynthesis', {configurable: true, value: undefined});
    const guide = await mountFromSource({topic: 'section-20'});
    expect(listenLabel(guide), 'no speech at all').to.equal('no Listen button');
    guide.remove();
    standIn().voices = [voice('en-GB', false, true), voice('pl-PL')];
    const again = await mountFromSource({topic: 'section-20'});
    expect(listenLabel(again), 'online English and local Polish voices only').to.equal('no Listen button');
    expect($(again, '.section')).to.exist;
  });

  it("appears when a voice for the language arrives, and follows the topic's language", async () => {
    standIn();
    const guide = await mountFromSource({topic: 'section-20'});
    expect(listenLabel(guide)).to.equal('no Listen button');
    speech.addVoices(voice('en-GB'));
    await waitFor(() => listen(guide), 'the Listen button');
    expect(listenLabel(guide)).to.equal('Listen');
  });

  it('reads in section order, marking each section on screen as it reads it', async () => {
    standIn().voices = [voice('en-US'), voice('en-GB')];
    const guide = await mountFromSource({topic: 'section-20'});
    const sections = textsToRead(await loadTopic('en', 'section-20'));
    listen(guide)!.click();
    await guide.updateComplete;
    expect(spokenTexts()).to.deep.equal([sections[0][0]]);
    expect(speech.spoken[0].voice?.lang, 'the British voice').to.equal('en-GB');
    expect(marked(guide)).to.equal('summary');
    expect(text(listen(guide))).to.equal('Pause');
    const order: (string | number)[] = [];
    while (speech.spoken.length < sections.flat().length) {
      speech.finish();
      await guide.updateComplete;
      const mark = marked(guide);
      if (order.at(-1) !== mark) order.push(mark);
    }
    expect(spokenTexts()).to.deep.equal(sections.flat());
    expect(order).to.deep.equal(['summary', ...sections.slice(1).map((_, i) => i)]);
    const reading = $(guide, '.reading').getBoundingClientRect();
    expect(reading.top < innerHeight && reading.bottom > 0, 'the section being read is on screen').to.equal(true);
    speech.finish();
    await guide.updateComplete;
    expect([text(listen(guide)), $$(guide, '.reading').length]).to.deep.equal(['Listen', 0]);
  });

  it('pauses and resumes in one button, and stops with focus kept on it', async () => {
    standIn().voices = [voice('en-GB')];
    const guide = await mountFromSource({topic: 'section-20'});
    listen(guide)!.click();
    await guide.updateComplete;
    listen(guide)!.click();
    await guide.updateComplete;
    expect([text(listen(guide)), speech.calls.at(-1)]).to.deep.equal(['Resume', 'pause']);
    expect(await axeViolations(guide)).to.deep.equal([]);
    listen(guide)!.click();
    await guide.updateComplete;
    expect([text(listen(guide)), speech.calls.at(-1)]).to.deep.equal(['Pause', 'resume']);
    const stop = $<HTMLButtonElement>(guide, '.stop-reading');
    stop.focus();
    stop.click();
    await guide.updateComplete;
    expect(speech.calls.at(-1)).to.equal('cancel');
    expect(deepActiveElement() === listen(guide), 'focus is on the Listen button').to.equal(true);
    expect([listenLabel(guide), $$(guide, '.stop-reading').length]).to.deep.equal(['Listen', 0]);
    // A late end from the cancelled reading reads nothing more.
    const spoken = speech.spoken.length;
    speech.finish();
    expect(speech.spoken.length).to.equal(spoken);
  });

  it('stops at once on quick exit, before the page is left', async () => {
    standIn().voices = [voice('en-GB')];
    const guide = await mountFromSource({topic: 'section-20', 'quick-exit': '', 'exit-url': `${here}#read-aloud-exit`});
    listen(guide)!.click();
    await guide.updateComplete;
    speech.calls.length = 0;
    $(guide, 'a.exit').click();
    expect([location.hash, speech.calls]).to.deep.equal(['#read-aloud-exit', ['cancel']]);
    const shown = nextViewChange(guide);
    backFromCache();
    await shown;
    await guide.updateComplete;
    expect(listenLabel(guide), 'the list of topics has no Listen button').to.equal('no Listen button');
  });

  it('stops at once on another view: All topics, My list, Show in English and another language', async () => {
    standIn().voices = [voice('en-GB'), voice('pl-PL')];
    const guide = await mountFromSource({topic: 'section-20', lang: 'pl'});
    const press = async (selector: string, viewChange = true) => {
      listen(guide)!.click();
      await guide.updateComplete;
      speech.calls.length = 0;
      const shown = viewChange && nextViewChange(guide);
      $(guide, selector).click();
      expect(speech.calls, `${selector} stops the reading`).to.deep.equal(['cancel']);
      await shown;
      await guide.updateComplete;
    };
    expect(speech.voices.length).to.equal(2);
    await press('.show-english');
    expect(guide.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('en');
    await press('.show-english');
    $<HTMLSelectElement>(guide, '#language').value = 'en';
    await press('.change-language');
    $(guide, '.add-question').click();
    await guide.updateComplete;
    await press('.my-list-button');
    $(guide, '.back').click();
    await guide.updateComplete;
    await press('.back');
    expect(guide.shadowRoot!.querySelector('.topic-row')).to.exist;
  });
});
