import { describe, it, expect } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { pressExtractor } from '../../src/extract/press.js';
import type { Claim, ClaimType } from '../../src/types.js';

// Two principals named more often than anyone else, as in any summit report.
const LEAD =
  'U.S. President Joe Biden and Chinese President Xi Jinping met at a resort on Monday. Biden said the talks were candid. Xi said the two countries must coexist. ';

function extract(text: string, lead = LEAD): (Claim & { text: string })[] {
  const doc = segment({ id: 't', path: 't.txt', text: lead + text });
  return pressExtractor.extract(doc).map((c) => ({ ...c, text: doc.report.text.slice(c.span.start, c.span.end) }));
}

function values(text: string, type: ClaimType, lead?: string): unknown[] {
  return extract(text, lead)
    .filter((c) => c.type === type)
    .map((c) => c.value);
}

const conference = (t: string, lead?: string) => values(t, 'press.conference', lead);
const questions = (t: string, lead?: string) => values(t, 'press.questions', lead);

describe('press.conference', () => {
  it('reads a joint press conference as yes, in the outlet’s voice even when a speaker follows', () => {
    const claims = extract('Speaking at a joint press conference at the resort, Xi said the talks were useful.').filter((c) => c.type === 'press.conference');
    expect(claims.map((c) => [c.value, c.attribution])).toEqual([['yes', 'report']]);
    expect(conference('The leaders held a joint news conference.')).toEqual(['yes']);
    expect(conference('This was their first joint press appearance since 2017.')).toEqual(['yes']);
  });

  it('reads facing the media together as yes', () => {
    expect(conference('The two leaders faced the media together for twelve minutes.')).toEqual(['yes']);
    expect(conference('Afterwards the two men stood side by side before reporters.')).toEqual(['yes']);
    expect(conference('Biden and Xi spoke to reporters after the meeting.')).toEqual(['yes']);
  });

  it('reads a missing or negated joint appearance as no', () => {
    expect(conference('There was no joint press conference.')).toEqual(['no']);
    expect(conference('The two men did not appear together before reporters.')).toEqual(['no']);
    expect(conference('The summit ended without a joint appearance.')).toEqual(['no']);
    expect(conference('Xi did not appear before the press.')).toEqual(['no']);
  });

  it('reads one leader’s own press conference as no joint appearance', () => {
    expect(conference('Biden held a news conference on his own at his hotel.')).toEqual(['no']);
    expect(conference('Afterwards Biden held a solo presser.')).toEqual(['no']);
    expect(conference('Xi held no news conference of his own.')).toEqual(['no']);
    expect(conference('Biden walked into a ballroom to face reporters alone.')).toEqual(['no']);
  });

  it('reads separate news conferences as no joint appearance', () => {
    expect(conference('Biden and Xi held separate news conferences.')).toEqual(['no']);
    expect(conference('Xi went first, holding a solo news conference.')).toEqual(['no']);
  });

  it('reads a cancelled or skipped press conference as no', () => {
    expect(conference('Contrary to expectations, there was no joint press conference.')).toEqual(['no']);
    expect(conference('The leaders skipped the planned press conference.')).toEqual(['no']);
    expect(conference('The joint press conference was cancelled at the last minute.')).toEqual(['no']);
    expect(conference('There was no press conference after the talks.')).toEqual(['no']);
  });

  it('reads a press conference the two hold, or appear together at, as yes', () => {
    expect(conference('The two leaders held a news conference together.')).toEqual(['yes']);
    expect(conference('Biden and Xi appeared together at a news conference aboard the ship.')).toEqual(['yes']);
    expect(conference('In a brief appearance before reporters, the two leaders thanked their hosts.')).toEqual(['yes']);
    expect(conference('After the talks, both leaders spoke briefly to reporters.')).toEqual(['yes']);
  });

  it('puts a leader’s lone appearance in the outlet’s voice, not the leader’s', () => {
    const claims = extract('Biden later spoke to reporters alone.').filter((c) => c.type === 'press.conference');
    expect(claims.map((c) => [c.value, c.attribution])).toEqual([['no', 'report']]);
  });

  it('does not let a comparison with another summit speak for this one', () => {
    const claims = extract(
      'Unlike the 2021 summit in Geneva, which ended without a joint appearance, the two leaders faced the media together.',
    ).filter((c) => c.type === 'press.conference');
    expect(claims.map((c) => [c.value, c.text])).toEqual([['yes', 'faced the media together']]);
    expect(conference('At their 2017 summit the two leaders held a joint press conference.')).toEqual([]);
    expect(conference('The last time the two leaders met, in Florida, they held a joint press conference.')).toEqual([]);
    expect(conference('In contrast to Florida, where they held a joint news conference, the leaders left separately.')).toEqual([]);
  });

  it('stays silent on someone else’s briefing, a plan, or a press conference nobody holds', () => {
    expect(conference('The Chinese foreign ministry spokesman told a news conference in Beijing that the talks went well.')).toEqual([]);
    expect(conference('A joint press conference is planned for the afternoon.')).toEqual([]);
    expect(conference('The leaders will hold a joint news conference at the next summit.')).toEqual([]);
    expect(conference('The press conference lasted twelve minutes.')).toEqual([]);
  });
});

