import { describe, it, expect } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { outcomeExtractor, relateOutcome } from '../../src/extract/outcome.js';
import type { Claim, ClaimType } from '../../src/types.js';

// The principals are introduced first, so that "Putin said" resolves to a full name.
const LEAD = 'U.S. President Donald Trump and Russian President Vladimir Putin met in Anchorage on Friday. ';

function extract(text: string): Claim[] {
  const doc = segment({ id: 't', path: 't.txt', text: LEAD + text });
  return outcomeExtractor.extract(doc).map((c) => ({ ...c, text: doc.report.text.slice(c.span.start, c.span.end) }));
}

/** The values one type takes in a text, in order. */
function values(text: string, type: ClaimType): unknown[] {
  return extract(text)
    .filter((c) => c.type === type)
    .map((c) => c.value);
}

const agreement = (t: string) => values(t, 'outcome.agreement');
const communique = (t: string) => values(t, 'outcome.communique');
const ceasefire = (t: string) => values(t, 'outcome.ceasefire');

describe('outcome.agreement', () => {
  it('reads a summit that ended without an agreement as no', () => {
    expect(agreement('The summit ended without any formal agreement.')).toEqual(['no']);
    expect(agreement('The talks failed to produce a deal.')).toEqual(['no']);
    expect(agreement('The two sides did not agree on anything.')).toEqual(['no']);
    expect(agreement('Nothing was agreed.')).toEqual(['no']);
    expect(agreement('No agreement was announced after the meeting.')).toEqual(['no']);
    expect(agreement('The leaders came away empty-handed.')).toEqual(['no']);
  });

  it('reads deadlock and collapse of the talks as no, but not of other things', () => {
    expect(agreement('The talks deadlocked over missile defense.')).toEqual(['no']);
    expect(agreement('The summit collapsed over the space weapons program.')).toEqual(['no']);
    expect(agreement('The war on the ground has reached a stalemate.')).toEqual([]);
  });

  it('reads reaching, striking and agreeing as yes', () => {
    expect(agreement('The two presidents reached an agreement on prisoner exchanges.')).toEqual(['yes']);
    expect(agreement('The leaders reached an understanding on trade.')).toEqual(['yes']);
    expect(agreement('The two leaders agreed to restore military communication channels.')).toEqual(['yes']);
    expect(agreement('The two heads of state agreed that their envoys will meet monthly.')).toEqual(['yes']);
  });

  it('takes "agreed that" as an outcome only when both sides commit to something', () => {
    expect(agreement('The two leaders agreed that their envoys will meet in Geneva.')).toEqual(['yes']);
    expect(agreement('Both sides agreed that the talks were constructive.')).toEqual([]);
    expect(agreement('Analysts agreed on one thing: the summit was a show.')).toEqual([]);
  });

  it('reads a present-tense headline as the outcome it reports', () => {
    expect(agreement('Biden, Xi agree to resume military talks')).toEqual(['yes']);
  });

  it('reads an agreement presupposed inside a hope as reached, and puts it to the speaker', () => {
    const claims = extract('Putin expressed hope that the agreement reached at the summit would open a path to peace.').filter((c) => c.type === 'outcome.agreement');
    expect(claims.map((c) => [c.value, c.attribution])).toEqual([['yes', 'Vladimir Putin']]);
    expect(agreement('“We hope the understanding we have reached will help,” Putin said.')).toEqual(['yes']);
  });

  it('never turns a hope, a plan or a near miss into a deal', () => {
    expect(agreement('Trump hoped for a deal before the talks.')).toEqual([]);
    expect(agreement('The leaders are expected to sign a trade deal next month.')).toEqual([]);
    expect(agreement('Negotiators came close to a deal.')).toEqual([]);
    expect(agreement('If they fail to reach a deal, sanctions will follow.')).toEqual([]);
    expect(agreement('Trump said he would not leave without a deal.')).toEqual([]);
    expect(agreement('The two men came closer than anyone to agreeing to scrap their arsenals.')).toEqual([]);
  });

  it('puts "no deal until there is a deal" to whoever says it', () => {
    const claims = extract('“There is no deal until there is a deal,” Trump said.').filter((c) => c.type === 'outcome.agreement');
    expect(claims.map((c) => [c.value, c.attribution])).toEqual([['no', 'Donald Trump']]);
  });

  it('reads some points agreed but not the main one, or a deal beside a failure, as partial', () => {
    expect(agreement('Trump said many points were agreed, but not the most important one.')).toEqual(['partial']);
    expect(agreement('They agreed to resume talks, but the main issue remained unresolved.')).toEqual(['partial']);
    expect(agreement('The talks failed to produce a deal on Ukraine, but the two agreed to meet again.')).toEqual(['partial']);
  });

  it('stays silent on opinions, arrangements, history and mere mentions', () => {
    expect(agreement('Putin said he agreed with his host that the war must end.')).toEqual([]);
    expect(agreement('Moscow and Washington agreed to meet in Alaska after weeks of calls.')).toEqual([]);
    expect(agreement('The 1987 treaty was signed in Washington.')).toEqual([]);
    expect(agreement('The Minsk agreements were never implemented by either side in 2015.')).toEqual([]);
    expect(agreement('After talks broke down, the sides stopped meeting for a year.')).toEqual([]);
    expect(agreement('A great deal of the talks was about energy.')).toEqual([]);
  });

  it('reads "there was an agreement" as yes, but not the details of one as no', () => {
    expect(agreement('Putin told reporters that there was an agreement on Ukraine.')).toEqual(['yes']);
    expect(agreement('Neither side gave details of the agreement.')).toEqual([]);
    expect(agreement('Ukraine was not party to any deal.')).toEqual([]);
    expect(agreement('Xi made no mention of a deal in his remarks.')).toEqual([]);
  });

  it('leaves an agreement on a ceasefire to the ceasefire row', () => {
    expect(agreement('The summit ended without agreement on a ceasefire.')).toEqual([]);
    expect(ceasefire('The summit ended without agreement on a ceasefire.')).toEqual(['no']);
  });

  it('reads the outlet’s concession after a citation as the outlet’s', () => {
    const claims = extract('Trump declared the summit a success although no agreement was reached.').filter((c) => c.type === 'outcome.agreement');
    expect(claims.map((c) => [c.value, c.attribution])).toEqual([['no', 'report']]);
  });

  it('dates other agreements by their distance in time', () => {
    expect(agreement('Reagan and Gorbachev signed the missile treaty a year later in Washington.')).toEqual([]);
    expect(agreement('The meeting was the first since talks collapsed in 2019.')).toEqual([]);
  });

  it('reads a called-off signing, a walkout and an empty tally as no', () => {
    expect(agreement('A planned signing ceremony was cancelled.')).toEqual(['no']);
    expect(agreement('Trump walked away from the talks.')).toEqual(['no']);
    expect(agreement('The leaders announced no new agreements.')).toEqual(['no']);
    expect(agreement('A deal remains elusive.')).toEqual(['no']);
  });

  it('reads counted and signed-off agreements as yes', () => {
    expect(agreement('Putin and Xi signed more than a dozen agreements.')).toEqual(['yes']);
    expect(agreement('They signed off on a trade agreement.')).toEqual(['yes']);
    expect(agreement('The talks yielded modest agreements on fentanyl and military contacts.')).toEqual(['yes']);
  });

  it('does not read "no breakthrough" as no agreement', () => {
    expect(agreement('The meeting produced no breakthrough.')).toEqual([]);
    expect(agreement('No breakthroughs, but the leaders agreed to restart climate talks.')).toEqual(['yes']);
  });

  it('turns a denial into no', () => {
    expect(agreement('The Kremlin denied that any deal had been reached.')).toEqual(['no']);
  });

  it('reads a negated agreement, not a negated ceasefire, as no agreement', () => {
    expect(agreement('Putin did not agree to a ceasefire.')).toEqual([]);
    expect(ceasefire('Putin did not agree to a ceasefire.')).toEqual(['no']);
  });

  it('gives the exact span of the evidence', () => {
    const [c] = extract('Still, the meeting ended without any formal agreement, aides said later.').filter((x) => x.type === 'outcome.agreement');
    expect((c as Claim & { text: string }).text).toBe('without any formal agreement');
  });
});

