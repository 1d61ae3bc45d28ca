// The reader's list of questions, shared by every guide and checklist on the
// page. It lives in memory only, until the reader chooses to keep it on this
// device: then, and only then, it is written to one localStorage key.
// Questions are stored by id, so the list survives a change of language.

export const STORAGE_KEY = 'family-rights-guide.checklist';
export const STORAGE_VERSION = 1;
export const MAX_OWN_QUESTION = 300;
export const MAX_NOTE = 1000;
/**
 * Limits on a saved list, far above any real one: a larger or stranger one
 * (a damaged or planted value) is not read, so it cannot freeze the page.
 */
const MAX_SAVED_CHARACTERS = 500_000;
const MAX_SAVED_QUESTIONS = 1000;

export interface OwnQuestion {
  id: string;
  text: string;
}

/** A question from the guide, by its topic and its stable id. */
export interface PickedQuestion {
  topic: string;
  id: string;
}

export interface ChecklistData {
  /** Questions from the guide, in the order they were picked. */
  picked: PickedQuestion[];
  /** The reader's own questions, in their chosen order. */
  own: OwnQuestion[];
  /** Ids (picked or own) marked as asked. */
  asked: string[];
  /** A short note of the answer, by question id. */
  notes: Record<string, string>;
  meetingWith: string;
}

/**
 * Calm problems the reader is told about. None of them loses the list in memory.
 * - `save-failed`: storage is blocked or full.
 * - `unreadable`: what was saved is corrupt, or from an older version, so it is not shown.
 */
export type StorageProblem = 'save-failed' | 'unreadable';

const empty = (): ChecklistData => ({picked: [], own: [], asked: [], notes: {}, meetingWith: ''});

export class MyListStore extends EventTarget {
  data: ChecklistData = empty();
  /** The reader chose to keep the list on this device. */
  keep = false;
  /** Something of ours is in localStorage (readable or not). */
  saved = false;
  problem?: StorageProblem;
  private loaded = false;
  private nextOwnId = 1;

  constructor(private readonly storage: () => Storage = () => localStorage) {
    super();
  }

  get count(): number {
    return this.data.picked.length + this.data.own.length;
  }

  /** Reads a list kept earlier, once. Reading writes nothing. */
  load(): void {
    if (this.loaded) return;
    this.loaded = true;
    let raw: string | null = null;
    try {
      raw = this.storage().getItem(STORAGE_KEY);
    } catch {
      return; // Storage is blocked: nothing saved can be read, and nothing is lost.
    }
    if (raw === null) return;
    this.saved = true;
    const data = parseSaved(raw);
    if (!data) {
      this.problem = 'unreadable';
      return;
    }
    this.data = data;
    this.keep = true;
    this.nextOwnId = 1 + data.own.reduce((highest, q) => Math.max(highest, ownNumber(q.id)), 0);
  }

  isPicked(id: string): boolean {
    return this.data.picked.some((p) => p.id === id);
  }

  /** The topics that have questions on the list. */
  pickedTopics(): Set<string> {
    return new Set(this.data.picked.map((p) => p.topic));
  }

  togglePicked(topic: string, id: string): void {
    const {picked} = this.data;
    this.update({picked: this.isPicked(id) ? picked.filter((p) => p.id !== id) : [...picked, {topic, id}]});
    if (!this.isPicked(id)) this.forget(id);
  }

  addOwn(text: string): void {
    const question = {id: `own-${this.nextOwnId++}`, text: text.trim().slice(0, MAX_OWN_QUESTION)};
    this.update({own: [...this.data.own, question]});
  }

  editOwn(id: string, text: string): void {
    this.update({
      own: this.data.own.map((q) => (q.id === id ? {id, text: text.trim().slice(0, MAX_OWN_QUESTION)} : q)),
    });
  }

  deleteOwn(id: string): void {
    this.update({own: this.data.own.filter((q) => q.id !== id)});
    this.forget(id);
  }

  /** Moves an own question up (-1) or down (+1). */
  moveOwn(id: string, by: -1 | 1): void {
    const own = [...this.data.own];
    const from = own.findIndex((q) => q.id === id);
    const to = from + by;
    if (from === -1 || to < 0 || to >= own.length) return;
    [own[from], own[to]] = [own[to], own[from]];
    this.update({own});
  }

