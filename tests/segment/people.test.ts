import { describe, expect, it } from 'vitest';
import { nationKey } from '../../src/segment/people.js';
import { docOf } from '../helpers.js';

const people = (text: string) => docOf(text).people;
const names = (text: string) => people(text).persons.map((p) => p.name);

describe('who the report names', () => {
  it('finds titled people, with or without a nation, and titles lower-cased after a nation', () => {
    const text = 'Russian President Vladimir Putin met U.S. President Donald Trump. Kremlin spokesman Dmitry Peskov and Russian leader aide Yuri Ushakov were there.';
    expect(names(text)).toEqual(expect.arrayContaining(['Vladimir Putin', 'Donald Trump', 'Dmitry Peskov']));
  });

  it('reads "President of Russia Vladimir Putin" and "M. S. Gorbachev, General Secretary of …"', () => {
    const a = people('Talks between President of Russia Vladimir Putin and President of the United States Donald Trump ended.');
    expect(a.resolve('the Russian president')?.name).toBe('Vladimir Putin');
    expect(a.resolve('the American leader')?.name).toBe('Donald Trump');
    const b = people('The meeting between M. S. Gorbachev, General Secretary of the CPSU Central Committee, and the American side ended.');
    expect(b.persons.map((p) => p.name)).toContain('M. S. Gorbachev');
    expect(b.persons.find((p) => p.name === 'M. S. Gorbachev')!.roles.has('leader')).toBe(true);
  });

  it('takes an untitled pair for a person when its surname is used alone elsewhere', () => {
    expect(names('The meeting between Donald Trump and Vladimir Putin ran long. Later Putin left.')).toContain('Vladimir Putin');
  });

  it('finds the name inside a run of capitalised words: "On Friday Vladimir Putin"', () => {
    expect(names('On Friday Vladimir Putin arrived. Putin said little.')).toContain('Vladimir Putin');
  });

  it('takes a liveblog\'s "Name: \"…\"" as a speaker, but not the language after "said in"', () => {
    const text = 'Vladimir Putin met Donald Trump. At the close the Russian leader said in English: "Next time in Moscow." Later, Ushakov: "It went well." Yuri Ushakov is an aide.';
    expect(names(text)).not.toContain('English');
    expect(names(text)).toContain('Yuri Ushakov');
  });

  it('keeps a country, "Federal" and document names out of people', () => {
    const text = 'The talks between the President of the Russian Federation, Federal Chancellor of Germany Angela Merkel and President of France Francois Hollande began. The Minsk Agreements were signed; the Minsk Protocol was not mentioned. Merkel said so.';
    expect(names(text)).toEqual(expect.arrayContaining(['Angela Merkel', 'Francois Hollande']));
    expect(names(text).filter((n) => /Federal|Germany|Minsk/.test(n))).toEqual([]);
  });

  it('reads names with accented letters, keeps the report\'s spelling, and resolves either spelling', () => {
    const p = people('French President François Hollande met Turkish President Recep Tayyip Erdoğan. Hollande said the talks went well. Erdoğan said so too.');
    expect(p.persons.map((x) => [x.name, x.surname])).toEqual([['François Hollande', 'Hollande'], ['Recep Tayyip Erdoğan', 'Erdoğan']]);
    expect(p.resolve('Erdoğan')?.name).toBe('Recep Tayyip Erdoğan');
    expect(p.resolve('President François Hollande')?.name).toBe('François Hollande');
    expect(p.resolve('Francois Hollande')?.name).toBe('François Hollande');
  });

  it('does not take places, outlets, possessives or titles for people', () => {
    const found = names(
      'Joint Base Elmendorf-Richardson hosted it. Trump told Fox News it went well. He warned Ukraine\'s European backers. The General Secretary stressed the point. Special Envoy of the President Steve Witkoff came too.',
    );
    expect(found).not.toContain('Base Elmendorf-Richardson');
    expect(found).not.toContain('Fox News');
    expect(found).not.toContain("Ukraine's European");
    expect(found).not.toContain('General Secretary');
    const witkoff = people('Special Envoy of the President Steve Witkoff came too. Witkoff said little.').persons.find((p) => p.name === 'Steve Witkoff');
    expect(witkoff?.roles.has('president')).toBeFalsy();
  });

  it('strips a title read as part of a name: "General Secretary Gorbachev"', () => {
    const p = people('General Secretary Mikhail Gorbachev arrived. Gorbachev spoke.');
    expect(p.persons.map((x) => x.name)).toContain('Mikhail Gorbachev');
    expect(p.resolve('General Secretary Gorbachev')?.name).toBe('Mikhail Gorbachev');
  });
});