describe('outcome.communique', () => {
  it('reads a missing joint statement as no, also under a shared negation', () => {
    expect(communique('No joint statement was issued after the talks.')).toEqual(['no']);
    expect(communique('The summit ended without any formal agreement or joint communiqué.')).toEqual(['no']);
    expect(agreement('The summit ended without any formal agreement or joint communiqué.')).toEqual(['no']);
    expect(communique('No joint document was adopted.')).toEqual(['no']);
    expect(communique('No documents were signed.')).toEqual(['no']);
  });

  it('reads separate readouts as no joint statement', () => {
    expect(communique('The two governments issued separate readouts.')).toEqual(['no']);
    expect(communique('Each side published its own account of the meeting.')).toEqual(['no']);
  });

  it('reads an issued or signed text as yes, and a signed one as an agreement too', () => {
    expect(communique('In a joint statement, the leaders pledged to cooperate on climate.')).toEqual(['yes']);
    expect(communique('The two leaders signed a joint statement committing them to new talks.')).toEqual(['yes']);
    expect(agreement('The two leaders signed a joint statement committing them to new talks.')).toEqual(['yes']);
    expect(communique('The leaders signed a document on energy cooperation.')).toEqual(['yes']);
    expect(communique('The document the two leaders signed runs to four short points.')).toEqual(['yes']);
  });

  it('reads the main clause after a comparison, not the comparison', () => {
    expect(communique('Like their first meeting in Singapore, the Hanoi summit ended without a joint statement.')).toEqual(['no']);
    expect(communique('Unlike in 2018, no joint statement was issued.')).toEqual(['no']);
    expect(communique('The 2018 meeting produced a joint statement; this one did not.')).toEqual([]);
  });

  it('leaves expected, past and spoken statements alone', () => {
    expect(communique('A joint communiqué is expected on Sunday.')).toEqual([]);
    expect(communique('At their 2018 summit the leaders issued a joint declaration.')).toEqual([]);
    expect(communique('The leaders made joint statements to the press.')).toEqual([]);
  });
});

