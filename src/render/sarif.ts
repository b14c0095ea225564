// SARIF 2.1.0, the format code-scanning tools read: one rule per claim type of the catalog and
// one result per finding, located in the file it is about. Columns count characters (code
// points), as the rest of summit-check does, and the run says so (columnKind).
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import type { ClaimType, Matrix } from '../types.js';
import { spanEnd, type Finding, type Severity } from '../draft.js';
import { kinds } from '../extract/index.js';

export const TOOL_VERSION = '0.1.0';

/** The catalog of the contract. Typed as a record so that a new claim type cannot go without a rule. */
export const CATALOG: Record<ClaimType, { name: string; label: string; description: string }> = {
  'meeting.duration': { name: 'MeetingDuration', label: 'Meeting length', description: 'How long the leaders actually talked.' },
  'meeting.expected_duration': { name: 'MeetingExpectedDuration', label: 'Expected length', description: 'How long the talks were planned or expected to last.' },
  'press.duration': { name: 'PressDuration', label: 'Press conference length', description: 'How long the press conference lasted.' },
  'meeting.date': { name: 'MeetingDate', label: 'Date', description: 'When the meeting took place.' },
  'meeting.venue': { name: 'MeetingVenue', label: 'Venue', description: 'Where the meeting took place, the most specific place named.' },
  'meeting.participants': { name: 'MeetingParticipants', label: 'Participants', description: 'Who took part in the talks (not everyone named).' },
  'outcome.agreement': { name: 'OutcomeAgreement', label: 'Agreement', description: 'Whether an agreement or deal was reached.' },
  'outcome.communique': { name: 'OutcomeCommunique', label: 'Joint communiqué', description: 'Whether a joint statement or communiqué was issued.' },
  'outcome.ceasefire': { name: 'OutcomeCeasefire', label: 'Ceasefire', description: 'Whether a ceasefire was agreed.' },
  'press.conference': { name: 'PressConference', label: 'Press conference', description: 'Whether a joint press appearance was held.' },
  'press.questions': { name: 'PressQuestions', label: 'Questions taken', description: 'Whether questions from reporters were taken.' },
  'next_meeting.location': { name: 'NextMeetingLocation', label: 'Next meeting: place', description: 'Where a next meeting was proposed or set.' },
  'next_meeting.time': { name: 'NextMeetingTime', label: 'Next meeting: time', description: 'When a next meeting was proposed or set.' },
  'history.first_since': { name: 'HistoryFirstSince', label: 'First since', description: '"First … since …" claims.' },
  topics: { name: 'Topics', label: 'Topics', description: 'What was discussed.' },
  quote: { name: 'Quote', label: 'Quote', description: 'A direct quotation, aligned across sources by remark and speaker.' },
};

const RULE_IDS = Object.keys(CATALOG) as ClaimType[];
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', notice: 'note' };

/**
 * A file path as a URI reference: relative paths stay relative (code scanning resolves them
 * against the repository root), with each segment percent-encoded; absolute ones become file: URIs.
 */
export function toUri(path: string): string {
  const p = path.replace(/\\/g, '/');
  if (p.startsWith('/') || /^[A-Za-z]:\//.test(p)) return pathToFileURL(path).href;
  return p
    .replace(/^(?:\.\/)+/, '')
    .split('/')
    .map((seg) => encodeURIComponent(seg))
    .join('/');
}

/** Stable across runs and line shifts: what is claimed, not where. */
function fingerprint(f: Finding): string {
  const what = [f.kind, f.key, f.source, f.evidence ? f.evidence.text.replace(/\s+/g, ' ') : ''].join('\u0000');
  return createHash('sha256').update(what).digest('hex').slice(0, 32);
}

export interface SarifInput {
  findings: readonly Finding[];
  draft?: string;
}

export function renderSarif(m: Matrix, input: SarifInput): string {
  // stdin has no file to point at: its findings go without a location
  const located = m.sources.filter((s) => s.path !== '<stdin>');
  const artifactIndex = new Map(located.map((s, i) => [s.id, i]));
  const uri = new Map(located.map((s) => [s.id, toUri(s.path)]));

  const location = (source: string, e?: Finding['evidence']) => {
    const index = artifactIndex.get(source);
    if (index === undefined) return undefined;
    const artifactLocation = { uri: uri.get(source)!, index };
    // a claim the file leaves out has no span: the result points at the file's first line
    if (!e) return { physicalLocation: { artifactLocation, region: { startLine: 1, startColumn: 1 } } };
    return {
      physicalLocation: {
        artifactLocation,
        region: { startLine: e.line, startColumn: e.column, ...spanEnd(e), snippet: { text: e.text } },
      },
    };
  };

  const results = input.findings.map((f) => {
    const primary = location(f.source, f.evidence);
    const related = f.references.flatMap((r, i) => {
      const loc = location(r.source, r);
      return loc ? [{ id: i + 1, ...loc, message: { text: `${r.source}: ${r.display}` } }] : [];
    });
    return {
      ruleId: f.type,
      ruleIndex: RULE_IDS.indexOf(f.type),
      level: LEVEL[f.severity],
      message: { text: f.message },
      ...(primary ? { locations: [primary] } : {}),
      ...(related.length ? { relatedLocations: related } : {}),
      partialFingerprints: { 'summitCheckFinding/v1': fingerprint(f) },
      properties: { claimKey: f.key, finding: f.kind, ...(f.evidence ? { value: f.evidence.value } : {}) },
    };
  });

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'summit-check',
            version: TOOL_VERSION,
            semanticVersion: TOOL_VERSION,
            rules: RULE_IDS.map((id) => ({
              id,
              name: CATALOG[id].name,
              shortDescription: { text: kinds.get(id)?.label ?? CATALOG[id].label },
              fullDescription: { text: CATALOG[id].description },
              defaultConfiguration: { level: 'error' },
              help: {
                text: `${CATALOG[id].description} Checking a draft: an error where the draft says what the references contradict, a warning where no reference states it (or not as specifically), a note where the references agree on it and the draft leaves it out, or disagree among themselves. Comparing reports: an error on each side of a divergence.`,
              },
              properties: { tags: ['summit-check', 'fact-check'] },
            })),
          },
        },
        columnKind: 'unicodeCodePoints',
        artifacts: located.map((s) => ({ location: { uri: uri.get(s.id)! }, roles: ['analysisTarget'] })),
        results,
        properties: input.draft !== undefined ? { draft: input.draft } : {},
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
