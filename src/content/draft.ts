import type {LocaleIndex} from './types.js';

/**
 * Whether a reader of this locale sees draft translation somewhere: a draft
 * topic, or the interface strings or glossary that every page shares.
 */
export const hasDraftText = (index: LocaleIndex): boolean =>
  Boolean(index.strings.draftShared) || index.topics.some((topic) => topic.translation === 'draft');
