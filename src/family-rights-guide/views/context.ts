/** What the guide's view templates need from the guide: its settings and actions, never its state. */
export interface GuideContext {
  /** The level of the top heading. */
  readonly level: number;
  readonly showEnglish: boolean;
  /** The language on screen. */
  readonly displayLocale: string;
  /** Opens a topic, or the list of topics. */
  open(slug: string | undefined): void;
  showList(showing: boolean): void;
  switchLanguage(change: {chosenLocale?: string; showEnglish?: boolean}): void;
  isTermOpen(key: string): boolean;
  toggleTerm(key: string): void;
  /** Adds a question of the open topic to the reader's list, or takes it off. */
  togglePicked(questionId: string): void;
  showSource(n: number): void;
}