describe('press.conference: statements, lecterns and solo conferences', () => {
  it('reads both principals making statements before the press as a joint appearance', () => {
    expect(conference('Both leaders read statements in front of several hundred journalists but took no questions.')).toEqual(['yes']);
    expect(conference('At the media centre, Joe Biden and Xi Jinping made statements on the results of the talks.')).toEqual(['yes']);
    expect(conference('The two men delivered brief remarks, then left without taking questions.')).toEqual(['yes']);
  });

  it('does not read statements without the press, or one leader’s, as a joint appearance', () => {
    expect(conference('Both leaders made statements on Taiwan during the talks.')).toEqual([]);
    expect(conference('Biden read a statement to reporters.')).toEqual([]);
    expect(conference('Both leaders had hoped to make statements to reporters.')).toEqual([]);
  });

  it('reads two lecterns as two leaders side by side, one lectern as nothing', () => {
    expect(conference('The two men then stood at lecterns in the garden.')).toEqual(['yes']);
    expect(conference('A joint announcement followed at two lecterns on the lawn.')).toEqual(['yes']);
    expect(conference('Biden stood at the lectern.')).toEqual([]);
    expect(conference('The two leaders never stood at their lecterns.')).toEqual(['no']);
  });

  it('puts a time clause after a citation in the outlet’s voice', () => {
    const claims = extract('“We are neighbours,” Biden said as the two stood at lecterns.').filter((c) => c.type === 'press.conference');
    expect(claims.map((c) => [c.value, c.attribution])).toEqual([['yes', 'report']]);
  });

  it('reads a joint announcement before reporters as a joint appearance', () => {
    expect(conference('The pact was made public at a joint announcement before reporters from both countries.')).toEqual(['yes']);
  });

  it('lets a joint appearance outweigh one leader’s own news conference', () => {
    expect(conference('Later Xi held a news conference of his own.')).toEqual(['no']);
    expect(conference('Biden and Xi read brief statements to the press together. Later Xi held a news conference of his own.')).toEqual(['yes']);
  });
});

describe('press.questions: the wires’ “Asked whether …, X said”', () => {
  it('reads a principal answering just after a press occasion as questions taken', () => {
    expect(questions('Biden held a news conference on the lawn. Asked whether he trusted Xi, Biden said he did.')).toEqual(['yes']);
    expect(questions('Asked by a reporter about export controls, Xi said they hurt both sides.')).toEqual(['yes']);
  });

  it('stays silent with no press in sight, an interview, or someone else answering', () => {
    expect(questions('Asked whether he trusted Xi, Biden said he did.')).toEqual([]);
    expect(questions('Biden held a news conference. Asked in an interview whether he trusted Xi, Biden said he did.')).toEqual([]);
    expect(questions('Biden held a news conference. Asked about the talks, Foreign Minister Wang Yi said they were useful.')).toEqual([]);
  });
});

describe('press.questions', () => {
  it('reads refusals to take questions as no', () => {
    expect(questions('The leaders took no questions.')).toEqual(['no']);
    expect(questions('Both leaders declined to take questions from the hundreds of reporters present.')).toEqual(['no']);
    expect(questions('The leaders did not take questions.')).toEqual(['no']);
    expect(questions('Neither man took a single question.')).toEqual(['no']);
    expect(questions('They left the stage without answering questions.')).toEqual(['no']);
    expect(questions('Both men ignored shouted questions.')).toEqual(['no']);
  });

  it('reads questions not allowed or not taken as no', () => {
    expect(questions('The press were not allowed to ask questions.')).toEqual(['no']);
    expect(questions('Questions were not taken.')).toEqual(['no']);
    expect(questions('The leaders did not respond to shouted questions.')).toEqual(['no']);
    expect(questions('There was no Q&A.')).toEqual(['no']);
  });

  it('reads questions taken as yes', () => {
    expect(questions('Journalists were allowed to ask two questions per delegation.')).toEqual(['yes']);
    expect(questions('The press conference lasted 45 minutes, with each leader taking questions.')).toEqual(['yes']);
    expect(questions('Each leader answered two questions from each side.')).toEqual(['yes']);
    expect(questions('Biden took questions from reporters for an hour.')).toEqual(['yes']);
    expect(questions('Biden fielded questions for over an hour.')).toEqual(['yes']);
    expect(questions('He stayed at the lectern for an hour, taking question after question.')).toEqual(['yes']);
  });

  it('takes one leader declining questions for no answer when the other took them', () => {
    expect(questions('Xi took no questions, while Biden took questions from reporters on his own.')).toEqual(['yes']);
    expect(questions('Biden took questions at a solo news conference; the Chinese leader did not take questions.')).toEqual(['yes']);
    expect(questions('Xi took no questions.')).toEqual(['no']);
    // his own questions at the hotel are another occasion: the pair's "no" is the summit's answer
    expect(questions('The two leaders took no questions at the summit. Biden took questions from reporters at the hotel.')).toEqual(['no']);
  });

  it('reads a list under one negation, and the outlet’s voice', () => {
    const claims = extract('They offered no ceasefire, no specifics and took no press questions.').filter((c) => c.type === 'press.questions');
    expect(claims.map((c) => [c.value, c.attribution, c.text])).toEqual([['no', 'report', 'no press questions']]);
  });

  it('stays silent on questions that are not the press’s, or not taken yet', () => {
    expect(questions('The decision raised questions about verification.')).toEqual([]);
    expect(questions('The leaders are expected to take questions after the talks.')).toEqual([]);
    expect(questions('Biden later took questions from reporters aboard Air Force One.')).toEqual([]);
    expect(questions('Xi, who took questions for hours at his annual news conference, was relaxed.')).toEqual([]);
    expect(questions('The White House spokesman took questions from reporters.')).toEqual([]);
    expect(questions('Xi answered questions about Taiwan.')).toEqual([]);
    expect(questions('He said the deal was done, no questions asked.')).toEqual([]);
  });
});

describe('press: one leader’s press conference, prepared statements, questions after the occasion', () => {
  it('stays silent on one leader holding a press conference nobody calls his own', () => {
    expect(conference('In the evening Xi held a news conference for foreign correspondents.')).toEqual([]);
    expect(conference('Biden gave a press conference at the embassy.')).toEqual([]);
    // his own, alone, solo: then there was no joint one
    expect(conference('In the evening Xi held a news conference of his own.')).toEqual(['no']);
    expect(conference('Biden gave a solo press conference at the embassy.')).toEqual(['no']);
  });

  it('reads questions refused after prepared statements as no: "prepared" is no plan', () => {
    expect(questions('Both leaders delivered prepared remarks and took no questions from the press.')).toEqual(['no']);
    expect(questions('Biden and Xi read out prepared texts but did not take questions.')).toEqual(['no']);
    // prepared to take questions is still a readiness, not a fact
    expect(questions('Biden said he was prepared to take no questions at all.')).toEqual([]);
  });

  it('reads questions answered right after a press occasion as taken', () => {
    expect(questions('Xi then held a news conference for the foreign press. He answered many questions about trade.')).toEqual(['yes']);
    // without the occasion just before, answering questions is no sign of the press
    expect(questions('Xi spoke about trade at length. He answered many questions about trade.')).toEqual([]);
    expect(questions('Xi then held a news conference for the foreign press. The talks were long. The officials went home. He answered many questions about trade.')).toEqual([]);
  });
});

