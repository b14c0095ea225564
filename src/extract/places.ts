// A small gazetteer: which well-known places hold which. Reports rarely spell out the whole
// chain ("at Joint Base Elmendorf-Richardson" in one, "in Anchorage" in another), so comparing
// venues needs to know that the base is in Anchorage and Anchorage in Alaska. It also resolves
// descriptions ("the Finnish capital") and tells a place from a capitalised word that is not
// one. It is deliberately modest: places summits are held in, capitals, US states, countries.
// An unknown place is not an error; the caller then relies on what the text itself says.

export type PlaceKind = 'country' | 'region' | 'city' | 'district' | 'site';

export interface Place {
  name: string;
  kind: PlaceKind;
  /** the directly containing place's name, if known */
  parent?: string;
}

/** How specific a kind is: a site is inside a district, inside a city, inside a region… */
export const RANK: Record<PlaceKind, number> = { country: 0, region: 1, city: 2, district: 3, site: 4 };

// name|kind|parent|aliases (semicolon-separated). Written as a table so that adding a place
// is one line, and parsed once at load.
const TABLE = `
United States|country||US;U.S.;USA;U.S.A.;America;the United States;the US;the U.S.
Russia|country||Russian Federation;the Russian Federation
Soviet Union|country||USSR;the Soviet Union;U.S.S.R.
Czechoslovakia|country||
Yugoslavia|country||
China|country||People's Republic of China;PRC
North Korea|country||DPRK;Democratic People's Republic of Korea
South Korea|country||Republic of Korea
Finland|country||
Iceland|country||
Malta|country||
Singapore|country||Republic of Singapore
Indonesia|country||
Switzerland|country||
Austria|country||
Vietnam|country||Viet Nam
Japan|country||
Ukraine|country||
Belarus|country||
Turkey|country||Türkiye;Turkiye
Saudi Arabia|country||
United Arab Emirates|country||UAE;the UAE;the Emirates
Qatar|country||
Hungary|country||
Slovenia|country||
Slovakia|country||
Czech Republic|country||Czechia
Germany|country||
France|country||
United Kingdom|country||UK;U.K.;Britain;Great Britain;the UK;the United Kingdom
Ireland|country||
Italy|country||
Vatican City|country||the Vatican;Vatican;Holy See
Spain|country||
Portugal|country||
Poland|country||
Belgium|country||
Netherlands|country||the Netherlands;Holland
Norway|country||
Sweden|country||
Denmark|country||
Estonia|country||
Latvia|country||
Lithuania|country||
Greece|country||
Serbia|country||
Croatia|country||
Romania|country||
Bulgaria|country||
Georgia|country||
Armenia|country||
Azerbaijan|country||
Kazakhstan|country||
Uzbekistan|country||
Mongolia|country||
India|country||
Pakistan|country||
Afghanistan|country||
Iran|country||
Iraq|country||
Syria|country||
Israel|country||
Jordan|country||
Lebanon|country||
Egypt|country||
Kenya|country||
Ethiopia|country||
South Africa|country||
Nigeria|country||
Canada|country||
Mexico|country||
Cuba|country||
Brazil|country||
Argentina|country||
Peru|country||
Chile|country||
Australia|country||
New Zealand|country||
Thailand|country||
Malaysia|country||
Philippines|country||the Philippines
Cambodia|country||
Laos|country||
Myanmar|country||Burma
Taiwan|country||
Alabama|region|United States|Ala.
Alaska|region|United States|
Arizona|region|United States|Ariz.
Arkansas|region|United States|Ark.
California|region|United States|Calif.
Colorado|region|United States|Colo.
Connecticut|region|United States|Conn.
Delaware|region|United States|Del.
Florida|region|United States|Fla.
Hawaii|region|United States|
Idaho|region|United States|
Illinois|region|United States|Ill.
Indiana|region|United States|Ind.
Iowa|region|United States|
Kansas|region|United States|Kan.
Kentucky|region|United States|Ky.
Louisiana|region|United States|La.
Maine|region|United States|
Maryland|region|United States|Md.
Massachusetts|region|United States|Mass.
Michigan|region|United States|Mich.
Minnesota|region|United States|Minn.
Mississippi|region|United States|Miss.
Missouri|region|United States|Mo.
Montana|region|United States|Mont.
Nebraska|region|United States|Neb.
Nevada|region|United States|Nev.
New Hampshire|region|United States|N.H.
New Jersey|region|United States|N.J.
New Mexico|region|United States|N.M.
New York State|region|United States|
North Carolina|region|United States|N.C.
North Dakota|region|United States|N.D.
Ohio|region|United States|
Oklahoma|region|United States|Okla.
Oregon|region|United States|Ore.
Pennsylvania|region|United States|Pa.
Rhode Island|region|United States|R.I.
South Carolina|region|United States|S.C.
South Dakota|region|United States|S.D.
Tennessee|region|United States|Tenn.
Texas|region|United States|Tex.
Utah|region|United States|
Vermont|region|United States|Vt.
Virginia|region|United States|Va.
Washington State|region|United States|
West Virginia|region|United States|W.Va.
Wisconsin|region|United States|Wis.
Wyoming|region|United States|Wyo.
Bali|region|Indonesia|
Crimea|region|Ukraine|
Sentosa|district|Singapore|Sentosa Island
Nusa Dua|district|Bali|
Marsaxlokk|city|Malta|Marsaxlokk Bay
Valletta|city|Malta|
Anchorage|city|Alaska|
Juneau|city|Alaska|
Fairbanks|city|Alaska|
Woodside|city|California|
San Francisco|city|California|
Los Angeles|city|California|
Palm Springs|city|California|Rancho Mirage;Sunnylands
Washington|city|United States|Washington, D.C.;Washington D.C.;Washington DC;D.C.;DC;District of Columbia
New York|city|United States|New York City;NYC
Palm Beach|city|Florida|West Palm Beach
Miami|city|Florida|
Bedminster|city|New Jersey|
Thurmont|city|Maryland|
Houston|city|Texas|
Chicago|city|Illinois|
Boston|city|Massachusetts|
Seattle|city|Washington State|
Honolulu|city|Hawaii|
Moscow|city|Russia|
St. Petersburg|city|Russia|Saint Petersburg;St Petersburg;Leningrad
Sochi|city|Russia|
Vladivostok|city|Russia|
Kazan|city|Russia|
Magadan|city|Russia|
Beijing|city|China|Peking
Shanghai|city|China|
Pyongyang|city|North Korea|
Seoul|city|South Korea|
Panmunjom|city|South Korea|Panmunjeom
Helsinki|city|Finland|
Reykjavik|city|Iceland|Reykjavík
Geneva|city|Switzerland|Genève;Genf
Bern|city|Switzerland|Berne
Davos|city|Switzerland|
Vienna|city|Austria|Wien
Hanoi|city|Vietnam|
Da Nang|city|Vietnam|Danang
Tokyo|city|Japan|
Osaka|city|Japan|
Hiroshima|city|Japan|
Jakarta|city|Indonesia|
Kyiv|city|Ukraine|Kiev
Minsk|city|Belarus|
Istanbul|city|Turkey|
Ankara|city|Turkey|
Riyadh|city|Saudi Arabia|
Jeddah|city|Saudi Arabia|Jiddah
Doha|city|Qatar|
Abu Dhabi|city|United Arab Emirates|
Dubai|city|United Arab Emirates|
Budapest|city|Hungary|
Ljubljana|city|Slovenia|
Kranj|city|Slovenia|
Bratislava|city|Slovakia|
Prague|city|Czech Republic|
Berlin|city|Germany|
Hamburg|city|Germany|
Munich|city|Germany|
Bonn|city|Germany|
Paris|city|France|
Biarritz|city|France|
Evian|city|France|Évian;Évian-les-Bains;Evian-les-Bains
Deauville|city|France|
London|city|United Kingdom|
Rome|city|Italy|
Madrid|city|Spain|
Lisbon|city|Portugal|
Warsaw|city|Poland|
Brussels|city|Belgium|
Amsterdam|city|Netherlands|
The Hague|city|Netherlands|
Oslo|city|Norway|
Stockholm|city|Sweden|
Copenhagen|city|Denmark|
Tallinn|city|Estonia|
Riga|city|Latvia|
Vilnius|city|Lithuania|
Athens|city|Greece|
Belgrade|city|Serbia|
Zagreb|city|Croatia|
Bucharest|city|Romania|
Sofia|city|Bulgaria|
Tbilisi|city|Georgia|
Yerevan|city|Armenia|
Baku|city|Azerbaijan|
Astana|city|Kazakhstan|Nur-Sultan
Almaty|city|Kazakhstan|
Tashkent|city|Uzbekistan|
Samarkand|city|Uzbekistan|
Ulaanbaatar|city|Mongolia|Ulan Bator
New Delhi|city|India|Delhi
Islamabad|city|Pakistan|
Kabul|city|Afghanistan|
Tehran|city|Iran|
Baghdad|city|Iraq|
Damascus|city|Syria|
Jerusalem|city|Israel|
Amman|city|Jordan|
Beirut|city|Lebanon|
Cairo|city|Egypt|
Sharm el-Sheikh|city|Egypt|Sharm el Sheikh;Sharm El-Sheikh
Nairobi|city|Kenya|
Addis Ababa|city|Ethiopia|
Pretoria|city|South Africa|
Johannesburg|city|South Africa|
Abuja|city|Nigeria|
Ottawa|city|Canada|
Toronto|city|Canada|
Montreal|city|Canada|
Mexico City|city|Mexico|
Havana|city|Cuba|
Brasília|city|Brazil|Brasilia
Rio de Janeiro|city|Brazil|Rio
Buenos Aires|city|Argentina|
Lima|city|Peru|
Santiago|city|Chile|
Canberra|city|Australia|
Sydney|city|Australia|
Brisbane|city|Australia|
Wellington|city|New Zealand|
Auckland|city|New Zealand|
Bangkok|city|Thailand|
Kuala Lumpur|city|Malaysia|
Manila|city|Philippines|
Phnom Penh|city|Cambodia|
Vientiane|city|Laos|
Taipei|city|Taiwan|
Joint Base Elmendorf-Richardson|site|Anchorage|Elmendorf-Richardson;JBER;Elmendorf Air Force Base;Joint Base Elmendorf Richardson;Elmendorf;Elmendorf Air Base
Höfði House|site|Reykjavik|Höfði;Hofdi House;Hofdi;Hoefdi House;Hofði House
Capella Hotel|site|Sentosa|Capella;Capella Singapore
Filoli|site|Woodside|Filoli Estate;Filoli mansion;Filoli Historic House and Garden
Maxim Gorky|site|Marsaxlokk|Maxim Gorkiy;Maksim Gorkiy
Villa La Grange|site|Geneva|La Grange
Palais des Nations|site|Geneva|Palace of Nations
Fleur d'Eau|site|Geneva|Maison de Saussure
Presidential Palace|site|Helsinki|Helsinki Presidential Palace
Finlandia Hall|site|Helsinki|
Hofburg|site|Vienna|Hofburg Palace
Kremlin|site|Moscow|the Kremlin
White House|site|Washington|the White House
Camp David|site|Thurmont|
Blair House|site|Washington|
Mar-a-Lago|site|Palm Beach|Mar a Lago
Sunnylands|site|Palm Springs|
Trump National Golf Club Bedminster|site|Bedminster|
Peace House|site|Panmunjom|
Freedom House|site|Panmunjom|
Sofitel Legend Metropole|site|Hanoi|Metropole Hotel;Sofitel Metropole;Metropole
Brdo Castle|site|Kranj|Brdo pri Kranju;Brdo
Novo-Ogaryovo|site|Moscow|Novo-Ogarevo
Bocharov Ruchei|site|Sochi|
Diaoyutai State Guesthouse|site|Beijing|Diaoyutai
Great Hall of the People|site|Beijing|
Zhongnanhai|site|Beijing|
Apec Haus|site|Port Moresby|
Russky Island|district|Vladivostok|Russky
Far Eastern Federal University|site|Russky Island|FEFU
Port Moresby|city|Papua New Guinea|
Papua New Guinea|country||
Istana|site|Singapore|
Shangri-La Hotel|site|Singapore|Shangri-La
Colombia|country||
Venezuela|country||
Ecuador|country||
Bolivia|country||
Uruguay|country||
Paraguay|country||
Panama|country||
Brunei|country||Brunei Darussalam
Sri Lanka|country||
Bangladesh|country||
Nepal|country||
Algeria|country||
Morocco|country||
Tunisia|country||
Libya|country||
Sudan|country||
Ghana|country||
Senegal|country||
Tanzania|country||
Uganda|country||
Rwanda|country||
Angola|country||
Mozambique|country||
Zimbabwe|country||
Oman|country||
Kuwait|country||
Bahrain|country||
Yemen|country||
Turkmenistan|country||
Kyrgyzstan|country||
Tajikistan|country||
Moldova|country||
Albania|country||
North Macedonia|country||Macedonia
Montenegro|country||
Bosnia and Herzegovina|country||Bosnia
Cyprus|country||
Luxembourg|country||
Monaco|country||
Okinawa|region|Japan|
Hokkaido|region|Japan|
Jeju|region|South Korea|Jeju Island
Crete|region|Greece|
Sardinia|region|Italy|
Sicily|region|Italy|
Bavaria|region|Germany|
Scotland|region|United Kingdom|
Northern Ireland|region|United Kingdom|
Wales|region|United Kingdom|
Cornwall|region|United Kingdom|
Quebec|region|Canada|
Ontario|region|Canada|
Alberta|region|Canada|
British Columbia|region|Canada|
Genoa|city|Italy|Genova
Naples|city|Italy|Napoli
Milan|city|Italy|Milano
Florence|city|Italy|Firenze
Venice|city|Italy|Venezia
Turin|city|Italy|Torino
Taormina|city|Sicily|
L'Aquila|city|Italy|
Heiligendamm|city|Germany|
Cologne|city|Germany|Köln
Frankfurt|city|Germany|
Elmau|city|Bavaria|Schloss Elmau
Gleneagles|city|Scotland|
Edinburgh|city|Scotland|
Belfast|city|Northern Ireland|
Lough Erne|city|Northern Ireland|
Carbis Bay|city|Cornwall|
Birmingham|city|United Kingdom|
Manchester|city|United Kingdom|
Lyon|city|France|Lyons
Strasbourg|city|France|
Cannes|city|France|
Marseille|city|France|Marseilles
Versailles|city|France|
Bordeaux|city|France|
Halifax|city|Canada|
Kananaskis|city|Alberta|
Charlevoix|city|Quebec|La Malbaie
Quebec City|city|Quebec|
Vancouver|city|British Columbia|
Nago|city|Okinawa|
Toyako|city|Hokkaido|Lake Toya
Ise-Shima|city|Japan|Ise Shima
Kyoto|city|Japan|
Nagoya|city|Japan|
Yokohama|city|Japan|
Sapporo|city|Hokkaido|
Hangzhou|city|China|
Guangzhou|city|China|Canton
Shenzhen|city|China|
Xiamen|city|China|
Tianjin|city|China|
Chongqing|city|China|Chungking
Qingdao|city|China|
Dalian|city|China|
Wuhan|city|China|
Xi'an|city|China|Xian
Nanjing|city|China|Nanking
Busan|city|South Korea|Pusan
Gyeongju|city|South Korea|
Goyang|city|South Korea|
Cancun|city|Mexico|Cancún
Los Cabos|city|Mexico|
Guadalajara|city|Mexico|
Monterrey|city|Mexico|
Antalya|city|Turkey|
Izmir|city|Turkey|
Bodrum|city|Turkey|
Yekaterinburg|city|Russia|
Novosibirsk|city|Russia|
Kaliningrad|city|Russia|
Ufa|city|Russia|
Murmansk|city|Russia|
Nizhny Novgorod|city|Russia|
Sea Island|city|United States|
Pittsburgh|city|Pennsylvania|
Philadelphia|city|Pennsylvania|
Denver|city|Colorado|
San Diego|city|California|
Kennebunkport|city|Maine|
Crawford|city|Texas|
Dallas|city|Texas|
Atlanta|city|United States|
Detroit|city|Michigan|
Las Vegas|city|Nevada|
New Orleans|city|Louisiana|
Mumbai|city|India|Bombay
Bengaluru|city|India|Bangalore
Goa|city|India|
Karachi|city|Pakistan|
Lahore|city|Pakistan|
Dhaka|city|Bangladesh|
Colombo|city|Sri Lanka|
Kathmandu|city|Nepal|
Ho Chi Minh City|city|Vietnam|Saigon
Yangon|city|Myanmar|Rangoon
Naypyidaw|city|Myanmar|Nay Pyi Taw
Siem Reap|city|Cambodia|
Bogor|city|Indonesia|
Surabaya|city|Indonesia|
Yogyakarta|city|Indonesia|
Cebu|city|Philippines|
Penang|city|Malaysia|
Bandar Seri Begawan|city|Brunei|
Muscat|city|Oman|
Kuwait City|city|Kuwait|
Manama|city|Bahrain|
Tel Aviv|city|Israel|
Algiers|city|Algeria|
Tunis|city|Tunisia|
Rabat|city|Morocco|
Casablanca|city|Morocco|
Khartoum|city|Sudan|
Accra|city|Ghana|
Dakar|city|Senegal|
Lagos|city|Nigeria|
Dar es Salaam|city|Tanzania|
Kampala|city|Uganda|
Kigali|city|Rwanda|
Luanda|city|Angola|
Maputo|city|Mozambique|
Harare|city|Zimbabwe|
Cape Town|city|South Africa|
Durban|city|South Africa|
Bogotá|city|Colombia|Bogota
Cartagena|city|Colombia|
Caracas|city|Venezuela|
Quito|city|Ecuador|
La Paz|city|Bolivia|
Montevideo|city|Uruguay|
Punta del Este|city|Uruguay|
Asunción|city|Paraguay|Asuncion
Panama City|city|Panama|
Mar del Plata|city|Argentina|
Manaus|city|Brazil|
São Paulo|city|Brazil|Sao Paulo
Krakow|city|Poland|Kraków;Cracow
Gdansk|city|Poland|Gdańsk
Chisinau|city|Moldova|Chișinău
Tirana|city|Albania|
Skopje|city|North Macedonia|
Podgorica|city|Montenegro|
Sarajevo|city|Bosnia and Herzegovina|
Nicosia|city|Cyprus|
Luxembourg City|city|Luxembourg|
Dublin|city|Ireland|
Salzburg|city|Austria|
Innsbruck|city|Austria|
Zurich|city|Switzerland|Zürich
Lausanne|city|Switzerland|
Lucerne|city|Switzerland|Luzern
Montreux|city|Switzerland|
Locarno|city|Switzerland|
Bürgenstock|city|Switzerland|Buergenstock;Burgenstock
Porto|city|Portugal|Oporto
Barcelona|city|Spain|
Seville|city|Spain|Sevilla
Valencia|city|Spain|
Antwerp|city|Belgium|
Rotterdam|city|Netherlands|
Maastricht|city|Netherlands|
Thessaloniki|city|Greece|Salonika
Corfu|city|Greece|
Dubrovnik|city|Croatia|
Bled|city|Slovenia|
Lviv|city|Ukraine|Lvov
Odesa|city|Ukraine|Odessa
Kharkiv|city|Ukraine|Kharkov
Batumi|city|Georgia|
Bishkek|city|Kyrgyzstan|
Dushanbe|city|Tajikistan|
Ashgabat|city|Turkmenistan|
Turku|city|Finland|
Gothenburg|city|Sweden|
Bergen|city|Norway|
Oval Office|site|White House|
East Room|site|White House|
Rose Garden|site|White House|
Cabinet Room|site|White House|
Roosevelt Room|site|White House|
Élysée Palace|site|Paris|Elysee Palace;Élysée;Elysee;the Élysée;the Elysee;Palais de l'Élysée
Fort de Brégançon|site|France|Fort de Bregancon;Brégançon;Bregancon
Downing Street|site|London|10 Downing Street;Number 10
Chequers|site|United Kingdom|
Lancaster House|site|London|
Konstantinovsky Palace|site|St. Petersburg|Konstantin Palace
Blue House|site|Seoul|Cheong Wa Dae
Akasaka Palace|site|Tokyo|
Dolmabahçe Palace|site|Istanbul|Dolmabahce Palace
Rideau Hall|site|Ottawa|
Hyderabad House|site|New Delhi|
United Nations|site|New York|the United Nations;U.N. headquarters;UN headquarters
`;

