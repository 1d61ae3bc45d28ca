/** What the guide's view templates need from the guide: its settings and actions, never its state. */
export interface GuideContext {
  /** The level of the top heading. */
  readonly level: number;
  readonly showEnglish: boolean;
  /** The language on screen. */
  readonly displayLocale: string;
  /** The section of the open topic being read aloud, counting from 0, if any. */
  readonly readingSection?: number;
  /** The question the reader has just added, which shows the way to the list beside it. */
  readonly justAdded?: string;
  /** Opens a topic, or the list of topics. */
  open(slug: string | undefined): void;
  showList(showing: boolean): void;
  switchLanguage(change: {chosenLocale?: string; showEnglish?: boolean}): void;
  isTermOpen(key: string): boolean;
  toggleTerm(key: string): void;
  /** Adds a question of the open topic to the reader's list, or takes it off. */
  togglePicked(questionId: string): void;
  /** Moves focus to an element of the view by its id, such as a section's heading or a source. */
  focusOn(id: string): void;
}