describe('press kinds', () => {
  it('compares yes and no as a conflict and shows the bare value', () => {
    const kind = pressExtractor.kinds.find((k) => k.type === 'press.questions')!;
    expect(kind.relate('no', 'no')).toBe('same');
    expect(kind.relate('yes', 'no')).toBe('conflict');
    expect(kind.display('yes')).toBe('yes');
  });
});

describe('press.conference: cancelled ones and briefing labels', () => {
  it('reads a cancellation across a place, a planner or a relative clause', () => {
    expect(conference('A joint press conference the two leaders had planned for noon was called off.')).toEqual(['no']);
    expect(conference('The joint news conference in the Rose Garden was scrapped.')).toEqual(['no']);
    expect(conference('The joint press conference of the presidents, which had been scheduled after lunch, did not take place.')).toEqual(['no']);
    expect(conference('The joint press conference was postponed.')).toEqual(['no']);
  });
  it('reads a slot for a press conference as a plan, not the event', () => {
    expect(conference('The slot for the joint press conference came and went.')).toEqual([]);
    expect(conference('The schedule for the joint news conference slipped.')).toEqual([]);
  });
  it('reads a label’s value', () => {
    expect(conference('\n- **Joint presser:** none.')).toEqual(['no']);
    expect(conference('\n- Press conference: cancelled.')).toEqual(['no']);
    expect(conference('\n- **Joint news conference:** held, 40 minutes.')).toEqual(['yes']);
    expect(questions('\n- **Questions:** none taken.')).toEqual(['no']);
  });
  it('says nothing for a label that heads a section', () => {
    expect(conference('\n- **Press conference:** what to watch.')).toEqual([]);
  });
});

describe('press.questions: a reporter asking, in any word order', () => {
  it('reads "asked / pressed by a reporter" after a lead word, and an outlet-named asker', () => {
    expect(questions('Later, asked by a Japanese reporter whether the tariffs would stay, Biden said they would.')).toEqual(['yes']);
    expect(questions('Pressed by a correspondent, Xi repeated his warning.')).toEqual(['yes']);
    expect(questions('Questioned by several foreign journalists about Taiwan, Biden declined to elaborate.')).toEqual(['yes']);
    expect(questions('Asked by an American reporter if he trusted Xi, Biden smiled.')).toEqual(['yes']);
  });
  it('does not take a counterpart pressing a leader for the press', () => {
    expect(questions('Pressed on export controls, Xi said little.')).toEqual([]);
  });
  it('reads a reporter asking a principal as a question taken', () => {
    expect(questions('A reporter asked him, bluntly, whether the talks had failed.')).toEqual(['yes']);
    expect(questions('Reporters asked Xi about Taiwan as he left the room.')).toEqual(['yes']);
    expect(questions('One British journalist pressed Biden on fentanyl.')).toEqual(['yes']);
  });
  it('does not read a reporter who asked nobody, someone else, or another time', () => {
    expect(questions('No reporter asked Biden about it.')).toEqual([]);
    expect(questions('Reporters asked Sullivan about the readout.')).toEqual([]);
    expect(questions('In 2017 a reporter asked Xi about the same thing.')).toEqual([]);
  });
  it('reads questions about someone else left unanswered as none taken', () => {
    expect(questions('Shouted questions about Trump went unanswered.')).toEqual(['no']);
    expect(questions('Questions from the pool about Putin remained unanswered.')).toEqual(['no']);
  });
});

describe('press.conference: walking out to face the press', () => {
  it('reads both leaders coming out to face the cameras as a joint appearance', () => {
    expect(conference('When they came out to face the cameras, Biden was effusive.')).toEqual(['yes']);
    expect(conference('Biden and Xi walked out together to face reporters.')).toEqual(['yes']);
    expect(conference('The two leaders then stepped out to address the media.')).toEqual(['yes']);
  });
  it('reads one leader facing the cameras alone as no joint appearance', () => {
    expect(conference('Biden came out to face the cameras alone.')).toEqual(['no']);
  });
});