describe('outcome.ceasefire', () => {
  it('reads a list under one negation', () => {
    expect(ceasefire('They offered no ceasefire, no specifics and no timetable.')).toEqual(['no']);
  });

  it('reads missing, failed and rejected truces as no', () => {
    expect(ceasefire('The summit ended without a ceasefire deal.')).toEqual(['no']);
    expect(ceasefire('The talks failed to secure a ceasefire.')).toEqual(['no']);
    expect(ceasefire('Putin rejected calls for a truce.')).toEqual(['no']);
    expect(ceasefire('Neither side announced a ceasefire.')).toEqual(['no']);
  });

  it('reads an agreed truce as yes, and as an agreement', () => {
    expect(ceasefire('The two sides agreed to a 30-day truce.')).toEqual(['yes']);
    expect(agreement('The two sides agreed to a 30-day truce.')).toEqual(['yes']);
  });

  it('does not take hopes and calls for a ceasefire as one', () => {
    expect(ceasefire('Trump told Fox News he hoped for a ceasefire agreement.')).toEqual([]);
    expect(ceasefire('Zelensky called for an immediate ceasefire.')).toEqual([]);
    expect(ceasefire('Trump had said going in that he wanted a ceasefire.')).toEqual([]);
    expect(agreement('Trump told Fox News he hoped for a ceasefire agreement.')).toEqual([]);
  });
});

describe('how outcome values relate', () => {
  it('takes partial as narrower than both yes and no, and yes against no as a conflict', () => {
    expect(relateOutcome('yes', 'yes')).toBe('same');
    expect(relateOutcome('partial', 'yes')).toBe('narrower');
    expect(relateOutcome('no', 'partial')).toBe('wider');
    expect(relateOutcome('yes', 'no')).toBe('conflict');
  });

  it('displays the bare value and knows its rows', () => {
    const kind = outcomeExtractor.kinds.find((k) => k.type === 'outcome.communique')!;
    expect(kind.display('no')).toBe('no');
    expect(outcomeExtractor.kinds.map((k) => k.type)).toEqual(['outcome.agreement', 'outcome.communique', 'outcome.ceasefire']);
  });

  it('states every claim as a fact, never as a hope', () => {
    for (const c of extract('The summit ended without a deal. No joint statement was issued. The sides agreed to a truce.')) expect(c.modality).toBe('stated');
  });
});
