import {plainText} from '../content/marked-text.js';
import type {MarkedText, PlainQuestion, TopicSummary} from '../content/types.js';
import type {ChecklistData} from './my-list-store.js';

export interface ListItem {
  id: string;
  text: MarkedText;
  own: boolean;
}

export interface ListGroup {
  /** Topic slug, or null for the reader's own questions. */
  slug: string | null;
  title: MarkedText;
  items: ListItem[];
  /** Set when this group is shown in English in a translated locale. */
  lang?: string;
}

/**
 * The reader's list, grouped by topic in the guide's order, then their own
 * questions. Picked ids that the content no longer has are left out, and so
 * are topics whose questions have not loaded yet.
 */
export function groupList(
  data: ChecklistData,
  topics: TopicSummary[],
  questions: Map<string, PlainQuestion[]>,
  ownTitle: string
): ListGroup[] {
  const groups: ListGroup[] = [];
  for (const topic of topics) {
    const picked = new Set(data.picked.filter((p) => p.topic === topic.slug).map((p) => p.id));
    const items = (questions.get(topic.slug) ?? []).filter((q) => picked.has(q.id)).map((q) => ({...q, own: false}));
    if (items.length) groups.push({slug: topic.slug, title: topic.title, items, lang: topic.lang});
  }
  if (data.own.length) groups.push({slug: null, title: ownTitle, items: data.own.map((q) => ({...q, own: true}))});
  return groups;
}

export interface TextLabels {
  /** For a draft translation: the warning at the top, in the reader's language and in English. */
  draft?: {translated: string; english: string};
  heading: string;
  date: string;
  meetingWith: string;
  asked: string;
  answer: string;
}

/** The list as plain text, for copying and downloading. */
export function listAsText(groups: ListGroup[], data: ChecklistData, labels: TextLabels): string {
  const {draft} = labels;
  const lines = [
    ...(draft ? [draft.translated, draft.english, ''] : []),
    labels.heading,
    labels.date,
    `${labels.meetingWith}: ${data.meetingWith.trim() || '____________________'}`,
  ];
  let number = 1;
  for (const group of groups) {
    lines.push('', plainText(group.title));
    for (const item of group.items) {
      const asked = data.asked.includes(item.id) ? ` (${labels.asked})` : '';
      lines.push(`${number++}. ${plainText(item.text)}${asked}`);
      const note = data.notes[item.id]?.trim();
      lines.push(`   ${labels.answer}: ${note ? note.replace(/\s*\n\s*/g, ' ') : ''}`);
    }
  }
  return lines.join('\n') + '\n';
}