describe('resolve: one person by one name', () => {
  const text = 'Russian President Vladimir Putin met U.S. President Donald Trump in Alaska. Putin spoke first.';
  it.each([
    ['Vladimir Putin', 'Vladimir Putin'],
    ['Putin', 'Vladimir Putin'],
    ['Putin’s', 'Vladimir Putin'],
    ['President Putin', 'Vladimir Putin'],
    ['Mr. Putin', 'Vladimir Putin'],
    ['the Russian president', 'Vladimir Putin'],
    ['the Russian leader', 'Vladimir Putin'],
    ["Russia's president", 'Vladimir Putin'],
    ['the Kremlin leader', 'Vladimir Putin'],
    ['the U.S. president', 'Donald Trump'],
    ['the American leader', 'Donald Trump'],
    ['Donald J. Trump', 'Donald Trump'],
  ])('%s → %s', (phrase, name) => {
    expect(people(text).resolve(phrase)?.name).toBe(name);
  });

  it('does not resolve another person of the same surname or an unknown nation', () => {
    const p = people(text);
    expect(p.resolve('Melania Trump')).toBeUndefined();
    expect(p.resolve('the Chinese leader')).toBeUndefined();
    expect(p.resolve('the president')).toBeUndefined();
  });

  it('family name first: "Kim" is Kim Jong Un, "Xi" is Xi Jinping', () => {
    const p = people('North Korean leader Kim Jong Un met President Donald Trump. Kim smiled. Chinese President Xi Jinping watched. Xi said nothing.');
    expect(p.resolve('Kim')?.name).toBe('Kim Jong Un');
    expect(p.resolve('Kim Jong-un')?.name).toBe('Kim Jong Un');
    expect(p.resolve('Xi')?.name).toBe('Xi Jinping');
    expect(p.resolve('the North Korean leader')?.name).toBe('Kim Jong Un');
  });

  it('an untitled family-name-first pair whose family name is used alone: "Kim Jong-un … Kim"', () => {
    expect(people('Donald Trump hailed his meeting with Kim Jong-un as terrific. Asked whether he trusted Kim, he nodded.').resolve('Kim')?.name).toBe('Kim Jong-un');
  });

  it('a surname several named people share, none titled, stays the bare surname', () => {
    const p = people('Jimmy Carter saw Kim Il Sung in 1994; Bill Clinton later met Kim Jong Il. Kim smiled at the cameras on Tuesday.');
    expect(p.resolve('Kim')?.name).toBe('Kim');
  });

  it('a surname the report never gives in full, used with a speech verb, is a person by that word', () => {
    const p = people('The talks began late. On Monday, the spokesman was firm, and later Peskov said the talks went well.');
    expect(p.resolve('Peskov')?.name).toBe('Peskov');
    expect(p.persons.map((x) => x.name)).not.toContain('Peskov');
  });

  it('a titled surname alone: "President Trump" is a president', () => {
    const p = people('Most of the town slept when President Trump landed. Later Trump said it went well.');
    expect(p.resolve('Trump')?.roles.has('leader')).toBe(true);
  });

  it('a titled surname is that person wherever the surname stands alone, though no speech verb follows it; "Mrs." is someone else', () => {
    const text =
      'Chairman Mao received President Nixon this afternoon. The Premier gave a banquet for the President and Mrs. Nixon. ' +
      'Mr. Nixon replied that the two nations had been enemies. "There is no reason for us to be enemies," he said.';
    const p = people(text);
    expect(p.resolve('Nixon')?.roles.has('president')).toBe(true);
    expect(p.resolve('Mr. Nixon')).toBe(p.resolve('President Nixon'));
    expect(p.resolve('Mrs. Nixon')).toBeUndefined();
    expect(p.antecedent(text.indexOf('he said'), 'he')?.name).toBe('Nixon');
  });

  it('a ruler with an epithet ("Emperor Peter the Great") is history, not a titled person of the report', () => {
    const p = people('The exhibition on the visit of Emperor Peter the Great opens today. President Vladimir Putin said Peter had learnt much in France.');
    expect(p.resolve('Peter')).toBeUndefined();
  });

  it('"Ayatollah" and "Sheikh" are titles, and "the Islamic Revolution" is no one', () => {
    const p = people('The Leader of the Islamic Revolution, Ayatollah Seyyed Ali Khamenei, received Putin. Khamenei spoke first.');
    expect(p.persons.map((x) => x.name)).toContain('Seyyed Ali Khamenei');
    expect(p.persons.map((x) => x.name)).not.toContain('Islamic Revolution');
    expect(p.resolve('Khamenei')?.name).toBe('Seyyed Ali Khamenei');
  });

  it('an honorific ("His Royal Highness", "His Excellency") is no one, and no part of a name', () => {
    const p = people('The King received President Joe Biden. His Royal Highness the Crown Prince then held talks with him. His Excellency Antony Blinken attended.');
    const names = p.persons.map((x) => x.name);
    expect(names).not.toContain('Royal Highness');
    expect(names).toContain('Antony Blinken');
  });

  it('nation keys fold countries, adjectives and seats of power', () => {
    expect(nationKey('Russia')).toBe('russian');
    expect(nationKey('the Kremlin'.replace(/^the /, ''))).toBe('russian');
    expect(nationKey('U.S.')).toBe('us');
    expect(nationKey('American')).toBe('us');
    expect(nationKey('North Korean')).toBe('north korean');
    // the formal names state agencies use
    expect(nationKey('Russian Federation')).toBe('russian');
    expect(nationKey('United States of America')).toBe('us');
  });

  it('reads an office of a body of a country, then a rank, then the name (a state agency’s lede)', () => {
    const p = people('HAVANA (Agency) — The President of the Councils of State and of Ministers of the Republic of Cuba, Army General Raúl Castro Ruz, received the visitor.');
    expect(p.resolve('the Cuban president')?.name).toBe('Raúl Castro Ruz');
  });
});