describe('press: round 4, the idea rather than the phrase', () => {
  it('reads both heads of state, premiers or statesmen making statements before the press as a joint appearance', () => {
    expect(conference('After the talks, both heads of state made statements before the national and foreign press.')).toEqual(['yes']);
    expect(conference('The two premiers made brief statements to reporters.')).toEqual(['yes']);
    expect(conference('Both statesmen read statements to the assembled journalists.')).toEqual(['yes']);
    expect(conference('Both delegations made statements before the press.')).toEqual([]);
  });
  it('keeps the subject across a joined predicate: "emerged … and made statements"', () => {
    expect(conference('The two men emerged from the house and made brief statements to reporters.')).toEqual(['yes']);
    expect(conference('Biden and Xi walked to the garden and spoke to the press.')).toEqual(['yes']);
    expect(conference('The two men met for an hour and he then spoke to reporters.')).toEqual([]);
  });
  it('reads questions taken side by side or together as a joint appearance', () => {
    expect(conference('They then took the rare step of answering reporters’ questions side by side.')).toEqual(['yes']);
    expect(conference('Biden and Xi fielded questions together for half an hour.')).toEqual(['yes']);
    expect(conference('The two took questions from the press jointly.')).toEqual(['yes']);
    // (one leader taking questions alone says nothing of a joint appearance)
    expect(conference('Biden took questions from reporters alone.')).toEqual([]);
  });
  it('knows the older wires’ newsmen and newspapermen', () => {
    expect(conference('Biden and Xi later spoke briefly to newsmen on the lawn.')).toEqual(['yes']);
    expect(questions('Xi answered questions from newsmen for forty minutes.')).toEqual(['yes']);
    expect(questions('A newspaperman asked Biden whether the talks had helped.')).toEqual(['yes']);
  });
  it('gives a prime minister who is a principal his questions, but not an aide at the prime minister’s office', () => {
    const lead = 'Japanese Prime Minister Kenji Sato and Chinese President Xi Jinping met in Tokyo on Friday. Sato said the talks were frank. Xi said ties must improve. ';
    expect(questions('Prime Minister Sato took questions from reporters after the talks.', lead)).toEqual(['yes']);
    expect(questions('At a news conference at the prime minister’s office, where the two leaders took questions from journalists, Xi spoke of trade.', lead)).toEqual(['yes']);
    expect(questions('The foreign minister took questions from reporters.', lead)).toEqual([]);
  });
  it('does not give the principals a joint news conference one of them held with someone else', () => {
    expect(conference('Earlier, Biden and South Korean President Yoon Suk Yeol took questions at their joint news conference in Seoul.')).toEqual([]);
    expect(conference('Biden and Xi took questions at their joint news conference.')).toEqual(['yes']);
  });
  it('reads a joint press statement issued as a text, not as an appearance; one made before the press is one', () => {
    expect(conference('In the end the governments put out a short joint press statement on fishing.')).toEqual([]);
    expect(conference('- A joint press statement on energy, plus business deals.')).toEqual([]);
    expect(conference('The two leaders then made joint press statements.')).toEqual(['yes']);
  });
  it('stays silent on a Background section of a liveblog', () => {
    const doc = segment({ id: 't', path: 't.md', text: LEAD + '\n\n## Background\n\n- **Bali, 2022:** joint press conference, questions taken.\n' });
    expect(pressExtractor.extract(doc)).toEqual([]);
  });
});

describe('press.conference: the two by their titles, a crowd of reporters, telling them', () => {
  it('reads the pair by titles, a walk across a place, and a crowd of reporters', () => {
    expect(conference('The President and the Premier came out on the porch to speak to reporters.')).toEqual(['yes']);
    expect(conference('After the meeting the two men addressed a crowd of reporters outside the house.')).toEqual(['yes']);
    expect(conference('The president and his Chinese guest spoke briefly to the waiting press.')).toEqual(['yes']);
    expect(conference('Biden and Xi later told reporters that they would meet again.')).toEqual(['yes']);
  });
  it('does not read one leader telling, or not telling, reporters something as an appearance', () => {
    expect(conference('Biden told reporters the talks were good.')).toEqual([]);
    expect(conference('Biden did not tell reporters what was discussed.')).toEqual([]);
  });
});

describe('press: round 6, general gaps', () => {
  it('reads a denied subject or a negation over "or" as no', () => {
    expect(questions('Neither of them took questions.')).toEqual(['no']);
    expect(conference('Neither Biden nor Xi held a news conference.')).toEqual(['no']);
    expect(questions('The two leaders did not appear before the cameras or take questions.')).toEqual(['no']);
    expect(questions('Both of them took questions.')).toEqual(['yes']);
  });

  it('reads a joint news conference scheduled and then called off as no', () => {
    expect(conference('The joint news conference, scheduled for 3 pm, has been called off.')).toEqual(['no']);
    expect(conference('The joint press conference in the garden, planned for noon, was scrapped.')).toEqual(['no']);
    expect(conference('The joint press conference, held in the garden, ran long.')).toEqual(['yes']);
  });

  it('reads one principal speaking with the other at his side as a joint appearance', () => {
    expect(conference('Biden read a short statement with Xi at his side.')).toEqual(['yes']);
    expect(conference('Xi, flanked by Biden, announced the agreement.')).toEqual(['yes']);
    expect(conference('Biden spoke standing beside Xi in the garden.')).toEqual(['yes']);
    // an aide at his side is no joint appearance; nor is a dinner
    expect(conference('Biden read a statement with Sullivan at his side.')).toEqual([]);
    expect(conference('Biden dined with Xi at his side.')).toEqual([]);
  });

  it('reads a principal announcing alone before the press as no joint appearance', () => {
    expect(conference('Biden announced the outcome alone in the briefing room.')).toEqual(['no']);
    expect(conference('Xi spoke to the cameras on his own.')).toEqual(['no']);
    expect(conference('Biden spent the evening alone.')).toEqual([]);
  });

  it('reads the pair side by side taking questions as a joint appearance', () => {
    expect(conference('Biden and Xi stood side by side and took questions from reporters.')).toEqual(['yes']);
    expect(conference('The two leaders appeared together and answered questions from journalists.')).toEqual(['yes']);
    expect(conference('Biden took questions from reporters.')).toEqual([]);
  });

  it('hears questions from the press, however they are put', () => {
    expect(questions('In response to a question from a reporter, Biden said the talks were useful.')).toEqual(['yes']);
    expect(questions('The news conference ended after 50 minutes of questions.')).toEqual(['yes']);
    expect(questions('The press conference included questions from both delegations.')).toEqual(['yes']);
    expect(questions('Both leaders faced questions from the press.')).toEqual(['yes']);
    expect(questions('Xi answered a question from a state television reporter.')).toEqual(['yes']);
    expect(questions('Biden was asked by a reporter about the balloon and laughed.')).toEqual(['yes']);
    expect(questions('When a reporter asked whether he trusted Xi, Biden said he did.')).toEqual(['yes']);
    // deferred, denied, or an aide answering: no yes
    expect(questions('Biden was expected to take questions from reporters.')).toEqual([]);
    expect(questions('Biden ignored questions from reporters.')).toEqual(['no']);
    expect(questions('When a reporter asked whether the aide would resign, Sullivan said no.')).toEqual([]);
  });
});

