// The shape of the JSON data files that the content build writes.
// Keep in step with scripts/content/compile-content.mjs.

export type Inline =
  | string
  | {type: 'strong' | 'emphasis'; children: Inline[]}
  /** `name`, for a phone link: the service it calls. */
  | {type: 'link'; href: string; children: Inline[]; name?: string}
  | {type: 'term'; id: string; children: Inline[]}
  /** A citation: the numbers of the topic's sources it points to, 1 being the first. */
  | {type: 'cite'; sources: number[]}
  | EnglishRun;

/** In a translation: English (lang "en"), or a number in groups, kept left to right and isolated from the text around it. */
export interface EnglishRun {
  type: 'ltr';
  lang?: 'en';
  text: string;
}

/** Plain text, or in a translation, text with its English marked. */
export type MarkedText = string | (string | EnglishRun)[];

export type Block =
  | {type: 'heading'; level: number; id?: string; children: Inline[]}
  | {type: 'paragraph'; children: Inline[]}
  | {type: 'list'; ordered: boolean; items: Inline[][]}
  | {type: 'questions'; items: Question[]};

export interface Question {
  id: string;
  children: Inline[];
}

export interface GlossaryEntry {
  /** The term as its heading says it; in a translation, with its English marked (see `ltr`). */
  term: MarkedText;
  definition: Inline[];
  /** Set when a translation lacks this term, so the English definition is shown. */
  lang?: string;
}

export interface Source {
  id: string;
  /** law, statutory-guidance, guidance, case-law or advice. */
  kind: string;
  title: string;
  url: string;
}

/** Who may record a review; see CONTENT.md. */
export type ReviewerRole = 'family-law-solicitor' | 'family-law-barrister' | 'family-law-adviser';

/** A qualified review of exactly the text being shown. The build drops a review once the text changes. */
export interface Review {
  role: ReviewerRole;
  date: string;
}

export interface Topic {
  slug: string;
  title: MarkedText;
  summary: MarkedText;
  lastUpdated: string;
  /** For a translation: when the English text was last updated. A translated page dates the English, never itself. */
  englishLastUpdated?: string;
  /** Present only when a qualified reviewer checked this exact text. Never on a translation. */
  reviewed?: Review;
  /** The date the topic shows (the review's, the English text's or its own), written out in the file's language. */
  dateText: string;
  /** For a translation, the English sources: the documents themselves are in English. */
  sources: Source[];
  body: Block[];
  /** The glossary terms the text uses. */
  glossary: Record<string, GlossaryEntry>;
  /** For a translation: "draft" or "reviewed". */
  translation?: string;
  /** For a translation made from an older English text. */
  outdated?: boolean;
  /** Set when the locale has no translation of this topic, so it is shown in this language. */
  lang?: string;
  /** The topics before and after it in the list, for the links at its end. */
  previous?: TopicLink;
  next?: TopicLink;
}

export interface TopicLink {
  slug: string;
  title: MarkedText;
  lang?: string;
}

export interface TopicSummary extends TopicLink {
  summary: MarkedText;
  /** The group it is listed in: see STAGES in scripts/content/front-matter.mjs. */
  stage: string;
  /** For a translation: "draft" or "reviewed". */
  translation?: string;
}

/** A locale's interface strings, and what every page of it shares. */
export interface LocaleStrings {
  /** Each language's name in itself, such as "Polski", for the language menu: in the order of the entry's locales. */
  languages: string[];
  /** The English messages, in the order the bundle numbers them; absent without any XLIFF file. */
  en?: Message[];
  /** A translation's messages, in the same order, with 0 where a message is not translated. */
  own?: (Message | 0)[];
  /** The locale's interface strings or glossary are a draft translation, so every page of it shows draft text. */
  draftShared?: boolean;
  /** Each element's styles for its views: the same in every locale (src/styles/view-styles.ts). */
  styles?: ViewStyles;
}

/** Minified CSS, from src/family-rights-guide/family-rights-guide.css and src/rights-checklist/rights-checklist.css. */
export interface ViewStyles {
  guide: string;
  checklist: string;
}

export interface LocaleIndex {
  locale: string;
  topics: TopicSummary[];
  strings: LocaleStrings;
}

/** A question as plain text, for the checklist. */
export interface PlainQuestion {
  id: string;
  text: MarkedText;
}

/** A translated interface string: plain text, or text parts and placeholder numbers. */
export type Message = string | (string | number)[];