describe('antecedents: who "he" is', () => {
  const at = (text: string, marker: string, from = 0) => text.indexOf(marker, from);

  it('a form of address is no part of the name: "Grandpa Reagan", "Comrade Stoph"', () => {
    const a = people('Reagan walked on Red Square. Reagan shook hands. Gorbachev lifted a boy: "Shake hands with Grandpa Reagan." Reagan smiled.');
    expect(a.persons.map((p) => p.name)).not.toContain('Grandpa Reagan');
    expect(a.resolve('Reagan')?.name).not.toBe('Grandpa Reagan');
    const b = people('Chairman Willi Stoph met Willy Brandt in Kassel. Comrade Stoph said the talks were hard. Stoph left.');
    expect(b.resolve('Comrade Stoph')?.name).toBe('Willi Stoph');
  });

  it('a liveblog entry\'s time stamp and dot do not keep the name after them from being the subject', () => {
    const text = 'Xi greeted Putin at the door. Putin said the talks mattered.\n\n16:05 · Facing them, with Xi: Foreign Minister Wang Yi.\n\n16:09 · Putin opens, on Ukraine.\n\nHe also praised China.';
    expect(people(text).antecedent(at(text, 'He also'), 'he')?.name).toBe('Putin');
  });

  it('the subject, not the last name: "Putin thanked Trump for what he called …"', () => {
    const text = 'Russian President Vladimir Putin met U.S. President Donald Trump. Putin thanked Trump for what he called a warm welcome.';
    const p = people(text);
    expect(p.antecedent(at(text, ' he ') + 1, 'he')?.name).toBe('Vladimir Putin');
    expect(p.lastBefore(at(text, ' he ') + 1)?.name).toBe('Donald Trump');
  });

  it('the subject of the last sentence that names someone as subject', () => {
    const text = 'Russian President Vladimir Putin met U.S. President Donald Trump. Trump, while wary, left the door open. "That is interesting," he said.';
    expect(people(text).antecedent(at(text, 'he said'), 'he')?.name).toBe('Donald Trump');
  });

  it('skips sentences whose subject is a pronoun or whose names are objects or possessives', () => {
    const text =
      'Russian President Vladimir Putin met U.S. President Donald Trump. Putin emphasised security. He echoed Trump’s remarks on Ukraine. "It matters," he said.';
    expect(people(text).antecedent(at(text, 'he said'), 'he')?.name).toBe('Vladimir Putin');
  });

  it('a possessive that opens the sentence is its topic: "Kim’s opening words set the tone"', () => {
    const text = 'North Korean leader Kim Jong Un met U.S. President Donald Trump. Kim’s opening words set the tone. "It was hard," he said.';
    expect(people(text).antecedent(at(text, 'he said'), 'he')?.name).toBe('Kim Jong Un');
  });

  it('ignores names inside quotation marks', () => {
    const text = 'Russian President Vladimir Putin met U.S. President Donald Trump. Putin spoke. “I agree with President Trump,” he said.';
    const p = people(text);
    expect(p.antecedent(at(text, 'he said'), 'he')?.name).toBe('Vladimir Putin');
    expect(p.lastBefore(at(text, 'he said'))?.name).toBe('Vladimir Putin');
    expect(p.mentions.some((m) => m.quoted)).toBe(true);
  });

  it('"she" skips a man the report titles "Mr."', () => {
    const text = 'Mr. John Kelly met Ms. Hope Hicks. Ms. Hicks spoke after Mr. Kelly. "Fine," she said.';
    expect(people(text).antecedent(at(text, 'she said'), 'she')?.name).toBe('Hope Hicks');
  });

  it('an accept filter narrows to someone titled so: "the president"', () => {
    const text = 'Secretary of State Marco Rubio met U.S. President Donald Trump. Trump spoke first. Rubio nodded.';
    const p = people(text);
    expect(p.antecedent(text.length, undefined, 8, (x) => x.roles.has('leader'))?.name).toBe('Donald Trump');
    expect(p.antecedent(text.length)?.name).toBe('Marco Rubio');
  });

  it('sentencesBack 0 keeps to the sentence', () => {
    const text = 'U.S. President Donald Trump arrived. The talks began at noon.';
    expect(people(text).antecedent(text.length - 1, undefined, 0)).toBeUndefined();
  });
});

