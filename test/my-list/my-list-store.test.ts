import '../lit-dev-mode.js';
import {expect} from '@open-wc/testing';
import {MyListStore, STORAGE_KEY, STORAGE_VERSION} from '../../src/my-list/my-list-store.js';

/** A Storage in memory, optionally one that refuses to write, like a full or blocked browser store. */
function memoryStorage(refuseWrites = false): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => {
      if (refuseWrites) throw new DOMException('full', 'QuotaExceededError');
      items.set(key, value);
    },
  };
}

describe('MyListStore (unit)', () => {
  it('keeps the list in memory only, until the reader opts in; then in one key', () => {
    const storage = memoryStorage();
    const list = new MyListStore(() => storage);
    list.load();
    list.togglePicked('section-20', 'q-s20-say-no');
    list.addOwn('  Can I record the meeting?  ');
    expect(list.count).to.equal(2);
    expect(storage.length, 'nothing written before opting in').to.equal(0);
    list.setKeep(true);
    expect(storage.length).to.equal(1);
    const saved = JSON.parse(storage.getItem(STORAGE_KEY)!);
    expect(saved.version).to.equal(STORAGE_VERSION);
    expect(saved.own).to.deep.equal([{id: 'own-1', text: 'Can I record the meeting?'}]);
  });

  it('reads a kept list back, and numbers new own questions after the kept ones', () => {
    const storage = memoryStorage();
    const first = new MyListStore(() => storage);
    first.load();
    first.addOwn('One');
    first.addOwn('Two');
    first.setKeep(true);
    const again = new MyListStore(() => storage);
    again.load();
    expect(again.keep).to.equal(true);
    again.addOwn('Three');
    expect(again.data.own.map((q) => q.id)).to.deep.equal(['own-1', 'own-2', 'own-3']);
  });

  it('says "unreadable" for a damaged or older saved list, shows nothing of it, and keeps working', () => {
    for (const raw of [
      '{not json',
      JSON.stringify({version: 0, data: {}}),
      JSON.stringify({version: STORAGE_VERSION, data: {own: 'x'}}),
    ]) {
      const storage = memoryStorage();
      storage.setItem(STORAGE_KEY, raw);
      const list = new MyListStore(() => storage);
      list.load();
      expect(list.problem, raw).to.equal('unreadable');
      expect(list.count).to.equal(0);
      list.addOwn('Still works');
      expect(list.count).to.equal(1);
    }
  });

  it('reads a saved list only within bounds: size, number of questions, and safe whole-number ids', () => {
    const saved = (own: {id: string; text: string}[], extra = '') =>
      JSON.stringify({version: STORAGE_VERSION, picked: [], own, asked: [], notes: {}, meetingWith: extra});
    const many = (n: number) => Array.from({length: n}, (_, i) => ({id: `own-${i + 1}`, text: 'Q'}));
    for (const [why, raw] of [
      ['too large', saved([], 'x'.repeat(600_000))],
      ['too many questions', saved(many(1001))],
      ['an id past the safe integers', saved([{id: 'own-1000000000000000000000', text: 'Q'}])],
      ['an id of 0', saved([{id: 'own-0', text: 'Q'}])],
    ]) {
      const storage = memoryStorage();
      storage.setItem(STORAGE_KEY, raw);
      const list = new MyListStore(() => storage);
      list.load();
      expect(list.problem, why).to.equal('unreadable');
      expect(list.count, why).to.equal(0);
    }
    // The largest list allowed reads back, and the next own question follows its highest id.
    const storage = memoryStorage();
    storage.setItem(STORAGE_KEY, saved(many(1000)));
    const list = new MyListStore(() => storage);
    list.load();
    expect(list.count).to.equal(1000);
    list.addOwn('One more');
    expect(list.data.own.at(-1)!.id).to.equal('own-1001');
  });

  it('reads a question saved twice as one, so one Delete removes it', () => {
    const storage = memoryStorage();
    const twice = {topic: 'section-20', id: 'q-s20-say-no'};
    const mine = {id: 'own-3', text: 'Mine'};
    storage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        version: STORAGE_VERSION,
        picked: [twice, twice],
        own: [mine, mine],
        asked: [],
        notes: {},
        meetingWith: '',
      })
    );
    const list = new MyListStore(() => storage);
    list.load();
    expect(list.count).to.equal(2);
    list.deleteOwn('own-3');
    expect(list.count).to.equal(1);
  });

  it('says "save-failed" when storage refuses, and loses nothing in memory', () => {
    const list = new MyListStore(() => memoryStorage(true));
    list.load();
    list.addOwn('Kept in memory');
    list.setKeep(true);
    expect(list.problem).to.equal('save-failed');
    expect(list.data.own[0].text).to.equal('Kept in memory');
  });

  it('moves, edits, marks, notes and deletes own questions, and forgets a deleted question everywhere', () => {
    const list = new MyListStore(() => memoryStorage());
    list.load();
    list.addOwn('A');
    list.addOwn('B');
    list.moveOwn('own-1', 1);
    expect(list.data.own.map((q) => q.text)).to.deep.equal(['B', 'A']);
    list.editOwn('own-1', 'A, reworded');
    list.setAsked('own-1', true);
    list.setNote('own-1', 'They said yes');
    expect(list.isAsked('own-1')).to.equal(true);
    list.deleteOwn('own-1');
    expect(list.isAsked('own-1')).to.equal(false);
    expect(list.data.notes['own-1']).to.equal(undefined);
    expect(list.data.own.map((q) => q.text)).to.deep.equal(['B']);
  });

  it('wipes memory on quick exit without touching a kept copy', () => {
    const storage = memoryStorage();
    const list = new MyListStore(() => storage);
    list.load();
    list.addOwn('Private');
    list.setKeep(true);
    list.wipeMemory();
    expect(list.count).to.equal(0);
    expect(storage.getItem(STORAGE_KEY)).to.contain('Private');
  });
});
