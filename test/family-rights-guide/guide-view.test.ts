import '../lit-dev-mode.js';
import {expect} from '@open-wc/testing';
import type {LocaleIndex, Topic} from '../../src/content/types.js';
import {
  openTopicOf,
  placeOf,
  viewChangeDetail,
  type GuideView,
  type TopicView,
} from '../../src/family-rights-guide/guide-view.js';

const place = {locale: 'pl', display: 'en', strings: {languages: []}};
const index = {locale: 'en', topics: [], strings: place.strings} as LocaleIndex;
const topicView: TopicView = {...place, kind: 'topic', topic: {slug: 'section-20'} as Topic};

describe('the guide view (unit)', () => {
  it('says in frg-view-change what is on screen, in the language on screen, and nothing while loading or failed', () => {
    const views: GuideView[] = [
      {kind: 'loading'},
      {kind: 'error', place},
      {...place, kind: 'topics', index, notFound: false},
      topicView,
      {...place, kind: 'list', behind: topicView},
    ];
    expect(views.map((view) => viewChangeDetail(view, true))).to.deep.equal([
      undefined,
      undefined,
      {view: 'topics', topic: null, locale: 'en'},
      {view: 'topic', topic: 'section-20', locale: 'en'},
      {view: 'checklist', topic: null, locale: 'en'},
    ]);
    expect(viewChangeDetail(topicView), 'no slug unless the host opts in').to.deep.equal({
      view: 'topic',
      topic: null,
      locale: 'en',
    });
  });

  it('keeps the place through an error, and the open topic behind the list', () => {
    expect(placeOf({kind: 'loading'})).to.equal(undefined);
    expect(placeOf({kind: 'error', place})).to.equal(place);
    expect(openTopicOf({...place, kind: 'list', behind: topicView})).to.equal(topicView);
    expect(openTopicOf({...place, kind: 'topics', index, notFound: true})).to.equal(undefined);
  });
});
