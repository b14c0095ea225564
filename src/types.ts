// The domain: sources, the text model, claims, and the matrix that check() returns.

/** One report as handed to the core: its id, where it came from, and its decoded text. */
export interface Report {
  id: string;
  path: string;
  text: string;
}

/** Half-open character range [start, end) into a report's text as given. */
export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  index: number;
  /** The sentence as the extractors read it: Markdown syntax blanked out, same length as the span. */
  text: string;
}

export type ClaimType =
  | 'meeting.duration'
  | 'meeting.expected_duration'
  | 'press.duration'
  | 'meeting.date'
  | 'meeting.venue'
  | 'meeting.participants'
  | 'outcome.agreement'
  | 'outcome.communique'
  | 'outcome.ceasefire'
  | 'press.conference'
  | 'press.questions'
  | 'next_meeting.location'
  | 'next_meeting.time'
  | 'history.first_since'
  | 'topics'
  | 'quote';

/** How the source puts it: a fact, or only an expectation, a hope, a proposal, a denial. */
export type Modality = 'stated' | 'expected' | 'hoped' | 'proposed' | 'denied';

/** One thing one source says, with the exact span that says it. */
export interface Claim<V = unknown> {
  type: ClaimType;
  value: V;
  span: Span;
  /** "report" when the outlet says it in its own voice, else the person or body cited. */
  attribution: string;
  modality: Modality;
  /** Extractor-specific alignment hint (quotes: the speaker and remark); the aligner may use it. */
  note?: string;
}

/** A claim as found in one source, with everything needed to point at it. */
export interface Evidence<V = unknown> extends Claim<V> {
  source: string;
  text: string;
  line: number;
  column: number;
  display: string;
  sentence: Sentence;
}

export type Verdict = 'agree' | 'adds-detail' | 'diverge';

/** How value a stands to value b. */
export type Relation = 'same' | 'narrower' | 'wider' | 'conflict';

export interface MatrixRow {
  key: string;
  type: ClaimType;
  label: string;
  verdict: Verdict;
  reason: string;
  values: Evidence[];
  silent: string[];
}

export interface SourceInfo {
  id: string;
  path: string;
}

export interface Matrix {
  sources: SourceInfo[];
  rows: MatrixRow[];
  warnings: string[];
}