describe('press: round 7, the questions in other outlets’ words', () => {
  const HELD = 'Biden and Xi held a joint news conference at the resort. ';

  it('reads queries, question sessions and the floor opened as questions taken', () => {
    expect(questions(HELD + 'Both men fielded a handful of queries from the press.')).toEqual(['yes']);
    expect(questions(HELD + 'The question period was cut short after twenty minutes.')).toEqual(['yes']);
    expect(questions(HELD + 'The moderator then opened the floor to questions.')).toEqual(['yes']);
    expect(questions(HELD + 'Each leader called on two reporters from his own country.')).toEqual(['yes']);
    expect(questions(HELD + 'Four questions were allowed per side.')).toEqual(['yes']);
    expect(questions(HELD + 'The floor was not opened to questions.')).toEqual(['no']);
    // the queries of a government are no reporters' questions
    expect(questions('Xi said Beijing had queries about the export rules.')).toEqual([]);
  });

  it('reads reporters asking in their own verbs, and the principals questioned by them', () => {
    expect(questions(HELD + 'Reporters from both countries quizzed the leaders on trade.')).toEqual(['yes']);
    expect(questions(HELD + 'Journalists put sharp questions to the two presidents about Taiwan.')).toEqual(['yes']);
    expect(questions(HELD + 'The presidents were questioned by reporters about fentanyl.')).toEqual(['yes']);
    expect(questions(HELD + 'No reporter questioned the leaders about Taiwan.')).toEqual([]);
  });

  it('reads an answer opened by its asker as a question taken', () => {
    expect(questions(HELD + 'Responding to a Chinese journalist, Xi said the door was open.')).toEqual(['yes']);
    expect(questions(HELD + "Replying to a reporter's question about chips, Biden said nothing had changed.")).toEqual(['yes']);
    expect(questions(HELD + 'In response to a question from a correspondent, Biden smiled.')).toEqual(['yes']);
    // a reply to a counterpart is no press question
    expect(questions('Responding to Xi, Biden said the two countries must talk.')).toEqual([]);
  });

  it('reads questions the principals left unanswered as none taken', () => {
    expect(questions('Both men went before the cameras while reporters shouted questions they did not answer.')).toEqual(['no']);
    expect(questions(HELD + 'Reporters called out questions that both leaders ignored.')).toEqual(['no']);
    expect(conference('Both men went before the cameras in the garden.')).toEqual(['yes']);
  });

  it('reads a pair standing together before answering the press as their joint appearance', () => {
    expect(conference("Standing side by side in the hall, Biden and Xi answered reporters' queries for half an hour.")).toEqual(['yes']);
    expect(conference('Biden and Xi stepped up to two podiums and spoke for ten minutes.')).toEqual(['yes']);
    expect(conference('Standing side by side in the hall, Biden and Xi listened to the anthems.')).toEqual([]);
    // (a pair of names, not any two nouns)
    expect(conference("Standing side by side in the hall, aides and officials answered reporters' queries for half an hour.")).toEqual([]);
  });

  it('keeps what one clause says of the summit when the next moves to another occasion', () => {
    expect(conference('The two did not hold a joint news conference, but Biden spoke with reporters on Air Force One on the way home.')).toEqual(['no']);
    expect(questions('There was no joint news conference; Biden took questions on the flight home.')).toEqual([]);
    expect(conference('Biden spoke with reporters aboard Air Force One.')).toEqual([]);
  });
});

describe('press: round 7, the principals by any name', () => {
  it('reads a party leader titled general secretary as a principal, not an official', () => {
    const lead = 'General Secretary Mikhail Gorbachev and President Ronald Reagan met in Geneva. Gorbachev spoke first. Reagan replied. ';
    expect(questions('General Secretary Gorbachev and President Reagan took questions from reporters.', lead)).toEqual(['yes']);
    expect(questions('Secretary of State George Shultz took questions from reporters.', lead)).toEqual([]);
  });

  it('reads both principals named in the subject as the pair, whatever their names are made of', () => {
    const lead = 'Recep Tayyip Erdoğan and Vladimir Putin met in Sochi. Erdoğan spoke of grain. Putin spoke of gas. ';
    expect(conference('Erdoğan and Putin then held a press conference.', lead)).toEqual(['yes']);
    expect(conference('Speaking to reporters alongside Erdoğan, Putin said the talks were useful.', lead)).toEqual(['yes']);
    expect(conference('Putin met Erdoğan and later held a press conference with him.', lead)).toEqual(['yes']);
    expect(conference('Putin held a press conference.', lead)).toEqual([]);
  });

  it('reads the press conference of the day, named by its place after the talks, as the summit’s', () => {
    expect(conference('The press conference after the talks ran for an hour.')).toEqual(['yes']);
    expect(conference("Biden's press conference after the talks ran for an hour.")).toEqual(['no']);
    expect(conference('A press conference is planned after the talks.')).toEqual([]);
  });

  it('reads a principal asked, just after a press occasion, as a question taken', () => {
    expect(questions('The two leaders held a news conference. Xi was asked about Taiwan and said nothing had changed.')).toEqual(['yes']);
    expect(questions('Xi was asked about Taiwan by Biden over dinner.')).toEqual([]);
    expect(questions('The two leaders held a news conference. Nobody was asked about Taiwan.')).toEqual([]);
  });

  it('reads a correspondent’s own asking, separate briefings, and the press led out before questions', () => {
    expect(questions('When I asked President Xi at the news conference whether he trusted Biden, he smiled.')).toEqual(['yes']);
    expect(conference('Biden and Xi briefed reporters separately.')).toEqual(['no']);
    expect(questions('Biden and Xi held a joint press conference. Reporters were ushered out before any questions could be asked.')).toEqual(['no']);
    expect(questions('Biden and Xi held a joint press conference. There was no opportunity for questions.')).toEqual(['no']);
    expect(conference('The two heads of state made press statements and answered questions from the media.')).toEqual(['yes']);
    expect(conference('Biden and Xi appeared together briefly before the media.')).toEqual(['yes']);
  });
});