describe('names stop at a blank line', () => {
  it('a heading above the first sentence is not part of the name', () => {
    const doc = docOf('# Draft\n\nVladimir Putin met Donald Trump in Anchorage. “We talked,” Putin said.\n', 'draft.md');
    expect(doc.people.persons.map((p) => p.name)).toContain('Vladimir Putin');
    expect(doc.people.persons.map((p) => p.name)).not.toContain('Draft Vladimir Putin');
  });
});

describe('titles and their nations', () => {
  it('reads the nation after the name: "President Emmanuel Macron of France"', () => {
    const p = people('President Emmanuel Macron of France met Prime Minister Narendra Modi of India on Tuesday.');
    expect(p.resolve('French president')?.name).toBe('Emmanuel Macron');
    expect(p.resolve('Indian prime minister')?.name).toBe('Narendra Modi');
  });

  it('a title governed by "of" is someone else\'s', () => {
    const p = people('The talks lasted 15 minutes, the spokesperson of the President of Ukraine, Serhii Nykyforov, said.');
    expect([...(p.persons.find((x) => x.name === 'Serhii Nykyforov')?.roles ?? [])]).not.toContain('ukrainian president');
  });
});

describe('a name taken on its place in the clause', () => {
  it('a full name that receives, hosts, flies in or is met is a person, with no title or speech verb', () => {
    expect(names('Helga Strand received Tomas Varga at her lakeside residence on Friday.')).toEqual(['Helga Strand', 'Tomas Varga']);
    expect(names('Ravi Menon hosted Li Qiang for a working lunch.')).toEqual(['Ravi Menon', 'Li Qiang']);
    expect(names('Olga Brandt flew in from Oslo on Sunday night.')).toEqual(['Olga Brandt']);
    expect(names('The talks with Pedro Alvares lasted an hour.')).toEqual(['Pedro Alvares']);
    expect(names('Later, Mira Kovac and Jonas Lind shook hands for the cameras.')).toEqual(['Mira Kovac', 'Jonas Lind']);
  });

  it('keeps places, bodies and sentence openers out', () => {
    const found = names(
      'Camp David was quiet. In Panama City met the delegations. Fort Regent hosted the dinner. Costa Rica welcomed the news. The summit in Hyderabad House ended. The Kremlin briefed reporters; Grey Point briefed reporters too.',
    );
    expect(found).toEqual([]);
    expect(names('On Friday Ana Lucero arrived early.')).toEqual(['Ana Lucero']);
  });

  it('a role after the name, in any wording, makes a person and gives the role', () => {
    const a = people('Aldo Ferri, the Italian foreign minister, spoke first. Kenji Mori, a Tokyo-based analyst, disagreed.');
    expect(a.persons.map((p) => p.name)).toEqual(['Aldo Ferri', 'Kenji Mori']);
    expect(a.resolve('the Italian foreign minister')?.name).toBe('Aldo Ferri');
    const b = people('Paul Kerr, the White House press secretary, would not say. Irina Volk, Russia\'s ambassador, left early.');
    expect(b.resolve('the U.S. press secretary')?.name).toBe('Paul Kerr');
    expect(b.persons.find((p) => p.name === 'Irina Volk')?.roles.has('russian ambassador')).toBe(true);
    // a place owned by someone with a role, and a role once held, are not the roles of the name
    expect(names('Tolstoy House, the president\'s residence, was closed.')).toEqual([]);
    expect(people('Sven Aas, a former Swiss ambassador, spoke.').persons.find((p) => p.name === 'Sven Aas')?.roles.size).toBe(0);
  });

  it('an honorific between title and name, a title set off by commas, and particles in the name', () => {
    const a = people('Prime Minister Dr. Amara Beyene opened the session.');
    expect(a.persons.map((p) => [p.name, [...p.roles]])).toEqual([['Amara Beyene', ['prime minister', 'leader']]]);
    const b = people('The Prime Minister, Shri Vikram Rao, received the visitor.');
    expect(b.persons.map((p) => [p.name, [...p.roles], p.gender])).toEqual([['Vikram Rao', ['prime minister', 'leader'], 'm']]);
    expect(names('Commission President Greta van der Berg met Jan de Vries.')).toEqual(['Greta van der Berg', 'Jan de Vries']);
    expect(names('President Joao Carlos Souza da Cunha arrived.')).toEqual(['Joao Carlos Souza da Cunha']);
  });

  it('a family name first after a lower-case title: "Park" opens a Korean name', () => {
    expect(names('Presidential spokesman Park Min-jae told reporters the talks went well.')).toEqual(['Park Min-jae']);
    expect(names('Gorky Park was crowded.')).toEqual([]);
  });

  it('a line that opens with a name and carries a quotation is that speaker\'s', () => {
    const doc = docOf('### Voices\n\n- **Sofia Lenz**, at the lectern: "We are not there yet."\n- **Omar Haddad**: "Neither are we."\n', 'notes.md');
    expect(doc.people.persons.map((p) => p.name)).toEqual(['Sofia Lenz', 'Omar Haddad']);
  });

  it('a pair set beside a known person is a person too', () => {
    expect(names('Mark Ellis and Chen Bo signed the text. Ellis said it was a start.')).toEqual(['Mark Ellis', 'Chen Bo']);
  });

  it('a dateline\'s hyphen opens the clause: the name after it is the subject a later "he" refers to', () => {
    const p = people('OSLO (Wire) - Erik Dahl said on Monday he had told Jan Berg about the plan. He added nothing.');
    expect(p.antecedent(p.mentions.length ? 'OSLO (Wire) - Erik Dahl said on Monday he had told Jan Berg about the plan. '.length : 0, 'he')?.name).toBe('Erik Dahl');
  });
});