// "the Finnish capital": a capital named by its country's adjective
const CAPITALS: Record<string, string> = {
  finnish: 'Helsinki', icelandic: 'Reykjavik', russian: 'Moscow', soviet: 'Moscow', chinese: 'Beijing',
  'north korean': 'Pyongyang', 'south korean': 'Seoul', indonesian: 'Jakarta', swiss: 'Bern', austrian: 'Vienna',
  american: 'Washington', 'u.s.': 'Washington', us: 'Washington', japanese: 'Tokyo', maltese: 'Valletta',
  vietnamese: 'Hanoi', turkish: 'Ankara', ukrainian: 'Kyiv', belarusian: 'Minsk', saudi: 'Riyadh', qatari: 'Doha',
  emirati: 'Abu Dhabi', hungarian: 'Budapest', slovenian: 'Ljubljana', slovak: 'Bratislava', czech: 'Prague',
  german: 'Berlin', french: 'Paris', british: 'London', italian: 'Rome', spanish: 'Madrid', portuguese: 'Lisbon',
  polish: 'Warsaw', belgian: 'Brussels', dutch: 'Amsterdam', norwegian: 'Oslo', swedish: 'Stockholm', danish: 'Copenhagen',
  estonian: 'Tallinn', latvian: 'Riga', lithuanian: 'Vilnius', greek: 'Athens', serbian: 'Belgrade', croatian: 'Zagreb',
  romanian: 'Bucharest', bulgarian: 'Sofia', georgian: 'Tbilisi', armenian: 'Yerevan', azerbaijani: 'Baku',
  kazakh: 'Astana', uzbek: 'Tashkent', mongolian: 'Ulaanbaatar', indian: 'New Delhi', pakistani: 'Islamabad',
  afghan: 'Kabul', iranian: 'Tehran', iraqi: 'Baghdad', syrian: 'Damascus', jordanian: 'Amman', lebanese: 'Beirut',
  egyptian: 'Cairo', kenyan: 'Nairobi', ethiopian: 'Addis Ababa', nigerian: 'Abuja', canadian: 'Ottawa',
  mexican: 'Mexico City', cuban: 'Havana', brazilian: 'Brasília', argentine: 'Buenos Aires', argentinian: 'Buenos Aires',
  peruvian: 'Lima', chilean: 'Santiago', australian: 'Canberra', thai: 'Bangkok', malaysian: 'Kuala Lumpur',
  philippine: 'Manila', filipino: 'Manila', cambodian: 'Phnom Penh', taiwanese: 'Taipei',
};