describe('press: round 7, who the principals are', () => {
  it('takes the leaders before an official the report names as often', () => {
    const lead = 'U.S. President Joe Biden and Chinese President Xi Jinping met at a resort. Secretary of State Antony Blinken briefed reporters. Blinken said the talks were candid. ';
    expect(questions('Xi took questions from reporters.', lead)).toEqual(['yes']);
    expect(conference('Biden and Xi then held a press conference.', lead)).toEqual(['yes']);
  });

  it('takes the one named in a pair with the first as the other principal', () => {
    const lead = 'Richard Nixon spent a week in China. Henry Kissinger and Qiao Guanhua argued over the text while Zhou Enlai read the drafts. Kissinger briefed the press. ';
    expect(conference('Neither Nixon nor Zhou held a news conference.', lead)).toEqual(['no']);
  });
});

describe('press: round 7, the Q&A in transcripts, liveblogs and wires', () => {
  it('reads the Q&A by its other spellings and the first question given out', () => {
    expect(questions('In the Q-and-A that followed, Biden defended the meeting.')).toEqual(['yes']);
    expect(questions('During the Q and A, Xi said little.')).toEqual(['yes']);
    expect(questions('Biden and Xi faced the press, and the first question went to a Chinese reporter.')).toEqual(['yes']);
    expect(questions('The first question is whether the truce holds.')).toEqual([]);
  });

  it('reads a principal grilled or asked at a press occasion as a question taken, not one pressed by the other', () => {
    expect(questions('The two leaders then faced the media; Biden was grilled over chips.')).toEqual(['yes']);
    expect(questions('Biden and Xi appeared at a news conference, where Xi smiled when asked about Taiwan.')).toEqual(['yes']);
    expect(questions('The two leaders then faced the media. Xi was pressed on fentanyl by Biden.')).toEqual([]);
    expect(questions('Xi smiled when asked about Taiwan at dinner.')).toEqual([]);
  });

  it('reads a transcript’s question line as a question taken', () => {
    expect(questions('Biden and Xi spoke.\nQ: Mr. President, do you trust him?\nBIDEN: I do.')).toEqual(['yes']);
    expect(questions('He said: Q: is not a letter he likes.')).toEqual([]);
  });

  it('reads the world’s press as the press', () => {
    expect(conference('The two leaders then faced the world’s press for an hour.')).toEqual(['yes']);
  });
});

describe('press: round p8, "either" under a negation', () => {
  it('reads "without either leader taking questions" as no questions', () => {
    expect(questions('Reporters were ushered out without either leader taking questions.')).toEqual(['no']);
    expect(questions('The cameras were led away without any of the leaders answering questions.')).toEqual(['no']);
    expect(questions('The session closed without either president fielding questions from the floor.')).toEqual(['no']);
    // "either" with no negation denies nothing
    expect(questions('Either leader took questions from reporters at the end.')).not.toContain('no');
  });
});

describe('press: round p8, the other leader at the speaker’s side by title', () => {
  it('reads a principal before the press with the other "at his side" as a joint appearance', () => {
    expect(conference('“We made progress,” Biden told reporters afterwards, his guest at his side.')).toEqual(['yes']);
    expect(conference('Biden spoke to the press in the courtyard, the Chinese president by his side.')).toEqual(['yes']);
    expect(conference('Biden addressed journalists on the steps with his counterpart at his side.')).toEqual(['yes']);
    // an aide at his side, or no press, is no joint appearance
    expect(conference('Biden told reporters the talks went well, his national security adviser at his side.')).toEqual([]);
    expect(conference('Biden walked through the garden, his guest at his side.')).toEqual([]);
  });
});

describe('press: round p9, the subject behind an aside', () => {
  it('keeps the pair as subject across a participle or apposition between commas', () => {
    expect(conference('The two men, seated in leather chairs beneath the flags, made brief statements for the cameras.')).toEqual(['yes']);
    expect(conference('Biden and Xi, both visibly tired, read short statements to the press.')).toEqual(['yes']);
    expect(conference('The leaders, flanked by their interpreters, spoke to reporters for a few minutes.')).toEqual(['yes']);
    expect(conference('The top leaders then met the press and delivered statements on the talks.')).toEqual(['yes']);
    // officials with an aside are still officials
    expect(conference('The foreign ministers, seated with their deputies, made statements to the press.')).toEqual([]);
  });
});

describe('press: round p9, what happened after the plan', () => {
  it('reads "none was held" after a planned or expected joint appearance as no', () => {
    expect(conference('No joint news conference had been scheduled, and none was held.')).toEqual(['no']);
    expect(conference('A joint press appearance had been expected, but none took place.')).toEqual(['no']);
    expect(conference('A joint press conference was pencilled in, but none materialised.')).toEqual(['no']);
    // "none of" is about something else
    expect(conference('The two held a joint news conference, and there was none of the usual sniping.')).toEqual(['yes']);
    // a plan alone tells nothing
    expect(conference('A joint press conference is planned for Tuesday.')).toEqual([]);
  });
});

describe('press: round p9, questions given to the press', () => {
  it('reads the press getting a number of questions as questions taken', () => {
    expect(questions('At the joint press conference, each delegation’s reporters get two questions.')).toEqual(['yes']);
    expect(questions('The travelling press got three questions at the joint news conference.')).toEqual(['yes']);
    expect(questions('Reporters from each side got one question apiece at the press conference.')).toEqual(['yes']);
    expect(questions('The journalists got no questions in before the leaders left.')).toEqual(['no']);
  });
});