describe('a role phrase that varies the name', () => {
  it('stands for the one person in view', () => {
    const q = people('Anton Ruud smiled after the vote. "We did it," the Swiss president said.');
    expect(q.resolve('the Swiss president')?.name).toBe('Anton Ruud');
    const r = people('Asked about the border, Mira Kovac declined to be drawn. \"We will see,\" said the Hungarian leader.');
    expect(r.resolve('the Hungarian leader')?.name).toBe('Mira Kovac');
  });

  it('but not when two people are in view, or the one in view belongs to another nation', () => {
    const a = people('Anton Ruud received Mira Kovac at the palace. "Welcome," the Swiss president said.');
    expect(a.resolve('the Swiss president')).toBeUndefined();
    const b = people('Russian President Ivan Sokol was gracious after the vote. "We did it," the Swiss president said.');
    expect(b.resolve('the Swiss president')).toBeUndefined();
    // a role phrase that does something else may introduce the other party: no variation of a name
    const c = people('"No deal yet," Anton Ruud told reporters. The Swiss president flew in after him.');
    expect(c.resolve('the Swiss president')).toBeUndefined();
  });
});

describe('nations from formal state names and counterparts', () => {
  it('reads the formal names state agencies give a country', () => {
    const a = people("The King received President Lin Hao of the People's Republic of China at the palace.");
    expect(a.resolve('the Chinese president')?.name).toBe('Lin Hao');
    const b = people('Talks were held with President of the Republic of Korea Han Jisoo.');
    expect(b.resolve('the South Korean leader')?.name).toBe('Han Jisoo');
    const c = people('Crown Prince Omar bin Khalid held talks with the visitor.');
    expect(c.persons.map((p) => p.name)).toEqual(['Omar bin Khalid']);
  });

  it('a head\'s counterpart is a head of the nation named; a minister\'s is not', () => {
    const a = people('Chinese President Lin Hao held talks with his Russian counterpart Ivan Sokol on Monday.');
    expect(a.resolve('the Russian leader')?.name).toBe('Ivan Sokol');
    const b = people('Foreign Minister Lin Hao met his Russian counterpart, Ivan Sokol, in the afternoon.');
    expect(b.resolve('the Russian leader')).toBeUndefined();
    expect(b.persons.map((p) => p.name)).toContain('Ivan Sokol');
  });

  it('any past tense right after a full name makes it the subject', () => {
    expect(names('Anna Berg quarrelled with her hosts. Tomas Lund drove to the border. Kira Stein wrote the draft.')).toEqual(['Anna Berg', 'Tomas Lund', 'Kira Stein']);
    expect(names('Camp David looked calm. Grand Hotel Europa closed early.')).toEqual([]);
  });
});

describe('a title after "of"', () => {
  it('is the name\'s own after a place, someone else\'s after an office', () => {
    const a = people('The leaders met at the residence of Prime Minister Tomas Brandt.');
    expect(a.persons.find((p) => p.name === 'Tomas Brandt')?.roles.has('prime minister')).toBe(true);
    const b = people('The chief of staff of President Lena Horvat, Jan Ek, said nothing. Ek left.');
    expect(b.persons.find((p) => p.name === 'Jan Ek')?.roles.has('president')).toBeFalsy();
  });
});

describe('middle initials', () => {
  it('do not count toward a name\'s three words', () => {
    expect(names('Walter H. K. Brandt met Olga Sand aboard the ship.')).toEqual(['Walter H. K. Brandt', 'Olga Sand']);
    expect(names('Ruth M. Ortiz flew in.')).toEqual(['Ruth M. Ortiz']);
  });
});

describe('the words that end a place\'s name', () => {
  it('keep cities, regions and buildings that act out of people', () => {
    expect(names('Panama City welcomed the delegations. Amur Region hosted the launch. Vostok Cosmodrome received them. Lena Dahl arrived.')).toEqual(['Lena Dahl']);
  });
});