// "the Alaskan city", "a Swiss resort": an adjective that says which region or country holds it
const DEMONYMS: Record<string, string> = {
  alaskan: 'Alaska', californian: 'California', floridian: 'Florida', texan: 'Texas', hawaiian: 'Hawaii',
  finnish: 'Finland', icelandic: 'Iceland', russian: 'Russia', soviet: 'Soviet Union', chinese: 'China',
  'north korean': 'North Korea', 'south korean': 'South Korea', indonesian: 'Indonesia', balinese: 'Bali',
  swiss: 'Switzerland', austrian: 'Austria', american: 'United States', 'u.s.': 'United States', us: 'United States',
  japanese: 'Japan', maltese: 'Malta', vietnamese: 'Vietnam', turkish: 'Turkey', ukrainian: 'Ukraine',
  belarusian: 'Belarus', saudi: 'Saudi Arabia', qatari: 'Qatar', emirati: 'United Arab Emirates', hungarian: 'Hungary',
  slovenian: 'Slovenia', german: 'Germany', french: 'France', british: 'United Kingdom', italian: 'Italy',
  spanish: 'Spain', polish: 'Poland', singaporean: 'Singapore', indian: 'India', egyptian: 'Egypt', canadian: 'Canada',
  mexican: 'Mexico', australian: 'Australia', thai: 'Thailand', malaysian: 'Malaysia',
};