describe('press: round p9, one leader’s own Q&A after a joint appearance without one', () => {
  it('lets the pair’s "no questions" stand over questions at one leader’s own news conference', () => {
    expect(questions('Neither leader took questions during the appearance. Biden then went to a news conference of his own, where he fielded questions from reporters.')).toEqual(['no']);
    expect(questions('The two men took no questions. Later, at his own closing news conference, Biden answered questions from reporters for an hour.')).toEqual(['no']);
    expect(questions('Neither took questions during the appearance. Later, Biden held a news conference of his own. Asked about Taiwan, he said little.')).toEqual(['no']);
    // with no word on the joint appearance, his questions are all the report says
    expect(questions('Biden answered questions from reporters after the talks.')).toEqual(['yes']);
    // a question at the joint one still counts
    expect(questions('Biden and Xi held a joint news conference. Asked about Taiwan, Biden said little.')).toEqual(['yes']);
  });
});

describe('press: round p9, the press shown out before it could ask, and "meet the press"', () => {
  it('reads reporters led out before they could ask as no questions', () => {
    expect(questions('Journalists were ushered out before they could ask anything.')).toEqual(['no']);
    expect(questions('Reporters were escorted out before anyone could shout a question.')).toEqual(['no']);
    expect(questions('The press pool was hustled out before reporters were able to put a question.')).toEqual(['no']);
    // the aides' own asking is no press question
    expect(questions('Aides were led out before they could ask for more time.')).toEqual([]);
  });
  it('reads the pair meeting the press together', () => {
    expect(conference('The two leaders did not meet the press together.')).toEqual(['no']);
    expect(conference('Afterwards Biden and Xi met the press together in the garden.')).toEqual(['yes']);
    expect(conference('The two leaders will meet the press together on Friday.')).toEqual([]);
  });
});

describe('press: round p9, questions counted in pairs and dozens', () => {
  it('reads a counted number of questions answered as taken', () => {
    expect(questions('Each president answered a pair of questions.')).toEqual(['yes']);
    expect(questions('Between them the two leaders answered a dozen questions.')).toEqual(['yes']);
    expect(questions('Biden answered dozens of questions over the hour.')).toEqual(['yes']);
    // uncounted questions answered, with no press in sight, say nothing
    expect(questions('Biden answered questions about the budget.')).toEqual([]);
  });
});

