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
  it('puts a claim "according to the Chinese side" to the side, not to an adjective', () => {
    const [c] = extract('The two sides reached a number of important agreements, according to the Chinese side.').filter((x) => x.type === 'outcome.agreement');
    expect(c?.attribution).toBe('Chinese side');
  });


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

  it('does not read a present passive with nothing after it as a deal of the meeting', () => {
    expect(agreement('“Most of the big points are agreed to,” the envoy wrote last week.')).toEqual([]);
    expect(agreement('Officials say the core provisions are largely agreed upon.')).toEqual([]);
    expect(agreement('The main text is already agreed on; only the annexes remain.')).toEqual([]);
    expect(agreement('The leaders agreed to a prisoner swap.')).toEqual(['yes']);
    expect(agreement('The two sides agreed on a military hotline.')).toEqual(['yes']);
  });
});

describe('outcome.agreement, read across the report and in fragments', () => {
  it('reads lesser accords beside a missing main deal, in separate sentences, as partial', () => {
    expect(agreement('The communiqué recorded a handful of smaller accords on student exchanges. It contained no agreement on missile cuts.')).toEqual(['partial', 'partial']);
    expect(agreement('The leaders struck a deal on grain. No deal on tariffs was reached.')).toEqual(['partial', 'partial']);
  });

  it('reads what was agreed beside a deal the report calls partial as parts of that partial deal', () => {
    expect(agreement('The leaders agreed to restore military hotlines. The result was a partial deal at best.')).toEqual(['partial', 'partial']);
    expect(agreement('It was a partial agreement. Both sides signed a memorandum on grain.')).toEqual(['partial', 'partial']);
    // (what a leader says is his own voice: his "we agreed" stays beside the outlet's "partial")
    expect(extract('The outcome was a partial deal. "We agreed on everything," Putin said.').filter((c) => c.type === 'outcome.agreement').map((c) => [c.value, c.attribution])).toEqual([
      ['partial', 'report'],
      ['yes', 'Vladimir Putin'],
    ]);
  });

  it('keeps a report that only denies, or only affirms, as it is', () => {
    expect(agreement('No agreement was reached. Nothing was signed.')).toEqual(['no', 'no']);
    expect(agreement('The two sides reached an accord on fishing rights. They also agreed to reopen consulates.')).toEqual(['yes', 'yes']);
  });

  it('reads a deal called partial as partial, however it is framed', () => {
    expect(agreement('Call it, in the end, a partial agreement.')).toEqual(['partial']);
    expect(agreement('A partial deal at best.')).toEqual(['partial']);
    expect(agreement('They reached a partial accord on fisheries.')).toEqual(['partial']);
    expect(agreement('Both sides had hoped for at least a partial deal.')).toEqual([]);
    expect(agreement('Not even a partial deal was reached.')).toEqual(['no']);
  });

  it('reads what a meeting ends or comes away with', () => {
    expect(agreement('The talks ended with a modest deal on grain exports.')).toEqual(['yes']);
    expect(agreement('Each leader came away with a deal he could sell at home.')).toEqual(['yes']);
    expect(agreement('The talks did not end with a deal.')).toEqual(['no']);
  });

  it('reads signing nothing as no agreement, but not a ceremony that was merely private', () => {
    expect(agreement('Nobody signed anything in Oslo.')).toEqual(['no']);
    expect(agreement('The leaders signed nothing.')).toEqual(['no']);
    expect(agreement('They read statements and sign nothing in public.')).toEqual([]);
  });

  it('reads a bullet that is only the noun as stating it, but not a heading or a headline verb', () => {
    expect(agreement('14:05 — Trade pact signed.')).toEqual(['yes']);
    expect(agreement('An aviation agreement (routes, slots); new consulates in Lyon.')).toEqual(['yes']);
    expect(agreement('Trade deal')).toEqual([]);
    expect(agreement('Xi mulls deal.')).toEqual([]);
    expect(agreement('A deal?')).toEqual([]);
  });

  it('does not read "any" as a deal made, whatever hides its negation', () => {
    expect(agreement('Nor is the signing of any trade agreements on the agenda.')).toEqual([]);
  });

  it('does not take the noun "disputes" for a denial', () => {
    expect(agreement('The truce leaves the hardest disputes untouched, and no comprehensive accord was reached.')).toEqual(['no']);
  });

  it('leaves agreements of earlier meetings alone', () => {
    expect(agreement('It was the first such meeting since their predecessors signed a missile treaty in Vienna in June 1979.')).toEqual([]);
    expect(agreement('That encounter produced a trade deal that later fell apart.')).toEqual([]);
    expect(agreement('The summit built on the consensus the two leaders reached at their meeting in Hamburg, Germany, in July last year.')).toEqual([]);
    expect(agreement('Talks collapsed in early March after six rounds.')).toEqual([]);
    expect(agreement('The meeting restarts negotiations that collapsed over subsidies.')).toEqual([]);
    expect(agreement('The visit came two months after a summit in Hanoi collapsed without agreement.')).toEqual([]);
  });

  it('reads agreements named as the summit’s results as reached, but not denied or expected ones', () => {
    expect(agreement('Putin said the agreements on fishing and on visas were the most important results.')).toEqual(['yes']);
    expect(agreement('The accord on grain was the only concrete outcome.')).toEqual(['yes']);
    expect(agreement('The deal on tariffs was not the main result.')).toEqual([]);
    expect(agreement('Nobody expects the deal on tariffs to be the main result.')).toEqual([]);
  });

  it('does not take agreeing on the next summit for an outcome', () => {
    expect(agreement('The two agreed to hold a formal summit in Oslo.')).toEqual([]);
  });
});

