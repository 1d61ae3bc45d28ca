import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** The voice a browser region would expect, where a language has more than one. */
const PREFERRED_REGION: Record<string, string> = {en: 'en-gb', pt: 'pt-pt'};

const languageOf = (tag: string): string => tag.toLowerCase().replace('_', '-');

/**
 * A voice on this device for the language, never one that runs on a server: those send the text away, and the guide
 * promises that nothing a family reads leaves the device. The region the guide's readers expect comes first.
 */
export function localVoiceFor(
  voices: readonly SpeechSynthesisVoice[],
  locale: string
): SpeechSynthesisVoice | undefined {
  const language = languageOf(locale).split('-')[0];
  const matching = voices.filter((voice) => voice.localService && languageOf(voice.lang).split('-')[0] === language);
  return (
    matching.find((voice) => languageOf(voice.lang) === PREFERRED_REGION[language]) ??
    matching.find((voice) => voice.default) ??
    matching[0]
  );
}

export type ReadAloudState = 'off' | 'reading' | 'paused';

/**
 * "Listen": reads a topic aloud, one section after another, with the browser's own speech (Web Speech API) and a
 * voice on the device. It offers itself only where such a voice exists, and stops the moment the reader leaves:
 * quick exit, another view, another language, or the page.
 */
export class ReadAloudController implements ReactiveController {
  state: ReadAloudState = 'off';
  /** The section being read: 0 is the title and summary, then the body's sections in order. */
  section = -1;
  /** Each start or stop: speech events of an older reading are ignored. */
  private reading = 0;
  /** The section has changed since the last render, so it is brought into view once, not on every update. */
  private moved = false;
  private readonly stopNow = (): void => this.stop();
  private readonly voicesChanged = (): void => this.host.requestUpdate();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    speech()?.addEventListener('voiceschanged', this.voicesChanged);
    addEventListener('pagehide', this.stopNow);
  }

  hostDisconnected(): void {
    speech()?.removeEventListener('voiceschanged', this.voicesChanged);
    removeEventListener('pagehide', this.stopNow);
    this.stop();
  }

  hostUpdated(): void {
    if (!this.moved) return;
    this.moved = false;
    this.host.shadowRoot?.querySelector('.reading')?.scrollIntoView({block: 'nearest'});
  }

  /** Whether this device can read `locale` aloud without a server. */
  canRead(locale: string): boolean {
    return Boolean(this.voiceFor(locale));
  }

  /** Reads the sections' texts in order, from the first. */
  start(sections: string[][], locale: string): void {
    const voice = this.voiceFor(locale);
    if (!voice) return;
    this.stop();
    const reading = ++this.reading;
    const queue = sections.flatMap((texts, section) => texts.map((text) => ({text, section})));
    const next = (): void => {
      if (reading !== this.reading) return;
      const item = queue.shift();
      if (!item) return this.stop();
      const utterance = new SpeechSynthesisUtterance(item.text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.onend = next;
      // An error ends the reading; "interrupted" and "canceled" come from a stop, which has ended it already.
      utterance.onerror = () => reading === this.reading && this.stop();
      this.show('reading', item.section);
      speech()!.speak(utterance);
    };
    next();
  }

  pause(): void {
    speech()?.pause();
    this.show('paused', this.section);
  }

  resume(): void {
    speech()?.resume();
    this.show('reading', this.section);
  }

  /** Stops at once, if it is reading. */
  stop(): void {
    if (this.state === 'off') return;
    const paused = this.state === 'paused';
    this.reading++;
    speech()?.cancel();
    // Chromium stays paused after a cancel, and would not read the next time.
    if (paused) speech()?.resume();
    this.show('off', -1);
  }

  private voiceFor(locale: string): SpeechSynthesisVoice | undefined {
    return localVoiceFor(speech()?.getVoices() ?? [], locale);
  }

  private show(state: ReadAloudState, section: number): void {
    this.moved ||= section !== this.section;
    this.state = state;
    this.section = section;
    this.host.requestUpdate();
  }
}

/** The browser's speech, where it has one. */
const speech = (): SpeechSynthesis | undefined => globalThis.speechSynthesis;