// Invented passages, one fact stated the many ways outlets state it, and the traps around it
// (plans, cancelled events, other days and people, questions shouted but not answered).
describe('paraphrase battery', () => {
  describe('press.conference', () => {
    it.each([
      ['The two presidents then held a joint news conference.', ['yes']],
      ['At a brief joint appearance before the cameras, Xi spoke of cooperation.', ['yes']],
      ['Biden and Xi later addressed reporters together in the garden.', ['yes']],
      ['A joint press availability followed the talks.', ['yes']],
      ['The leaders spoke to reporters separately after the meeting.', ['no']],
      ['There was no joint press availability.', ['no']],
      ['Biden held a solo news conference; Xi did not meet the press.', ['no']],
      ['A planned joint press conference was cancelled at the last minute.', ['no']],
      ['The two presidents did not hold a joint press conference, as had been customary.', ['no']],
      ['Biden and Xi appeared jointly before the press for a few minutes but took no questions.', ['yes']],
      ['The leaders held separate news conferences.', ['no']],
      ['Neither leader faced the media after the talks.', ['no']],
      ['Instead of the joint press conference both sides had announced, each leader briefed his own press corps.', ['no']],
      ['Biden and Xi gave a joint press conference lasting half an hour.', ['yes']],
      ['The two heads of state jointly met the press after the talks.', ['yes']],
      ['Following the talks, Biden and Xi made statements to the press together but took no questions.', ['yes']],
      ['The leaders did not face reporters together.', ['no']],
      ['Biden briefed reporters on his own later in the evening; Xi did not appear.', ['no']],
      ['No joint news conference was held.', ['no']],
      ['The customary joint press conference was not held.', ['no']],
      ['The two leaders skipped the joint news conference that had been planned.', ['no']],
      ['Biden and Xi delivered joint press statements after the talks.', ['yes']],
      ['The presidents then addressed a joint media briefing.', ['yes']],
      ['Xi and Biden appeared before reporters for a brief joint press availability.', ['yes']],
      ['After the talks each leader spoke to his own press corps.', ['no']],
      ['Biden and Xi held a news conference together.', ['yes']],
      ['The leaders delivered brief remarks side by side but did not take questions.', ['yes']],
      ['Xi did not take part in the news conference that Biden held afterwards.', ['no']],
      ['Biden and Xi each held a separate news conference.', ['no']],
      ['Joint press conference: yes, 40 minutes', ['yes']],
      ['Biden and Xi did not hold a press conference.', ['no']],
      ['There was no press conference after the meeting.', ['no']],
      ['The leaders gave a press conference at the end of the day.', ['yes']],
      ['The two presidents fielded questions jointly.', ['yes']],
      ['No press conference followed the talks.', ['no']],
      ['The joint press conference was called off.', ['no']],
      ['Biden and Xi later appeared together before journalists.', ['yes']],
      ['The two heads of state addressed the press jointly in the Great Hall.', ['yes']],
      ['The joint press conference lasted just 12 minutes.', ['yes']],
      ['There was no joint appearance before the cameras.', ['no']],
      ['The presidents went their separate ways without speaking to the press.', ['no']],
      ['In 2017 the two held a joint press conference; this time there was none.', ['no']],
      ['Unlike their meeting in Bali, the Woodside talks ended with a joint news conference.', ['yes']],
      ['The leaders made a joint approach to the press.', ['yes']],
      ['Following the negotiations, the heads of state made statements for the media.', ['yes']],
      ['Biden and Xi did not brief the media together.', ['no']],
      ['The two held a press event together.', ['yes']],
      ['The presidents spoke briefly to the press pool together.', ['yes']],
      ['Biden, standing next to Xi, told reporters the talks had been productive.', ['yes']],
      ['The customary closing press conference was dropped.', ['no']],
    ])('%s', (text, want) => {
      expect(conference(text)).toEqual(want);
    });
    it.each([
      ['A joint press conference is scheduled for Tuesday.'],
      ['Obama held a joint news conference with Xi in 2015.'],
      ['The White House press secretary held her daily briefing.'],
      ['The two leaders are expected to address the media together on Friday.'],
      ['Biden and Xi had held a joint press conference at their previous meeting in 2023.'],
      ['Reporters asked whether there would be a joint press conference.'],
      ['Biden and Xi are due to hold a joint news conference on Wednesday.'],
      ['Xi held a joint press conference with the Kenyan president the following week.'],
      ['A joint press conference could still take place later, aides said.'],
      ['Biden recalled the joint news conference he held with Hu Jintao in 2011.'],
      ['Biden will hold a solo press conference on Wednesday.'],
      ['At a joint news conference in 2017, Trump praised Xi.'],
      ['The press conference was broadcast live on state television.'],
      ['The press conference had been planned for 4 p.m.'],
      ['Biden criticised Xi at a press conference in Washington last week.'],
      ['Biden is scheduled to speak to reporters before departing.'],
      ['Xi’s last joint press conference with a U.S. president was in 2014.'],
      ['At the next summit, a joint press conference is planned.'],
      ['Biden told reporters on Air Force One that Xi was a dictator.'],
      ['The press conference that had been planned for Tuesday will now take place on Wednesday.'],
      ['Biden has not held a solo news conference in months.'],
      // (a real report names them in full first; bare surnames nobody introduced are not known as people)
      ['Vladimir Putin and Alexander Lukashenko held a joint press conference in Minsk.'],
    ])('stays silent on: %s', (text) => {
      expect(conference(text)).toEqual([]);
    });
  });

  describe('press.questions', () => {
    it.each([
      ['The two leaders took no questions.', ['no']],
      ['Xi declined to take questions from reporters.', ['no']],
      ['Each leader answered two questions from reporters.', ['yes']],
      ['Biden fielded questions from the press for twenty minutes.', ['yes']],
      ['Reporters shouted questions, but neither leader responded.', ['no']],
      ['They left the room without answering questions from journalists.', ['no']],
      ['The pair took four questions, two from each delegation.', ['yes']],
      ['No questions were allowed.', ['no']],
      ['Neither leader took questions.', ['no']],
      ['Biden ignored questions shouted by reporters as he left.', ['no']],
      ['Xi answered questions from Chinese and American journalists.', ['yes']],
      ['Biden took three questions from the American press, Xi none.', ['yes']],
      ['The leaders read out statements and did not take questions.', ['no']],
      ['Questions from journalists were not allowed.', ['no']],
      ['Biden then took questions from reporters.', ['yes']],
      ['Reporters were allowed two questions per side.', ['yes']],
      ['The leaders refused to answer questions.', ['no']],
      ['Xi responded to a question from a Chinese state television reporter.', ['yes']],
      ['Neither man answered questions from the press.', ['no']],
      ['The two leaders answered a handful of questions from journalists.', ['yes']],
      ['Questions were limited to two per delegation.', ['yes']],
      ['Biden brushed off shouted questions from reporters.', ['no']],
      ['There were no questions from the media.', ['no']],
      ['Biden fielded four questions; Xi fielded two.', ['yes']],
      ['No Q&A.', ['no']],
      ['Questions: none', ['no']],
      ['The leaders delivered brief remarks side by side but did not take questions.', ['no']],
      ['17:40 — The two leaders are now taking questions from reporters.', ['yes']],
      ['There were no questions.', ['no']],
      ['Neither side took questions.', ['no']],
      ['A question from an American reporter about Taiwan drew a sharp reply from Xi.', ['yes']],
      ['The leaders did not take any questions.', ['no']],
      ['After the statements, journalists were invited to ask questions.', ['yes']],
      ['Each president took one question.', ['yes']],
      ['Biden answered three questions, Xi two.', ['yes']],
      ['The pair answered no questions.', ['no']],
      ['Journalists were not permitted to ask questions.', ['no']],
      ['Reporters’ questions went unanswered.', ['no']],
      ['A reporter’s question about Taiwan was ignored.', ['no']],
      ['The two took a few questions from the press.', ['yes']],
      ['Questions were not taken.', ['no']],
      ['Biden, asked by a reporter whether he trusted Xi, said the relationship was improving.', ['yes']],
      ['No questions were taken from the floor.', ['no']],
    ])('%s', (text, want) => {
      expect(questions(text)).toEqual(want);
    });
    it.each([
      ['Biden will take questions at a news conference on Thursday.'],
      ['Questions remain about whether the deal will hold.'],
      ['Obama took questions alongside Xi in 2015.'],
      ['The summit left many questions unanswered.'],
      ['Biden is expected to take questions from reporters later on Tuesday.'],
      ['Biden took questions at his annual news conference in January.'],
      ['Reporters had many questions about the summit.'],
      ['The question of Taiwan dominated the talks.'],
      ['Reporters are expected to be allowed two questions per side.'],
      ['Xi rarely takes questions from foreign reporters.'],
      ['Questions about the deal’s durability linger.'],
      ['The question now is whether the truce will hold.'],
      ['Biden took questions from lawmakers on Capitol Hill.'],
      ['Biden has not held a solo news conference in months.'],
    ])('stays silent on: %s', (text) => {
      expect(questions(text)).toEqual([]);
    });
  });
});

describe('press.conference: a conference ruled out, and one denied beside statements read', () => {
  it('gives "there will be no joint press conference" as an expected absence, not under a condition', () => {
    const found = extract('The White House says there will be no joint press conference with the crown prince.').filter((c) => c.type === 'press.conference');
    expect(found.map((c) => [c.value, c.modality])).toEqual([['no', 'expected']]);
    expect(values('If the talks fail, there will be no joint press conference.', 'press.conference')).toEqual([]);
  });
  it('takes "This was not a news conference: they read statements" for no conference', () => {
    expect(values('This was not a news conference: they read statements, signed, and left without taking a single question.', 'press.conference')).toEqual(['no']);
    expect(values('At the press centre, both leaders read statements before 3,000 journalists.', 'press.conference')).toEqual(['yes']);
  });
});
