// Words that point a remark at a person or a group, in one place for the two readers of them: the
// aimed words a toxic hint underlines with it (aimed.ts) and the `near` contexts that make a word an
// insult only when aimed at someone (families/contexts.ts AIMED_AT_PERSON). Lower-case, with accents.

/** The addressee, in contempt. ("bây", "mi", "chúng" alone are "bây giờ", the note mi, "chúng ta".) */
export const ADDRESSEE = ['mày', 'chúng mày', 'tụi mày', 'bọn mày', 'tụi bây', 'chúng bây'] as const;

/** The people talked about, in contempt. */
export const TALKED_ABOUT = ['nó', 'chúng nó', 'bọn nó', 'tụi nó'] as const;

/** Classifiers and collectives put before a person or group: "thằng này", "bọn đó". */
export const CLASSIFIERS = ['thằng', 'con', 'bọn', 'lũ', 'tụi'] as const;