describe('outcome.communique', () => {
  it('reads a missing joint statement as no, also under a shared negation', () => {
    expect(communique('No joint statement was issued after the talks.')).toEqual(['no']);
    expect(communique('The summit ended without any formal agreement or joint communiqué.')).toEqual(['no']);
    expect(agreement('The summit ended without any formal agreement or joint communiqué.')).toEqual(['no']);
    expect(communique('No joint document was adopted.')).toEqual(['no']);
  });

  it('reads unsigned documents as no signed agreement, and says nothing of a statement', () => {
    expect(communique('No documents were signed.')).toEqual([]);
    expect(agreement('No documents were signed.')).toEqual(['no']);
  });

  it('reads a joint statement named by its two sides, and a titled declaration signed', () => {
    expect(communique('The talks ended with the adoption of a joint Russian-Chinese statement.')).toEqual(['yes']);
    expect(communique('The leaders issued a joint U.S.-Japan declaration on shipping.')).toEqual(['yes']);
    expect(communique('The Oslo Declaration on Fisheries and Maritime Cooperation was signed by both leaders.')).toEqual(['yes']);
    expect(agreement('The Oslo Declaration on Fisheries and Maritime Cooperation was signed by both leaders.')).toEqual(['yes']);
    expect(communique('The Oslo Declaration on Fisheries was never signed.')).toEqual([]);
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

  it('reads a joint statement passed over for separate accounts as not issued', () => {
    expect(communique('Each government put out its own summary instead of a joint statement.')).toEqual(['no']);
    expect(communique('The two delegations briefed reporters separately rather than a joint communique.')).toEqual(['no']);
    expect(communique('In place of a joint declaration, the two capitals released differing summaries.')).toEqual(['no']);
    expect(communique('The Kremlin posted a transcript in lieu of a communique.')).toEqual(['no']);
    expect(communique('Rather than separate readouts, the two sides issued a joint statement.')).toEqual(['yes']);
    expect(communique('Analysts expected separate readouts rather than a joint statement.')).toEqual([]);
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

  it('reads a truce called, emerged with, or reached in the talks as yes', () => {
    expect(ceasefire('Leaders call trade-war truce')).toEqual(['yes']);
    expect(ceasefire('The two presidents called a truce in their tariff fight.')).toEqual(['yes']);
    expect(ceasefire('The truce, reached in two hours of talks on Saturday, is fragile.')).toEqual(['yes']);
    expect(ceasefire('They emerged with a truce, of sorts.')).toEqual(['yes']);
    expect(ceasefire('Truce.')).toEqual(['yes']);
  });

  it('leaves a truce of an earlier meeting, or one merely called for, alone', () => {
    expect(ceasefire('That summit produced a 60-day ceasefire that soon collapsed.')).toEqual([]);
    expect(ceasefire('Farm groups called for a truce in the tariff war.')).toEqual([]);
    expect(ceasefire('Trump called off the truce.')).toEqual(['no']);
  });

  it('does not take hopes and calls for a ceasefire as one', () => {
    expect(ceasefire('Trump told Fox News he hoped for a ceasefire agreement.')).toEqual([]);
    expect(ceasefire('Zelensky called for an immediate ceasefire.')).toEqual([]);
    expect(ceasefire('Trump had said going in that he wanted a ceasefire.')).toEqual([]);
    expect(agreement('Trump told Fox News he hoped for a ceasefire agreement.')).toEqual([]);
  });

  it('reads a truce that the denied progress was toward as not agreed, and a hope for it as nothing', () => {
    expect(ceasefire('There had been no movement toward a ceasefire in the south, officials said.')).toEqual(['no']);
    expect(ceasefire('The afternoon session brought no progress towards a truce.')).toEqual(['no']);
    expect(ceasefire('Aides reported no headway toward a cease-fire along the border.')).toEqual(['no']);
    expect(ceasefire('Both delegations hoped for movement toward a truce.')).toEqual([]);
    expect(ceasefire('They made progress toward a ceasefire, one aide said.')).toEqual([]);
  });
});

describe('how outcome values relate', () => {
  it('takes yes, no and partial as three distinct answers: any two different ones conflict', () => {
    expect(relateOutcome('yes', 'yes')).toBe('same');
    expect(relateOutcome('partial', 'partial')).toBe('same');
    expect(relateOutcome('partial', 'yes')).toBe('conflict');
    expect(relateOutcome('no', 'partial')).toBe('conflict');
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

describe('outcome: wording from wires, agencies, columns and briefings', () => {
  it('reads a deal the leaders came out with across a time or a place', () => {
    expect(agreement('The two presidents came out late on Saturday with a deal on grain exports.')).toEqual(['yes']);
    expect(ceasefire('They emerged from eleven hours of talks with a truce.')).toEqual(['yes']);
    expect(agreement('Neither man came out of the talks with a deal.')).toEqual(['no']);
    // an arrival with something in hand is no result; a hope to leave with one is none
    expect(agreement('Trump flew to Anchorage with a deal in mind.')).toEqual([]);
    expect(agreement('Putin hopes to come out of the talks with a deal.')).toEqual([]);
  });

  it('reads a truce agreed with a time before its object', () => {
    expect(ceasefire('The two leaders agreed on Friday on a truce along the river.')).toEqual(['yes']);
    expect(ceasefire('The sides agreed late on Friday to a ceasefire.')).toEqual(['yes']);
    expect(ceasefire('The sides did not agree on Friday on a ceasefire.')).toEqual(['no']);
  });

  it('reads a truce the summit text provides for as agreed, a plan’s as nothing', () => {
    expect(ceasefire('According to the Kremlin, the new accord provides for a truce from Monday.')).toEqual(['yes']);
    expect(ceasefire('The joint declaration also calls for a ceasefire in the region.')).toEqual(['yes']);
    expect(ceasefire('The peace plan provides for a ceasefire along the front.')).toEqual([]);
    expect(ceasefire('The draft agreement provides for a truce.')).toEqual([]);
    expect(ceasefire('The 1994 accord provided for a truce that soon collapsed.')).toEqual([]);
    expect(ceasefire('A new deal would provide for a ceasefire.')).toEqual([]);
  });

  it('reads nothing agreed amounting to a truce as no', () => {
    expect(ceasefire('Nothing the two men signed amounted to a truce.')).toEqual(['no']);
    expect(ceasefire('None of the documents came close to a ceasefire.')).toEqual(['no']);
    expect(ceasefire('Nothing would amount to a ceasefire unless the army pulls back.')).toEqual([]);
  });

  it('reads a declaration adopted as a joint text and an agreement', () => {
    expect(communique('The five leaders adopted a Declaration in support of the reform package.')).toEqual(['yes']);
    expect(agreement('The five leaders adopted a Declaration in support of the reform package.')).toEqual(['yes']);
    expect(communique('The leaders may adopt a declaration on Friday.')).toEqual([]);
  });

  it('reads signing as putting names to a text', () => {
    expect(agreement('On Monday the two presidents put their names to a pact on fisheries.')).toEqual(['yes']);
    expect(agreement('The two presidents will put their names to a pact on fisheries.')).toEqual([]);
  });

  it('reads a treaty with a bare weekday after its participle as made, even under a briefing’s bold', () => {
    expect(agreement('- **The Baltic Accord**, signed Wednesday in the castle, caps fleets.')).toEqual(['yes']);
    expect(agreement('The treaty, signed Monday at noon, caps fleets.')).toEqual(['yes']);
  });

  it('reads "a partial one" pointing back to an agreement as partial', () => {
    expect(agreement('Whether the text is an agreement is unclear. It is, at most, a partial one.')).toEqual(['partial']);
    expect(agreement('Call it a deal, or rather a partial one.')).toEqual(['partial']);
    expect(agreement('Both sides had wanted a deal, even a partial one.')).toEqual([]);
    expect(agreement('The weather was cold. It is, at most, a partial one.')).toEqual([]);
  });

  it('does not read "a hope, not a deal" as the summit’s deal denied', () => {
    expect(agreement('That remains a promise, not a deal.')).toEqual([]);
    expect(agreement('The summit produced a wish list, not a deal.')).toEqual([]);
    expect(agreement('It was not a deal at all.')).toEqual(['no']);
  });

  it('reads a briefing label by the value after its colon', () => {
    const list = (body: string) => '\n\n' + body;
    expect(agreement(list('- ✅ **Agreed:** a grain corridor and prisoner swaps.'))).toEqual(['yes']);
    expect(ceasefire(list('- ❌ **Ceasefire:** none.'))).toEqual(['no']);
    expect(ceasefire(list('* Truce: not agreed.'))).toEqual(['no']);
    expect(communique(list('- **Joint statement:** none.'))).toEqual(['no']);
    expect(communique(list('- **Joint communiqué:** issued at noon.'))).toEqual(['yes']);
    // a heading with no plain value, or an agreement still to come, says nothing
    expect(ceasefire(list('## Ceasefire: what happens next'))).toEqual([]);
    expect(agreement(list('- Agreed: that the envoys would keep talking.'))).toEqual([]);
  });
});

describe('outcome.agreement: a denial past a place, a planner or a relative clause', () => {
  it('reads the verb that denies the noun across what stands between', () => {
    expect(agreement('The energy accord in the final draft was not signed.')).toEqual(['no']);
    expect(agreement('The trade pact the two governments had negotiated for months was not signed.')).toEqual(['no']);
    expect(agreement('The grain agreement, which both cabinets had approved on Monday, was not signed in Anchorage.')).toEqual(['no']);
    expect(agreement('The fisheries deal went unsigned.')).toEqual(['no']);
    expect(agreement('The investment treaty remained unsigned after the talks.')).toEqual(['no']);
  });
  it('does not deny a noun whose own predicate follows it', () => {
    expect(agreement('The energy accord they signed on Friday was praised in both capitals.')).not.toContain('no');
    expect(agreement('The deal in Anchorage was signed at noon.')).toEqual(['yes']);
  });
});

describe('outcome.agreement: a journey’s purpose and praise of a draft', () => {
  it('reads "came to X to sign a deal" as a purpose, not a signing', () => {
    expect(agreement('Putin flew to Alaska to sign a gas deal.')).toEqual([]);
    expect(agreement('Trump travelled to Anchorage hoping to seal an accord.')).toEqual([]);
    expect(agreement('The envoys went to Geneva to conclude a treaty.')).toEqual([]);
  });
  it('keeps a signing that is no journey', () => {
    expect(agreement('The two leaders went on to sign a gas deal.')).toEqual(['yes']);
  });
  it('drops praise of a deal when the same voice says it went unsigned', () => {
    expect(agreement('Trump praised the minerals deal as fair. The minerals deal went unsigned.')).toEqual(['no']);
    expect(agreement('Putin hailed the accord. In the end the accord was not signed.')).toEqual(['no']);
    expect(agreement('Trump welcomed the deal.')).toEqual(['yes']);
  });
});

describe('outcome: briefing labels with a modifier, and what was left open', () => {
  it('reads "Minerals deal: not signed" and its kin', () => {
    expect(agreement('\n- **Minerals deal:** not signed.')).toEqual(['no']);
    expect(agreement('\n- Trade agreement: unsigned, for now.')).toEqual(['no']);
    expect(agreement('\n- **Gas accord:** signed.')).toEqual(['yes']);
    expect(ceasefire('\n- **Black Sea truce:** none.')).toEqual(['no']);
  });
  it('does not read "Not agreed:" as agreed', () => {
    expect(agreement('\n- **Not agreed:** anything on tariffs.')).toEqual([]);
    expect(agreement('\n- Unresolved: the border.')).toEqual([]);
  });
  it('makes a list of things agreed and things left open partial', () => {
    expect(agreement('\n- **Agreed:** a hotline between the militaries.\n- **Not agreed:** anything on tariffs.')).toEqual(['partial', 'partial']);
    expect(agreement('\n- Agreed: more consular staff.\n- Unresolved: sanctions and the border.')).toEqual(['partial', 'partial']);
  });
});

describe('outcome: an exception conceded, none struck, nothing like one, a result named', () => {
  it('reads "beyond X, nothing was settled" as partial when X is itself agreed', () => {
    expect(agreement('Beyond a pledge that the envoys would meet again, nothing of substance was agreed.')).toEqual(['partial']);
    expect(agreement('Apart from an understanding on prisoner swaps, nothing else was decided.')).toEqual(['partial']);
    expect(agreement('Aside from a statement of principles, nothing of consequence seems to have been settled.')).toEqual(['partial']);
  });
  it('keeps "beyond the handshake, nothing was agreed" a plain no', () => {
    expect(agreement('Beyond the handshake and the photographs, nothing was agreed.')).toEqual(['no']);
  });
  it('reads "none was struck" after a deal named in the sentence', () => {
    expect(agreement('Few expected a deal, and none was struck.')).toEqual(['no']);
    expect(agreement('Both sides had talked up an accord; none emerged.')).toEqual(['no']);
    expect(agreement('Washington wanted a treaty, but none was signed.')).toEqual(['no']);
    expect(agreement('None was struck.')).toEqual([]);
  });
  it('reads "nothing resembling a ceasefire came out of it" as no, but not a forecast', () => {
    expect(ceasefire('Nothing resembling a ceasefire came out of the talks.')).toEqual(['no']);
    expect(ceasefire('Nothing like a truce, which Kyiv says it wants, emerged from the meeting.')).toEqual(['no']);
    expect(agreement('Nothing amounting to a deal was announced.')).toEqual(['no']);
    expect(ceasefire('Nothing resembling a ceasefire is likely soon.')).toEqual([]);
  });
  it('reads an agreement named as the summit’s product as reached', () => {
    expect(agreement('The main result was an agreement to reopen consulates.')).toEqual(['yes']);
    expect(agreement('Its one tangible outcome is a deal on grain.')).toEqual(['yes']);
    expect(agreement('The only product of the day was an accord on fishing, and nothing else was agreed.')).toEqual(['partial']);
  });
  it('reads "no movement on" beside something agreed as partial, alone as nothing', () => {
    expect(agreement('The leaders agreed to restore flights. There was no progress on sanctions.')).toEqual(['partial', 'partial']);
    expect(agreement('The meeting produced no movement on trade or Taiwan.')).toEqual([]);
    expect(agreement('The leaders agreed to restore flights, with no breakthrough on sanctions.')).toEqual(['yes']);
  });
});

describe('outcome.ceasefire: a truce without the word', () => {
  it('reads a stop to fighting the summit’s text binds both to', () => {
    expect(ceasefire('Under the agreement, the parties will cease all military activity from midnight.')).toEqual(['yes']);
    expect(ceasefire('According to the memorandum, both sides shall halt hostilities along the front.')).toEqual(['yes']);
    expect(ceasefire('The two leaders agreed to stop the fighting in the province.')).toEqual(['yes']);
  });
  it('does not read a proposal, a hope or another text as a truce', () => {
    expect(ceasefire('Under the draft plan, the parties would cease all military actions.')).toEqual([]);
    expect(ceasefire('Putin said he hoped the sides would agree to halt hostilities.')).toEqual([]);
    expect(ceasefire('Under the 2018 memorandum, the parties were to cease fire.')).toEqual([]);
  });
});

describe('outcome.agreement: a truce both leaders agreed', () => {
  it('reads a ceasefire agreed or signed as an agreement reached too', () => {
    expect(agreement('The two presidents agreed a ceasefire in the province.')).toEqual(['yes']);
    expect(agreement('Putin and Trump signed a truce covering the Black Sea.')).toEqual(['yes']);
    expect(agreement('The leaders brokered an armistice after six hours of talks.')).toEqual(['yes']);
  });
  it('says nothing of a deal for a truce declared, hoped for or denied', () => {
    expect(agreement('Putin declared a unilateral ceasefire for Easter.')).toEqual([]);
    expect(agreement('Trump hoped to agree a ceasefire.')).toEqual([]);
    expect(agreement('Kyiv wants a truce.')).toEqual([]);
  });
});

describe('outcome.agreement: round 4, what the clause says rather than the phrase', () => {
  it('reads "They agreed that …" with the pronoun opening the sentence', () => {
    expect(agreement('They agreed that their foreign ministers would meet next month.')).toEqual(['yes']);
    expect(agreement('Both heads of state agreed that trade envoys will resume talks.')).toEqual(['yes']);
    expect(agreement('He agreed that the talks had been useful.')).toEqual([]);
  });
  it('reads a deal one voice reports and a shortfall on the core dispute the outlet adds as partial', () => {
    expect(agreement('They agreed that the envoys would meet again, Putin told reporters, but neither side pointed to any movement on sanctions.')).toEqual(['partial', 'partial']);
    expect(agreement('The two agreed to reopen consulates, though there was not any progress on the border question.')).toEqual(['partial']);
    expect(agreement('Neither side claimed any headway on arms control.')).toEqual([]);
  });
  it('reads accords that left the big issues untouched as partial', () => {
    expect(agreement('There were some modest accords on fishing and visas, but nothing touched the big issues.')).toEqual(['partial']);
    expect(agreement('The sides signed three agreements on culture; none of it addressed the core dispute.')).toEqual(['partial']);
    expect(agreement('They signed a trade agreement, and the key questions were left unanswered.')).toEqual(['partial']);
    expect(agreement('They signed a trade agreement; it was not difficult, officials said.')).toEqual(['yes']);
  });
  it('does not read a standoff to be broken as the talks failing', () => {
    expect(agreement('The leaders exchanged views on breaking the deadlock over the peninsula.')).toEqual([]);
    expect(agreement('They discussed a way out of the impasse on trade.')).toEqual([]);
    expect(agreement('Both sides looked for an end to the stalemate.')).toEqual([]);
    expect(agreement('The summit ended in deadlock.')).toEqual(['no']);
  });
  it('reads "neither one agreed" as a denial, which an opinion object keeps from being a no-deal', () => {
    expect(agreement('Neither one quite agreed on what the handshake meant.')).toEqual([]);
    expect(agreement('Neither one agreed on anything.')).toEqual(['no']);
  });
  it('reads a negation across "or the …" as denying both', () => {
    expect(agreement('No breakthrough on the border or the peace treaty.')).toEqual(['no']);
    expect(agreement('There was no progress on visas or the trade pact.')).toEqual(['no']);
  });
  it('reads a list item that is a noun with its content as stated, and stays silent on headings and hopes', () => {
    expect(agreement('Agreement to start consultations on fishing rights.')).toEqual(['yes']);
    expect(agreement('A deal on grain exports.')).toEqual(['yes']);
    expect(agreement('Accord on visas, plus a cultural exchange.')).toEqual(['yes']);
    expect(agreement('Agreement on tariffs still elusive.')).toEqual([]);
    expect(agreement('Deal to end the war unlikely.')).toEqual([]);
    expect(agreement('Agreement on trade')).toEqual([]);
    expect(agreement('Agreement on trade?')).toEqual([]);
  });
  it('reads an Outcome or Result label by what it names', () => {
    expect(agreement('Outcome: negotiators to resume talks within a month.')).toEqual(['yes']);
    expect(agreement('Result: an accord on grain corridors.')).toEqual(['yes']);
    expect(agreement('Upshot: a memorandum on energy.')).toEqual(['yes']);
    expect(agreement('Outcome: none.')).toEqual(['no']);
    expect(agreement('Result: a photo opportunity and warm words.')).toEqual([]);
    expect(agreement('Outcome: hopes to meet again.')).toEqual([]);
  });
  it('reads "signed no documents" as no agreement signed', () => {
    expect(agreement('The sides signed no documents.')).toEqual(['no']);
    expect(agreement('The leaders signed no papers of any kind.')).toEqual([]);
  });
  it('does not read a standing absence as the summit’s outcome', () => {
    expect(agreement('Putin said the absence of a peace treaty is a legacy of the past.')).toEqual([]);
    expect(agreement('The lack of a trade deal between the two has long hampered ties.')).toEqual([]);
    expect(agreement('The talks ended in the absence of any agreement.')).toEqual(['no']);
  });
  it('does not carry what followed a dated past event into this summit', () => {
    expect(agreement('The armistice was signed in the village in 1953. No peace treaty followed.')).toEqual([]);
    expect(agreement('Their first summit was held in 2018. A short accord ensued.')).toEqual([]);
    expect(agreement('The leaders met for three hours. No deal followed.')).toEqual(['no']);
  });
});

describe('outcome: background sections of a liveblog or briefing', () => {
  const md = (t: string) => {
    const doc = segment({ id: 't', path: 't.md', text: LEAD + t });
    return outcomeExtractor.extract(doc).map((c) => `${c.type}=${c.value}`);
  };
  it('stays silent on what a Background or Context section retells', () => {
    expect(md('\n\n## Background\n\n- **Helsinki, July 2018:** first summit, no agreement.\n- Earlier talks produced a joint statement.\n')).toEqual([]);
    expect(md('\n\n### Context\n\nThe previous meeting ended without a deal.\n')).toEqual([]);
    expect(md('\n\nBACKGROUND\n\nA 2019 deal collapsed within weeks.\n')).toEqual([]);
  });
  it('reads the summit’s own sections, and a timeline, as usual', () => {
    expect(md('\n\n## Key points\n\n- No joint statement was issued.\n')).toEqual(['outcome.communique=no']);
    expect(md('\n\n### Timeline\n\n- 14:00 — The two sides signed a grain deal.\n')).toEqual(['outcome.agreement=yes']);
    expect(md('\n\n## Background\n\nThe last summit ended without a deal.\n\n## Outcome\n\nNo joint statement was issued.\n')).toEqual(['outcome.communique=no']);
  });
});

describe('outcome.communique: a joint press statement', () => {
  it('reads one put out, issued or named as a joint statement', () => {
    expect(communique('In the end the two governments put out a short joint press statement on fishing.')).toEqual(['yes']);
    expect(communique('- A joint press statement on energy, plus several business deals.')).toEqual(['yes']);
    expect(communique('The foreign ministries issued a joint press statement after the talks.')).toEqual(['yes']);
  });
  it('does not read joint press statements made or read aloud as a text', () => {
    expect(communique('Afterwards the two leaders made joint press statements.')).toEqual([]);
    expect(communique('The presidents read joint press statements in the hall.')).toEqual([]);
  });
});

describe('outcome.ceasefire: a halt to the fighting in other words, and truce places', () => {
  it('reads a halt to bombing or shelling agreed or refused', () => {
    expect(ceasefire('The two sides agreed on a halt to the shelling.')).toEqual(['yes']);
    expect(ceasefire('Trump refused a halt to the bombing.')).toEqual(['no']);
    expect(ceasefire('There was no agreement on a bombing pause.')).toEqual(['no']);
    expect(ceasefire('Putin called for a suspension of air strikes.')).toEqual([]);
  });
  it('does not read a truce line, village or violations as a truce agreed', () => {
    expect(ceasefire('Putin demanded a withdrawal to the armistice lines agreed in 1949.')).toEqual([]);
    expect(ceasefire('They met in the truce village, where ceasefire violations were discussed.')).toEqual([]);
  });
});

describe('outcome: round 6, general gaps', () => {
  it('reads a denied subject ("neither of them", "neither X nor Y") as a denial of the verb', () => {
    expect(agreement('Neither of them signed the accord.')).toEqual(['no']);
    expect(agreement('Neither Trump nor Putin signed the agreement.')).toEqual(['no']);
    expect(agreement('No leader signed the treaty.')).toEqual(['no']);
    expect(agreement('Both of them signed the accord.')).toEqual(['yes']);
  });

  it('carries a negation over "or" and "nor" to a second verb', () => {
    expect(communique('The two did not sign a treaty or issue a joint statement.')).toEqual(['no']);
    expect(communique('They signed no accord nor issued a communiqué.')).toEqual(['no']);
    expect(communique('They signed a memorandum on fisheries and issued a joint statement.')).toEqual(['yes']);
  });

  it('reads a cancelled event past a participle between commas', () => {
    expect(agreement('The signing of the grain deal, set for Tuesday afternoon, was called off.')).toEqual(['no']);
    expect(agreement('The trade accord, originally slated for signature in Helsinki, was scrapped.')).toEqual(['no']);
    expect(agreement('The signing of the deal, planned for noon, will not take place.')).toEqual(['no']);
    expect(agreement('The trade accord, signed in Helsinki after long talks, was welcomed by markets.')).not.toContain('no');
  });

  it('reads a headline’s "stays out of reach" as no', () => {
    expect(agreement('Leaders agree to more talks, but peace treaty stays out of reach.')).toEqual(['partial']);
    expect(agreement('A trade deal remained beyond reach.')).toEqual(['no']);
    expect(agreement('A trade deal stayed elusive on Friday.')).toEqual(['no']);
  });

  it('takes a year among a noun’s modifiers as another meeting’s', () => {
    expect(agreement('The March 2019 accord, brokered by Oslo, let tankers pass.')).toEqual([]);
    expect(agreement('Their 2015 deal, signed in Vienna, has since lapsed.')).toEqual([]);
    expect(agreement('In August 2025 a deal was reached on tariffs.')).toEqual(['yes']);
  });

  it('reads a failure to resolve the dispute as a shortfall, partial beside what was agreed', () => {
    expect(agreement('They did not resolve their dispute over the border. The one thing they agreed on was a hotline.')).toEqual(['partial', 'partial']);
    expect(agreement('The two failed to bridge their differences on tariffs, but agreed to restore flights.')).toEqual(['partial']);
    expect(agreement('Their differences over Taiwan remained unresolved. They agreed to resume military talks.')).toEqual(['partial', 'partial']);
    // a shortfall alone is no verdict on the summit
    expect(agreement('Analysts said the row over tariffs is old.')).toEqual([]);
  });

  it('hears trilateral and bilateral statements, and documents approved, as joint texts', () => {
    expect(communique('The three leaders released a trilateral statement on water rights.')).toEqual(['yes']);
    expect(communique('The sides adopted a bilateral declaration on trade.')).toEqual(['yes']);
    expect(communique('The four heads of state approved a document of agreed conclusions.')).toEqual(['yes']);
    expect(communique('No trilateral statement was issued.')).toEqual(['no']);
  });

  it('keeps a deadline and a framework for a treaty in the irrealis', () => {
    expect(agreement('The two sides set a deadline of June to sign a peace treaty.')).toEqual([]);
    expect(agreement('They adopted a road map toward concluding a peace treaty.')).toEqual([]);
    expect(agreement('They concluded a peace treaty on Sunday.')).toEqual(['yes']);
  });
});

describe('outcome.ceasefire: round 6', () => {
  it('reads a truce announced with the hour it starts as agreed', () => {
    expect(ceasefire('Putin told reporters that a ceasefire would take effect at midnight on Saturday.')).toEqual(['yes']);
    expect(ceasefire('A truce along the front line is to come into force from 6 a.m. on Sunday.')).toEqual(['yes']);
    expect(ceasefire('The ceasefire will begin tonight, officials said.')).toEqual(['yes']);
    expect(ceasefire('Trump predicted a ceasefire would begin soon.')).toEqual([]);
    expect(ceasefire('A truce would take effect at midnight only if Kyiv withdrew.')).toEqual([]);
  });

  it('reads a plea for a truce turned down as no truce', () => {
    expect(ceasefire('His appeal for a ceasefire in Gaza got nowhere.')).toEqual(['no']);
    expect(ceasefire('Calls for an immediate truce were rebuffed by Moscow.')).toEqual(['no']);
    expect(ceasefire('The request for a truce fell on deaf ears.')).toEqual(['no']);
    expect(ceasefire('His appeal for a ceasefire was heard in silence.')).toEqual([]);
  });

  it('reads a main question left aside, or nothing on a topic, as a shortfall beside a deal', () => {
    expect(agreement('They agreed to open a hotline. The central question of the border was not addressed.')).toEqual(['partial', 'partial']);
    expect(agreement('A deal on fishing was struck, but nothing on chips or Taiwan.')).toEqual(['partial']);
    expect(agreement('There was nothing on the agenda about trade.')).toEqual([]);
  });

  it('reads a year between the verb and the noun as another meeting’s, and a handshake on a deal as one', () => {
    expect(agreement('Putin praised the 1987 INF Treaty as a model.')).toEqual([]);
    expect(agreement('Trump hailed their 2018 trade pact.')).toEqual([]);
    expect(agreement('The two men shook hands on a deal to cut tariffs.')).toEqual(['yes']);
    expect(agreement('The two men shook hands but reached no deal.')).toEqual(['no']);
  });
});

describe('outcome: round 7, who asserts it and how much was agreed', () => {
  it('reads the parties still split on a question as a shortfall beside what they agreed', () => {
    expect(agreement('The two leaders agreed to reopen consulates but remained far apart on the border, the issue that brought them to the table.')).toEqual(['partial']);
    expect(agreement('They signed an accord on river shipping. The delegations stayed divided over sanctions.')).toEqual(['partial', 'partial']);
    expect(agreement('Both sides were still at odds over grain quotas, though they agreed to set up a joint commission.')).toEqual(['partial']);
    // a split alone is no verdict on whether anything was agreed
    expect(agreement('The two men remained sharply divided on the war.')).toEqual([]);
  });

  it('reads the main issue, by any name and with what it is about, left undone', () => {
    expect(agreement('The summit produced a deal on student visas. The central question, sanctions relief, was left for later rounds.')).toEqual(['partial', 'partial']);
    expect(agreement('They agreed to restore direct flights. The bigger quarrel over chips went unaddressed.')).toEqual(['partial', 'partial']);
    expect(agreement('The presidents agreed on a prisoner swap, but the core issue of the frontier stayed deadlocked.')).toEqual(['partial']);
    expect(agreement('The key question of the pipeline was shelved. Nothing else was on the agenda.')).toEqual([]);
  });

  it('reads a framework, preliminary or in-principle deal as partial, and a plan for one as nothing', () => {
    expect(agreement('The leaders signed a framework agreement that leaves the arms cuts to negotiators.')).toEqual(['partial']);
    expect(agreement('What emerged after nine hours was an agreement in principle.')).toEqual(['partial']);
    expect(agreement('The two sides reached an interim accord on grain exports.')).toEqual(['partial']);
    expect(agreement('The two presidents agreed in principle to cut tariffs.')).toEqual(['partial']);
    expect(agreement('Late that night they signed two framework documents on peace in the region.')).toEqual(['partial']);
    expect(agreement('They discussed a framework for a future deal on energy.')).toEqual([]);
    expect(agreement('They failed to reach even a framework agreement.')).toEqual(['no']);
  });

  it('reads what is marked as all that was agreed as a lesser thing agreed', () => {
    expect(agreement('The only agreement was that envoys would meet again in March.')).toEqual(['partial']);
    expect(agreement('All they could agree on was to keep talking.')).toEqual(['partial']);
    expect(agreement('The two sides agreed only to set up a working group.')).toEqual(['partial']);
    expect(agreement('The only common ground was the Arctic, on which they issued a short text.')).toEqual(['partial']);
    expect(agreement('The talks ended without a deal on the islands. The one thing the two leaders agreed on was a hotline.')).toEqual(['partial', 'partial']);
    // "not the only" is no restriction
    expect(agreement('It was not the only deal signed that day.')).not.toContain('partial');
  });

  it('reads a signing that is due, poised or looked forward to as no outcome yet', () => {
    expect(agreement('The two sides are due to sign a memorandum on nuclear energy on Friday.')).toEqual([]);
    expect(agreement('Officials said the presidents were poised to announce a deal on energy.')).toEqual([]);
    expect(agreement('Putin said he looked forward to signing the treaty in Moscow.')).toEqual([]);
    expect(agreement('The sides are slated to conclude an accord on fisheries next month.')).toEqual([]);
    expect(agreement('The two sides signed a memorandum on nuclear energy on Friday.')).toEqual(['yes']);
  });

  it('reads a deal done on the eve of the summit as another occasion', () => {
    expect(agreement('The foreign ministers signed an agreement on visas on the eve of the summit.')).toEqual([]);
    expect(agreement('In the run-up to the talks, the two finance ministers struck a deal on swaps.')).toEqual([]);
  });

  it('reads a denial of reports or claims of a deal as no deal, and the noun "dispute" as no denial', () => {
    expect(agreement('Reports that a deal on the islands had been agreed were denied by the Kremlin.')).toEqual(['no']);
    expect(agreement('The White House pushed back on claims of a secret agreement.')).toEqual(['no']);
    expect(agreement('Peskov poured cold water on reports of a deal on prisoners.')).toEqual(['no']);
    expect(ceasefire('Lavrov rejected suggestions that Moscow had agreed to a ceasefire.')).toEqual(['no']);
    expect(agreement('On the dispute that has soured relations for decades, there was no agreement.')).toEqual(['no']);
    // a suggestion alone is a hope
    expect(agreement('Aides floated suggestions that a deal could be signed soon.')).toEqual([]);
  });

  it('reads a truce as the strikes or the guns stopped', () => {
    expect(ceasefire('Putin agreed to pause attacks on the power grid for thirty days.')).toEqual(['yes']);
    expect(ceasefire('The two leaders agreed that the guns would fall silent along the front from Saturday.')).toEqual(['yes']);
    expect(ceasefire('The commanders agreed to silence their guns in the valley.')).toEqual(['yes']);
    expect(ceasefire('Kyiv urged Moscow to halt its strikes on ports.')).toEqual([]);
  });

  it('reads a statement that was expected but never came, or none issued, as no statement', () => {
    expect(communique('A joint statement was expected but never appeared.')).toEqual(['no']);
    expect(communique('The two sides wrangled over the wording of a joint declaration, and none was issued.')).toEqual(['no']);
    expect(communique('The planned joint communiqué never materialised.')).toEqual(['no']);
    expect(communique('A joint statement is expected on Friday.')).toEqual([]);
  });
});

describe('outcome.ceasefire: round 7, a truce made to hold', () => {
  it('reads a commitment to implement or restore a truce as one agreed, and a hope for it as nothing', () => {
    expect(ceasefire('The four leaders committed themselves to the full implementation of the ceasefire by the end of the year.')).toEqual(['yes']);
    expect(ceasefire('Both sides agreed on the restoration of the truce along the border.')).toEqual(['yes']);
    expect(ceasefire('They pledged to ensure strict observance of the ceasefire.')).toEqual(['yes']);
    expect(ceasefire('Both governments hoped for the restoration of the truce.')).toEqual([]);
    expect(ceasefire('They did not agree on the extension of the ceasefire.')).not.toContain('yes');
  });
});

describe('outcome: round 7, a deadline is no date gone by', () => {
  it('reads "by the end of" a year as the deadline of what was agreed', () => {
    expect(ceasefire('The leaders committed themselves to the full implementation of the ceasefire before the end of 2019.')).toEqual(['yes']);
    expect(agreement('They agreed to finish the pipeline by the end of 2026.')).toEqual(['yes']);
    expect(agreement('The truce deal signed in 2015 has lapsed.')).toEqual([]);
  });
});

describe('outcome: round p8, other bodies, stages of a truce, topics listed', () => {
  it('reads "fell short of" / "stops short of" as a denial of what follows', () => {
    expect(ceasefire('The arrangement stops short of a formal ceasefire.')).toEqual(['no']);
    expect(ceasefire('Their accord fell short of a full truce.')).toEqual(['no']);
    expect(agreement('The two sides agreed to keep talking, but the evening stopped short of a settlement on tariffs.')).toEqual(['partial']);
    // no denial without the verb of falling short
    expect(ceasefire('A ceasefire is short of what Kyiv wants.')).not.toContain('yes');
  });

  it('takes a truce or a deal that came out of the meeting as made there', () => {
    expect(ceasefire('The truce came out of a long working lunch at the residence.')).toEqual(['yes']);
    expect(ceasefire('A ceasefire emerged from the talks late in the evening.')).toEqual(['yes']);
    expect(agreement('The accord that came out of the summit covers fisheries.')).toEqual(['yes']);
    expect(ceasefire('The truce was the product of two days of talks.')).toEqual(['yes']);
    // a dated or forecast one is not
    expect(ceasefire('The truce that came out of the 2015 talks collapsed within weeks.')).not.toContain('yes');
    expect(ceasefire('A ceasefire could come out of the talks.')).toEqual([]);
  });

  it('leaves a communique of a wider gathering to that gathering', () => {
    expect(communique('Earlier on Saturday, the leaders of the Group of 20 endorsed a communique on trade.')).toEqual([]);
    expect(communique('G7 leaders adopted a final communique calling for reform.')).toEqual([]);
    expect(communique('All 21 members of APEC issued a joint declaration on ocean plastics.')).toEqual([]);
    expect(communique('The two presidents issued a joint statement on Arctic shipping.')).toEqual(['yes']);
  });

  it('reads a memorandum as an agreement, not as a joint statement', () => {
    expect(communique('The two sides signed a memorandum on fisheries.')).toEqual([]);
    expect(agreement('The two sides signed a memorandum on fisheries.')).toEqual(['yes']);
    expect(communique('They signed a joint declaration on fisheries.')).toEqual(['yes']);
  });

  it('reads a denying label ("Not issued: a joint statement") as no', () => {
    expect(communique('**Not** issued: any joint declaration.')).toEqual(['no']);
    expect(communique('Not released: a joint statement.')).toEqual(['no']);
    expect(ceasefire('Not agreed: a ceasefire along the front.')).toEqual(['no']);
    expect(communique('Not issued: visas for the press pool.')).toEqual([]);
  });

  it('does not take a treaty listed among the topics for one made', () => {
    expect(agreement('The talks touched on arms control, including the treaty on nuclear testing.')).toEqual([]);
    expect(agreement('They discussed trade and security questions, including a possible accord on fishing.')).toEqual([]);
    expect(agreement('The summit produced six accords, including a treaty on fisheries.')).toContain('yes');
  });

  it('puts what was done at an earlier meeting, an anniversary or an "elsewhere" section aside', () => {
    expect(communique('The two leaders last met in March in Beijing, where they adopted a joint statement on trade.')).toEqual([]);
    expect(agreement('This year marks twenty years since the signing of the treaty on friendship.')).toEqual([]);
    expect(agreement('Friday was the tenth anniversary of the signing of the border treaty.')).toEqual([]);
    const doc = segment({ id: 't', path: 't.md', text: '# Summit\n\nNo joint statement was issued.\n\n### Elsewhere at the summit\n\n- Leaders signed off on a joint communique on climate.\n' });
    expect(outcomeExtractor.extract(doc).filter((c) => c.type === 'outcome.communique').map((c) => c.value)).toEqual(['no']);
  });
});

describe('outcome: a sentence that opens on another day', () => {
  // a header date, as analyses and agencies give it
  const at = (text: string) => {
    const doc = segment({ id: 't', path: 't.txt', text: 'Analysis | 17 September 2022\n\n' + LEAD + text });
    return outcomeExtractor.extract(doc).map((c) => `${c.type.slice(8)}:${c.value}`);
  };
  it('leaves what happened weeks away from the report’s date to that day', () => {
    expect(at('On 4 February 2022, the day the Games opened, the two leaders issued a joint statement.')).toEqual([]);
    expect(at('On March 3, the two sides signed a trade agreement in Vienna.')).toEqual([]);
    expect(at('In June 2022, the envoys agreed a ceasefire.')).toEqual([]);
  });
  it('keeps what happened on the summit’s own days', () => {
    expect(at('On 15 September, the two leaders issued a joint statement.')).toEqual(['communique:yes']);
    expect(at('On Thursday, 16 September, no deal was reached.')).toEqual(['agreement:no']);
    // a date inside the sentence is not what it opens on
    expect(at('The leaders, who first met on 4 February 2022, issued no joint statement.')).toEqual(['communique:no']);
  });
});

describe('outcome.agreement: something agreed, though not much', () => {
  it('reads "something was agreed" as yes, and partial when the report adds that it was not much', () => {
    expect(agreement('Something was agreed, officials said.')).toEqual(['yes']);
    expect(agreement('Something was agreed in the library, though not much.')).toEqual(['partial']);
    expect(agreement('They reached a deal on grain, but not much else.')).toEqual(['partial']);
    expect(agreement('A few things were agreed, but not much of substance.')).toEqual(['partial']);
    // "not much of a surprise" judges the news, not the deal
    expect(agreement('They reached a deal, not much of a surprise to anyone.')).toEqual(['yes']);
  });
  it('reads "nothing at all" agreed as no', () => {
    expect(agreement('Nothing at all appears to have been agreed.')).toEqual(['no']);
    expect(agreement('Nothing at all was settled.')).toEqual(['no']);
    expect(agreement('Nothing at all was said about a deal.')).toEqual([]);
  });
});


// Invented passages, one fact stated the many ways outlets state it, and the traps around it
// (hopes, plans, other meetings, calls, negation). Each row: the passage, the values it carries.
describe('paraphrase battery', () => {
  describe('outcome.agreement', () => {
    it.each([
      ['The two presidents struck a deal on grain exports late on Friday.', ['yes']],
      ['A deal on prisoner swaps was sealed during the talks, officials said.', ['yes']],
      ['Putin told reporters that an understanding had been reached on arms control.', ['yes']],
      ['AGREEMENT REACHED ON NUCLEAR HOTLINE, KREMLIN SAYS', ['yes']],
      ['The leaders signed an accord on Arctic shipping routes.', ['yes']],
      ['Under the agreement concluded in Anchorage, both sides will return their diplomats.', ['yes']],
      ['The meeting broke up without a deal.', ['no']],
      ['No breakthrough: the summit ended with no agreement on Ukraine.', ['no']],
      ['Neither side was able to announce an agreement.', ['no']],
      ['The talks produced no accord, the White House conceded.', ['no']],
      ['The summit fell short of a deal on Ukraine.', ['no']],
      ['Hopes of a settlement were dashed as the two men failed to agree.', ['no']],
      ['They reached agreement on some minor matters but not on the central question of Ukraine.', ['partial']],
      ['What emerged was a partial deal that leaves the biggest questions open.', ['partial']],
      ['Apart from a prisoner exchange, little was agreed.', ['partial']],
      ['While the two sides settled some technical issues, the main dispute over territory was left unresolved.', ['partial']],
      ['The parties came to an agreement on the exchange of prisoners, the Russian side said.', ['yes']],
      ['Negotiators hammered out a pact on fishing rights overnight.', ['yes']],
      ['The sides clinched a trade deal worth $20 billion.', ['yes']],
      ['A memorandum of understanding on energy was signed in the presence of both leaders.', ['yes']],
      ['The two leaders inked an agreement on visa-free travel.', ['yes']],
      ['No deal was struck.', ['no']],
      ['The two leaders walked away without an agreement.', ['no']],
      ['Trump left Alaska without the deal he had sought.', ['no']],
      ['The summit yielded no concrete agreements, Russian state media reported.', ['no']],
      ['There was no agreement on the key issue of territory, although the sides did agree to swap prisoners.', ['partial']],
      ['Beyond a modest accord on consulates, the summit produced nothing on Ukraine.', ['partial']],
      ['The sides reached consensus on a range of issues, the official news agency reported.', ['yes']],
      ['An agreement was concluded on the joint development of the Arctic shelf.', ['yes']],
      ['Moscow and Washington have agreed to restore full staffing at their embassies.', ['yes']],
      ['The parties failed to reach an understanding on the withdrawal of troops.', ['no']],
      ['The summit ended inconclusively, with no deal on the table.', ['no']],
      ['17:05 Talks over. No agreement, says the Kremlin.', ['no']],
      ['Putin and Trump could not bridge their differences and parted without a deal.', ['no']],
      ['A modest deal on embassies was the only tangible result; on Ukraine there was no movement.', ['partial']],
      ['The heads of state reached important common understandings on trade, Xinhua said.', ['yes']],
      ['Following the talks, the leaders signed a package of intergovernmental agreements.', ['yes']],
      ['The leaders agreed to instruct their foreign ministers to draft a roadmap.', ['yes']],
      ['Talks end with no deal', ['no']],
      ['The Alaska summit has ended. No deal.', ['no']],
      ['Both sides left the table with nothing to show for the effort.', ['no']],
      ['An accord on the nuclear hotline was reached, but the two sides remained far apart on Ukraine.', ['partial']],
      ['What the two sides did agree on was a prisoner swap.', ['yes']],
      ['The deal Trump wanted never materialised.', ['no']],
      ['There was, in the end, no agreement.', ['no']],
      ['Neither leader announced any agreement.', ['no']],
      ['They signed nothing.', ['no']],
      ['The two men signed off on a deal to reopen consulates.', ['yes']],
      ['U.S., Russia agree to swap prisoners', ['yes']],
      ['Summit yields deal on grain corridor', ['yes']],
      ['Trump, Putin fail to reach deal', ['no']],
      ['**Outcome:** partial agreement on prisoner exchanges', ['partial']],
      ['Agreement: none', ['no']],
      ['Not only did the two agree on a hotline, they also settled the embassy dispute.', ['yes']],
      ['The sides managed to agree on the text of a memorandum on fisheries.', ['yes']],
      ['Russia and the United States concluded an agreement on the return of diplomatic property, TASS reported.', ['yes']],
      ['The sides exchanged views and reached agreement on further steps.', ['yes']],
      ['It was agreed that working groups would be set up.', ['yes']],
      ['Agreement was reached to set up a bilateral commission.', ['yes']],
      ['No one expected a deal, and none came.', ['no']],
      ['Russia and America have struck an accord, the Kremlin’s foreign-policy aide told journalists.', ['yes']],
      ['A landmark agreement was signed by the two presidents in the Hall of Facets.', ['yes']],
      ['The meeting resulted in an agreement to reopen consulates.', ['yes']],
      ['The meeting produced agreements in several areas but not on Ukraine.', ['partial']],
      ['The meeting ended with no agreement being reached.', ['no']],
      ['There was no sign of a deal.', ['no']],
      ['At their 2018 meeting in Helsinki the two men reached no agreement. This time they signed a deal on prisoners.', ['yes']],
      ['Unlike in Geneva, where no agreement was reached, the Anchorage talks produced a deal on embassies.', ['yes']],
      ['While no comprehensive deal emerged, the two agreed to extend the grain corridor.', ['partial']],
    ])('%s', (text, want) => {
      expect(agreement(text)).toEqual(want);
    });
    // A joint pledge is not read as an agreement: "both sides pledged to deepen cooperation" is as
    // often an aspiration as a commitment, and the verb alone cannot tell them apart
    it.fails('Despite the lack of a broader agreement, both sides pledged to reopen consulates.', () => {
      expect(agreement('Despite the lack of a broader agreement, both sides pledged to reopen consulates.')).toEqual(['partial']);
    });
    it.each([
      ['Trump said he hoped a deal could be reached in the coming weeks.'],
      ['Both leaders are expected to sign an agreement on Saturday.'],
      ['The 2018 agreement on consular staff remains in force.'],
      ['Officials urged the two leaders to seek an agreement.'],
      ['A deal is possible, Putin said, if Washington shows flexibility.'],
      ['Asked whether a deal was close, Trump declined to say.'],
      ['The 1987 treaty was signed by Reagan and Gorbachev in Washington.'],
      ['Analysts doubt that an agreement will be reached any time soon.'],
      ['The two sides will try to reach an agreement before the next summit.'],
      ['Kremlin aides said they would not rule out a deal at a later date.'],
      ['Trump, who signed a trade agreement with Beijing in 2020, arrived on Thursday.'],
      ['Any agreement would need the approval of the Senate.'],
      ['Putin and Lukashenko agreed on a union budget at their meeting last month.'],
      ['Whether a deal can be reached remains to be seen.'],
      ['The president said he would not sign a bad deal.'],
      ['An agreement, if one comes, is likely to cover only prisoner exchanges.'],
      ['Trump has long boasted of his talent for making deals.'],
      ['The talks were held in a constructive and businesslike atmosphere.'],
      ['No deal is better than a bad deal, Trump told reporters before the meeting.'],
      ['A deal, Putin suggested, would depend on what happens on the ground.'],
      ['If a deal is reached, sanctions could be eased.'],
      ['The agreement between Russia and Belarus was signed in 1999.'],
      ['Putin’s spokesman declined to say whether an agreement had been reached.'],
      ['A deal remains far off, officials cautioned.'],
      ['Trump agreed with Putin that the war should never have started.'],
      ['Putin reiterated that any agreement must take Russia’s security into account.'],
      ['The two sides are close to a deal, Ushakov said.'],
      ['Last year’s deal on grain has expired.'],
      ['The absence of a peace treaty since 1945 still clouds relations.'],
      ['Should an agreement be reached, it would be signed in Moscow.'],
      ['A deal would have been unthinkable a year ago.'],
      ['Without an agreement on Ukraine, sanctions will stay in place, officials warned.'],
      ['He spoke of the deal struck by his predecessor.'],
      ['It was also agreed that the discussions would resume after lunch.'],
      ['The summit was billed as a chance to clinch a deal.'],
      ['Putin wants a deal that recognises Russia’s gains.'],
      ['In Helsinki in 2018 they parted without a deal.'],
      ['The next summit, planned for Moscow, is meant to produce a treaty.'],
      ['Xi and Putin signed a raft of agreements in Moscow last month.'],
    ])('stays silent on: %s', (text) => {
      expect(agreement(text)).toEqual([]);
    });
    it.each([
      ['Putin spoke of an agreement on the main points, the Kremlin said.', 'yes', 'Kremlin'],
      ['According to Russian officials, the two sides reached a deal on embassies.', 'yes', 'Russian officials'],
      ['There was no deal, Trump told Fox News after the talks.', 'no', 'Donald Trump'],
      ['The Kremlin denied that any agreement had been reached.', 'no', 'Kremlin'],
      ['Trump said the deal was done; Putin said nothing had been agreed.', 'no', 'Vladimir Putin'],
      ['Trump insisted a deal had been done, but Russian officials said nothing had been agreed.', 'no', 'Russian officials'],
    ])('puts "%s" to its speaker', (text, value, who) => {
      const cs = extract(text).filter((c) => c.type === 'outcome.agreement');
      expect(cs.map((c) => [c.value, c.attribution])).toContainEqual([value, who]);
    });
  });

  describe('outcome.communique', () => {
    it.each([
      ['The two sides issued a joint statement after the talks.', ['yes']],
      ['A final communiqué was published by both governments.', ['yes']],
      ['The leaders signed a joint declaration on strategic stability.', ['yes']],
      ['In a joint communique released after the meeting, the two countries pledged to cut tariffs.', ['yes']],
      ['No joint document was issued.', ['no']],
      ['There was no joint communique.', ['no']],
      ['The meeting ended without a joint declaration.', ['no']],
      ['Each side put out its own readout instead of a joint statement.', ['no']],
      ['Joint statement: none', ['no']],
      ['The talks closed without the customary final communiqué.', ['no']],
      ['The sides adopted a joint declaration at the end of the visit.', ['yes']],
      ['A joint statement released by the Kremlin and the White House said the two would keep talking.', ['yes']],
      ['The summit ended with no joint statement, and each side gave its own account of the talks.', ['no']],
      ['Unusually, the two governments did not put out a joint communique.', ['no']],
      ['The meeting concluded with the signing of a joint declaration.', ['yes']],
      ['According to the joint statement, the two countries will expand flights.', ['yes']],
      ['No final document was adopted, Kremlin spokesman Dmitry Peskov said.', ['no']],
      ['The sides did not issue a joint communique, breaking with past practice.', ['no']],
      ['Washington and Moscow issued a short joint statement on arms control.', ['yes']],
      ['Joint declaration: signed', ['yes']],
      ['The summit closed with a joint communiqué that pledged closer cooperation.', ['yes']],
      ['A joint statement was not issued.', ['no']],
      ['Contrary to expectations, there was no joint statement.', ['no']],
      ['The White House and the Kremlin each released their own readout.', ['no']],
      ['**Joint statement:** none', ['no']],
      ['The two sides did not release a joint statement; instead, the Kremlin posted a transcript.', ['no']],
      ['A joint statement, issued in both languages, listed twelve areas of cooperation.', ['yes']],
      ['The Kremlin published a joint statement on its website.', ['yes']],
      ['The joint statement that followed the talks made no mention of Ukraine.', ['yes']],
      ['Neither side issued a communique.', ['no']],
      ['The summit’s final communique ran to eight pages.', ['yes']],
      ['The sides agreed a joint statement on climate.', ['yes']],
      ['No communiqué was forthcoming.', ['no']],
      ['Unlike their 2021 meeting, which ended with a joint statement, this one produced none.', ['no']],
      ['The two delegations could not agree on the wording of a joint statement, and none was released.', ['no']],
    ])('%s', (text, want) => {
      expect(communique(text)).toEqual(want);
    });
    it.each([
      ['A joint statement is expected to be released tomorrow.'],
      ['The two leaders read out joint remarks to the press.'],
      ['Both sides recalled the joint statement they had signed in 2021.'],
      ['Diplomats hope to agree on a joint statement next month.'],
      ['Officials called for a joint communiqué on food security.'],
      ['The 1972 Shanghai Communiqué still frames relations between the two.'],
      ['A joint statement issued by the G7 foreign ministers last week condemned the strikes.'],
      ['Aides were working on the text of a joint statement that could be released later.'],
      ['The two sides plan to issue a joint statement at the end of the visit.'],
      ['There were no plans for a joint communique, a Kremlin aide said before the talks.'],
      ['In 2021 the two presidents issued a joint statement on strategic stability.'],
      ['Officials on both sides were negotiating the wording of a joint communique.'],
      ['The joint statement from the 2018 Helsinki summit was never published.'],
      ['Trump read a statement to the press.'],
      ['Both leaders referred to the 1972 joint communiqué.'],
      ['Asked about a joint statement, Peskov said he had nothing to announce.'],
      ['Joint statements are customary at such summits.'],
      ['The leaders’ joint remarks to reporters were brief.'],
      ['A joint statement was issued after the first round of talks in March.'],
    ])('stays silent on: %s', (text) => {
      expect(communique(text)).toEqual([]);
    });
  });

  describe('outcome.ceasefire', () => {
    it.each([
      ['The two leaders agreed to a ceasefire in Ukraine.', ['yes']],
      ['Putin said Moscow had agreed to a 30-day truce on energy targets.', ['yes']],
      ['A cessation of hostilities was agreed, according to the Kremlin.', ['yes']],
      ['The talks stopped short of a ceasefire.', ['no']],
      ['No truce was agreed.', ['no']],
      ['The summit ended without a ceasefire agreement.', ['no']],
      ['The meeting did not produce a cease-fire.', ['no']],
      ['Both sides agreed to halt hostilities along the front from Monday.', ['yes']],
      ['The leaders announced a truce covering the Black Sea.', ['yes']],
      ['The meeting ended without any agreement on a cessation of hostilities.', ['no']],
      ['There was no ceasefire deal, Putin acknowledged.', ['no']],
      ['The guns would fall silent from midnight under the truce the two men agreed.', ['yes']],
      ['Hopes for a truce were dashed.', ['no']],
      ['The summit produced no ceasefire.', ['no']],
      ['Trump failed to secure a ceasefire from Putin.', ['no']],
      ['Putin rejected a ceasefire, offering instead a pause on strikes against energy sites.', ['no']],
      ['The two presidents agreed on a ceasefire that takes effect on Monday.', ['yes']],
      ['Ceasefire agreed, Kremlin says', ['yes']],
      ['Putin declined to commit to a ceasefire.', ['no']],
      ['Putin agreed to halt strikes on energy infrastructure for 30 days.', ['yes']],
      ['No ceasefire was announced.', ['no']],
      ['Trump pressed for a ceasefire, but Putin refused.', ['no']],
      ['The two sides agreed on a limited truce covering energy facilities.', ['yes']],
      ['A full ceasefire was not agreed.', ['no']],
      ['Moscow rejected a 30-day ceasefire proposal.', ['no']],
      ['Under the truce agreed in Anchorage, both armies would pull back 10 km.', ['yes']],
      ['Russia agreed to an immediate cessation of hostilities, the White House said.', ['yes']],
      ['The leaders failed to agree a ceasefire.', ['no']],
    ])('%s', (text, want) => {
      expect(ceasefire(text)).toEqual(want);
    });
    it.each([
      ['Trump urged Putin to accept a ceasefire.'],
      ['European leaders have called for an immediate truce.'],
      ['A ceasefire could be announced within days, aides suggested.'],
      ['The 2015 ceasefire brokered in Minsk collapsed within weeks.'],
      ['Zelensky has said he would welcome a truce.'],
      ['Trump had demanded an unconditional ceasefire before the summit.'],
      ['A truce would be the first step toward a broader settlement, Putin said.'],
      ['The Easter truce declared in April did not hold.'],
      ['Kyiv insists any truce must be unconditional.'],
      ['The two leaders discussed the terms of a possible ceasefire.'],
      ['The Kremlin has repeatedly rejected calls for a ceasefire in the past.'],
      ['Trump said a ceasefire was the first thing he wanted.'],
      ['Whether a ceasefire will follow is unclear.'],
      ['The 1953 armistice has never been replaced by a peace treaty.'],
      ['Russia and Ukraine agreed a ceasefire in 2022 that quickly collapsed.'],
      ['The ceasefire talks in Istanbul are set to resume next week.'],
      ['Putin said Russia was open to the idea of a truce.'],
      ['Neither side has observed the ceasefire declared in 2015.'],
      ['Putin offered a ceasefire only if Kyiv withdrew its troops.'],
      ['The ceasefire agreed in Minsk in 2015 was mentioned by both leaders.'],
      ['Last week’s truce between Israel and Hamas was not discussed.'],
    ])('stays silent on: %s', (text) => {
      expect(ceasefire(text)).toEqual([]);
    });
  });
});

describe('outcome.agreement: round 18, lesser accords, positions that did not come closer, a partial outcome', () => {
  const agreement = (text: string) => values(text, 'outcome.agreement');
  it('reads accords ranked below what was not agreed as a partial outcome', () => {
    expect(agreement('The two presidents delivered the lesser accords on chemical weapons and trade.')).toEqual(['partial']);
    expect(agreement('What the summit did yield was a crop of smaller agreements, on bioterrorism and on drug trafficking.')).toEqual(['partial']);
    // (a rank alone asserts nothing)
    expect(agreement('Smaller accords on space, health and the environment are also in preparation.')).toEqual([]);
  });
  it('reads positions that did not come closer as the shortfall beside what was agreed', () => {
    expect(agreement('The sides agreed to cooperate on nuclear materials. On the question of the ABM Treaty of 1972 the positions of the sides did not come closer.')).toEqual(['partial', 'partial']);
  });
  it('reads "the outcome was partial" as the report\'s verdict', () => {
    expect(agreement('Judged against what had been expected, though, the outcome was partial.')).toEqual(['partial']);
    expect(agreement('The result was a partial one at best.')).toEqual(['partial']);
    expect(agreement('The summit was at best a partial success.')).toEqual(['partial']);
    expect(agreement('The readout was a partial account of the talks.')).toEqual([]);
  });
  it('leaves what the two agreed at another gathering, dated so, to that gathering', () => {
    const text = 'ANALYSIS | November 22, 2001\n\nBarbecue diplomacy\n\nBush met Putin at his ranch last week. At the Group of Eight summit in Genoa on July 22 they agreed to discuss offensive and defensive weapons together.';
    const doc = segment({ id: 't', path: 't.txt', text });
    expect(outcomeExtractor.extract(doc).filter((c) => c.type === 'outcome.agreement')).toEqual([]);
  });
});

describe('outcome: round 18, a skill learned and a last face-to-face meeting', () => {
  it('does not take a skill for an outcome', () => {
    expect(values('"Our departments have learned to find compromises that are beneficial to both sides," Putin said.', 'outcome.agreement')).toEqual([]);
    expect(values('The two sides know how to reach agreements, Putin said.', 'outcome.agreement')).toEqual([]);
  });
  it('leaves what their last face-to-face meeting ended with to that meeting', () => {
    expect(values('Worth remembering: their last face-to-face meeting ran for about six hours and ended with a ceasefire for Idlib.', 'outcome.ceasefire')).toEqual([]);
  });
});

describe('outcome: round 19, what is inside a treaty and what is still to be done', () => {
  it('takes "Nothing in the treaty requires …" for what the treaty says, not for no treaty', () => {
    expect(agreement('Nothing in the treaty requires a single warhead to be destroyed.')).toEqual([]);
    expect(agreement('No one in the delegation expected a deal to be signed.')).not.toContain('no');
  });
  it('takes a treaty "to be" made for a plan, not an outcome', () => {
    expect(agreement('What the points contain, in brief:\n\n- relations to be settled by treaty, on the basis of equal rights\n- an exchange of envoys')).toEqual([]);
    expect(agreement('Bonn proposed that relations between the two states were to be settled by treaty.')).toEqual([]);
  });
});

describe('outcome: round 19, what an earlier meeting the sentence dates agreed', () => {
  const agreed = (text: string) =>
    outcomeExtractor
      .extract(segment({ id: 't', path: 't.txt', text }))
      .filter((c) => c.type === 'outcome.agreement')
      .map((c) => c.value);
  it('leaves an agreement of talks dated weeks before the report’s meeting to those talks', () => {
    const lead = 'Joe Biden and Xi Jinping held talks by video on Monday, Nov. 15, 2021. They reached no agreements. ';
    expect(agreed(lead + 'The virtual format was agreed in principle when Sullivan met Yang in Zurich on Oct. 6.')).toEqual(['no']);
    expect(agreed(lead + 'It had been prepared in talks between Yang Jiechi and U.S. National Security Adviser Jake Sullivan in Zurich on 6 October, at which the two sides agreed that the leaders would meet.')).toEqual(['no']);
  });
  it('but not what the meeting itself agreed, nor a day it agreed to meet again', () => {
    const lead = 'Joe Biden and Xi Jinping held talks by video on Monday, Nov. 15, 2021. ';
    expect(agreed(lead + 'At the meeting on Nov. 15 they agreed to resume talks on climate.')).toContain('yes');
    expect(agreed(lead + 'They agreed to hold another meeting on Dec. 20.')).not.toEqual([]);
  });
});
