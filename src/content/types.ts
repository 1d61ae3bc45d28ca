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
  /** For a translation, the English sources: the documents themselves are in English. */
  sources: Source[];
  body: Block[];
  glossary: Record<string, GlossaryEntry>;
  /** For a translation: "draft" or "reviewed". */
  translation?: string;
  /** For a translation made from an older English text. */
  outdated?: boolean;
}

/** A pinned reference to a data file: its path under content/ and its SRI hash. */
export interface DataRef {
  file: string;
  integrity: string;
}

export interface TopicSummary extends DataRef {
  slug: string;
  title: MarkedText;
  summary: MarkedText;
  /** The group it is listed in: see STAGES in scripts/content/front-matter.mjs. */
  stage: string;
  /** The topic's questions as plain text, for the checklist. */
  questions: DataRef;
  /** Set when the locale has no translation of this topic, so it is shown in this language. */
  lang?: string;
  /** For a translation: "draft" or "reviewed". */
  translation?: string;
}

export interface LocaleIndex {
  locale: string;
  topics: TopicSummary[];
  /** The locale's interface strings or glossary are a draft translation, so every page of it shows draft text. */
  draftShared?: boolean;
}

/** A question as plain text, for the checklist. */
export interface PlainQuestion {
  id: string;
  text: MarkedText;
}

export interface LocaleEntry {
  /** The language's name in itself, such as "Polski". */
  name: string;
  dir: 'ltr' | 'rtl';
  index: string;
  integrity: string;
  /** The interface strings, in the order of the English ones (0 where not translated); absent without any XLIFF file. */
  strings?: DataRef;
}

export interface Manifest {
  sourceLocale: string;
  locales: Record<string, LocaleEntry>;
}

/** A translated interface string: plain text, or text parts and placeholder numbers. */
export type Message = string | (string | number)[];