  setAsked(id: string, asked: boolean): void {
    const rest = this.data.asked.filter((a) => a !== id);
    this.update({asked: asked ? [...rest, id] : rest});
  }

  isAsked(id: string): boolean {
    return this.data.asked.includes(id);
  }

  setNote(id: string, note: string): void {
    this.update({notes: {...this.data.notes, [id]: note.slice(0, MAX_NOTE)}});
  }

  setMeetingWith(name: string): void {
    this.update({meetingWith: name.slice(0, MAX_OWN_QUESTION)});
  }

  /** Empties the list. A list kept on the device is emptied too, but still kept. */
  clear(): void {
    this.update(empty());
  }

  setKeep(keep: boolean): void {
    this.keep = keep;
    if (keep) this.save();
    else this.deleteSaved();
    this.changed();
  }

  /** Removes what is saved on this device. The list in memory stays. */
  deleteSaved(): void {
    this.keep = false;
    try {
      this.storage().removeItem(STORAGE_KEY);
      this.saved = false;
      this.problem = undefined;
    } catch {
      this.problem = 'save-failed';
    }
    this.changed();
  }

  /** Forgets the list in memory, for example on a quick exit. Storage is untouched. */
  wipeMemory(): void {
    this.data = empty();
    this.changed();
  }

  private forget(id: string): void {
    const notes = {...this.data.notes};
    delete notes[id];
    this.update({asked: this.data.asked.filter((a) => a !== id), notes});
  }

  private update(change: Partial<ChecklistData>): void {
    this.data = {...this.data, ...change};
    if (this.keep) this.save();
    this.changed();
  }

  private save(): void {
    try {
      this.storage().setItem(STORAGE_KEY, JSON.stringify({version: STORAGE_VERSION, ...this.data}));
      this.saved = true;
      this.problem = undefined;
    } catch {
      this.problem = 'save-failed';
    }
  }

  private changed(): void {
    this.dispatchEvent(new Event('change'));
  }
}

/** Returns saved data only if it is exactly the shape this version writes. */
function parseSaved(raw: string): ChecklistData | undefined {
  if (raw.length > MAX_SAVED_CHARACTERS) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!isRecord(value) || value.version !== STORAGE_VERSION) return undefined;
  const {picked, own, asked, notes, meetingWith} = value;
  const strings = (list: unknown): list is string[] => Array.isArray(list) && list.every((s) => typeof s === 'string');
  const pickedOk =
    Array.isArray(picked) &&
    picked.every((p) => isRecord(p) && typeof p.topic === 'string' && typeof p.id === 'string');
  const ownOk =
    Array.isArray(own) &&
    own.every((q) => isRecord(q) && typeof q.id === 'string' && ownNumber(q.id) > 0 && typeof q.text === 'string');
  const notesOk = isRecord(notes) && Object.values(notes).every((n) => typeof n === 'string');
  if (!pickedOk || !ownOk || !strings(asked) || !notesOk || typeof meetingWith !== 'string') return undefined;
  if (picked.length + own.length > MAX_SAVED_QUESTIONS) return undefined;
  return {
    // A question saved twice is one question: one Delete must not remove two.
    picked: uniqueBy(
      picked.map((p) => ({topic: String(p.topic), id: String(p.id)})),
      (p) => `${p.topic} ${p.id}`
    ),
    own: uniqueBy(
      own.map((q) => ({id: q.id as string, text: String(q.text).slice(0, MAX_OWN_QUESTION)})),
      (q) => q.id
    ),
    asked,
    notes: notes as Record<string, string>,
    meetingWith,
  };
}

/** The number in an own question's id (`own-12` is 12), or 0 when it is not a safe whole number from 1. */
function ownNumber(id: string): number {
  const number = /^own-(\d{1,16})$/.exec(id) ? Number(id.slice(4)) : 0;
  return Number.isSafeInteger(number) ? number : 0;
}

/** The items with a key not seen before, in order. */
function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && Boolean(seen.add(key(item))));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The one list for this page. */
export const myList = new MyListStore();