/** Folding for comparison: case, diacritics, Icelandic letters, punctuation, a leading "the". */
// keys are asked for the same few names again and again: remember them (bounded)
const keyCache = new Map<string, string>();

export function placeKey(name: string): string {
  const hit = keyCache.get(name);
  if (hit !== undefined) return hit;
  if (keyCache.size > 10_000) keyCache.clear();
  const key = computeKey(name);
  keyCache.set(name, key);
  return key;
}

function computeKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/þ/g, 'th')
    .replace(/[ðđ]/g, 'd')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

const byKey = new Map<string, Place>();
// names written with a full stop ("Calif.", "D.C."): a stop after any other word ends a sentence
const dotted = new Set<string>();
for (const line of TABLE.split('\n')) {
  if (!line.trim()) continue;
  const [name, kind, parent, aliases] = line.split('|') as [string, PlaceKind, string, string];
  const place: Place = { name, kind, ...(parent ? { parent } : {}) };
  for (const n of [name, ...(aliases ?? '').split(';')]) {
    const k = placeKey(n);
    if (k && !byKey.has(k)) byKey.set(k, place);
    if (n.endsWith('.')) dotted.add(n);
  }
}

/** The gazetteer's entry for a name or alias ("Hofdi", "the Kremlin", "Calif."), if any. */
export function lookup(name: string): Place | undefined {
  return byKey.get(placeKey(name));
}

/** The containing places of a known place, innermost first: Anchorage → [Alaska, United States]. */
export function containers(name: string): Place[] {
  const out: Place[] = [];
  let p = lookup(name);
  // bounded: the table has no cycles, but a typo must not hang a run
  for (let i = 0; p?.parent && i < 8; i++) {
    p = lookup(p.parent);
    if (p) out.push(p);
  }
  return out;
}

// States that once held today's countries: a 1987 report's "a visit to the Soviet Union" and
// "a summit in Moscow" are one trip, though the table files Moscow under Russia. Kept apart from
// the parent chain so that a report of today never shows Moscow as in the Soviet Union.
const FORMER: Record<string, string> = {
  russia: 'Soviet Union', ukraine: 'Soviet Union', belarus: 'Soviet Union', georgia: 'Soviet Union', armenia: 'Soviet Union',
  azerbaijan: 'Soviet Union', kazakhstan: 'Soviet Union', uzbekistan: 'Soviet Union', estonia: 'Soviet Union',
  latvia: 'Soviet Union', lithuania: 'Soviet Union', 'czech republic': 'Czechoslovakia', slovakia: 'Czechoslovakia',
  serbia: 'Yugoslavia', croatia: 'Yugoslavia', slovenia: 'Yugoslavia',
};

/** The former state that once held a country, if any: Russia → Soviet Union. */
export function formerlyWithin(name: string): string | undefined {
  return FORMER[placeKey(name)];
}

/** Whether a word with a final full stop is a known abbreviation ("Calif.") rather than a sentence end. */
export function isDotted(word: string): boolean {
  return dotted.has(word);
}

export function capitalOf(adjective: string): string | undefined {
  return CAPITALS[adjective.toLowerCase().replace(/\s+/g, ' ')];
}

export function demonymPlace(adjective: string): string | undefined {
  return DEMONYMS[adjective.toLowerCase().replace(/\s+/g, ' ')];
}
