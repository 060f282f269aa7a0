/**
 * The text-signal tables: every pattern the assessment looks for in free text, in Dutch and English.
 * Patterns are data, not code: add a row here (and a test in find-signals.test.ts), never a regex
 * elsewhere. Each `source` is a case-insensitive regular-expression body; find-signals.ts wraps it in
 * Unicode word boundaries, so write the words, not the `\b`s.
 *
 * Conventions: `\s+` between words, `[-\s]?` where people write "plug-and-play" and "plug and play",
 * `(?:…)` for groups. Keep each pattern narrow: a false alarm in a report costs trust.
 */

/** Promises that signal magical thinking (DESIGN.md, factor `expectations`) or data reuse (`partner`). */
export const RED_FLAG_CLAIMS = [
  'totalAutomation',
  'perfectAccuracy',
  'outOfTheBox',
  'noDataNeeded',
  'instantResults',
  'replacesTeam',
  'reusesData',
] as const;
export type RedFlagClaim = (typeof RED_FLAG_CLAIMS)[number];

/** Goals that describe a wish for AI rather than a problem (factor `problem`). */
export const VAGUE_GOALS = [
  'innovation',
  'somethingWithAi',
  'competitor',
  'keepUp',
  'transformation',
] as const;
export type VagueGoal = (typeof VAGUE_GOALS)[number];

/** What makes a problem statement or target concrete. */
export const CONCRETE_KINDS = ['amount', 'percentage', 'hours', 'volume', 'date', 'baseline'] as const;
export type ConcreteKind = (typeof CONCRETE_KINDS)[number];

export type PatternLanguage = 'nl' | 'en';

export type SignalPattern =
  | { kind: 'redFlag'; tag: RedFlagClaim; lang: PatternLanguage; source: string }
  /**
   * `negatable: false` for goals that are phrased negatively by nature ("we cannot afford to fall
   * behind", "niet achterblijven"): a negation cue there does not cancel the wish.
   */
  | { kind: 'vague'; tag: VagueGoal; lang: PatternLanguage; source: string; negatable?: false }
  | { kind: 'concrete'; tag: ConcreteKind; lang: PatternLanguage | 'any'; source: string };

const MONTHS_NL = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';
const MONTHS_EN =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
const NUMBER_WORDS_NL = 'een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|\\d+';
const NUMBER_WORDS_EN = 'a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d+';
const NUM = '\\d[\\d.,]*';
const PERIOD_NL = 'week|dag|maand|jaar|dienst|uur';
const PERIOD_EN = 'week|day|month|year|shift|hour';
/** Units that make a number a time or an amount, not a count of items. */
const NOT_A_COUNT =
  '(?!(?:uur|uren|minuten|minuut|euro|euros|procent|hours?|minutes?|percent|eur)(?![\\p{L}]))';

/** Vendor and demo promises. Scanned in `expectations.vendorClaims` and each vendor's `claims`. */
const RED_FLAGS: SignalPattern[] = [
  // totalAutomation: everything, fully, without people
  {
    kind: 'redFlag',
    tag: 'totalAutomation',
    lang: 'en',
    source:
      '(?:fully|completely|totally|entirely|100\\s?%)\\s+(?:automatic|automated|automates|autonomous(?:ly)?)',
  },
  {
    kind: 'redFlag',
    tag: 'totalAutomation',
    lang: 'en',
    source: '(?:full|total|complete|100\\s?%)\\s+automation',
  },
  {
    kind: 'redFlag',
    tag: 'totalAutomation',
    lang: 'en',
    source: 'automates?\\s+(?:everything|it\\s+all|all\\s+(?:of\\s+)?your)',
  },
  {
    kind: 'redFlag',
    tag: 'totalAutomation',
    lang: 'en',
    source: 'no\\s+human(?:\\s+[\\p{L}-]+)?\\s+(?:needed|required|involved|necessary)',
  },
  {
    kind: 'redFlag',
    tag: 'totalAutomation',
    lang: 'en',
    source: 'without\\s+(?:any\\s+)?human\\s+(?:intervention|input|involvement|review|checks?)',
  },
  { kind: 'redFlag', tag: 'totalAutomation', lang: 'en', source: 'hands[-\\s]?free|lights[-\\s]out' },
  {
    kind: 'redFlag',
    tag: 'totalAutomation',
    lang: 'nl',
    source:
      '(?:volledig|helemaal|compleet|geheel|totaal|100\\s?%)\\s+(?:automatisch|geautomatiseerd|zelfstandig|autonoom)',
  },
  {
    kind: 'redFlag',
    tag: 'totalAutomation',
    lang: 'nl',
    source: '(?:volledige|totale|complete|100\\s?%)\\s*(?:-\\s*)?automatisering',
  },
  {
    kind: 'redFlag',
    tag: 'totalAutomation',
    lang: 'nl',
    source: 'automatiseert\\s+(?:volledig|alles|helemaal|compleet)',
  },
  {
    kind: 'redFlag',
    tag: 'totalAutomation',
    lang: 'nl',
    source: 'zonder\\s+(?:enige\\s+)?(?:menselijke\\s+)?(?:tussenkomst|controle|ingreep)',
  },
  {
    kind: 'redFlag',
    tag: 'totalAutomation',
    lang: 'nl',
    source: 'geen\\s+mens(?:en)?\\s+(?:meer\\s+)?nodig',
  },
  {
    kind: 'redFlag',
    tag: 'totalAutomation',
    lang: 'nl',
    source: 'neemt\\s+(?:al\\s+het|alle)\\s+[\\p{L}-]*werk\\s+over',
  },
  // perfectAccuracy
  {
    kind: 'redFlag',
    tag: 'perfectAccuracy',
    lang: 'en',
    source:
      '100\\s?%\\s+(?:accura(?:te|cy)|precis(?:e|ion)|correct|reliab(?:le|ility)|error[-\\s]?free|detection|right|certain(?:ty)?)',
  },
  {
    kind: 'redFlag',
    tag: 'perfectAccuracy',
    lang: 'en',
    source:
      'perfect(?:ly)?\\s+(?:accura(?:te|cy)|answers?|results?|precision|every\\s+time)|flawless(?:ly)?|error[-\\s]free|zero\\s+errors|never\\s+(?:makes?\\s+)?(?:a\\s+)?mistakes?|always\\s+(?:right|correct|accurate)',
  },
  {
    kind: 'redFlag',
    tag: 'perfectAccuracy',
    lang: 'nl',
    source:
      '100\\s?%\\s+(?:nauwkeurig(?:heid)?|juist|correct|betrouwbaar(?:heid)?|foutloos|zeker(?:heid)?|garantie|precisie|precies|herkenning|trefzeker(?:heid)?)',
  },
  {
    kind: 'redFlag',
    tag: 'perfectAccuracy',
    lang: 'nl',
    source:
      'foutlo(?:os|ze)|perfecte?\\s+(?:antwoorden|resultaten|herkenning|nauwkeurigheid)|zonder\\s+(?:enige\\s+)?fouten|nooit\\s+(?:een\\s+)?fout(?:en)?|altijd\\s+(?:juist|goed|correct|raak)',
  },
  // outOfTheBox
  {
    kind: 'redFlag',
    tag: 'outOfTheBox',
    lang: 'en',
    source:
      'out[-\\s]of[-\\s]the[-\\s]box|plug[-\\s]?(?:and|&|n)[-\\s]?play|turn[-\\s]?key|works\\s+(?:straight|right)\\s+away|no\\s+(?:setup|set-up|configuration|implementation|integration\\s+work)\\s+(?:needed|required)|just\\s+(?:plug|connect)\\s+(?:it\\s+)?in',
  },
  {
    kind: 'redFlag',
    tag: 'outOfTheBox',
    lang: 'en',
    source: '(?:set\\s+up|installed|configured)\\s+in\\s+(?:minutes|an?\\s+hour|a\\s+day|one\\s+day)',
  },
  {
    kind: 'redFlag',
    tag: 'outOfTheBox',
    lang: 'nl',
    source:
      'out[-\\s]of[-\\s]the[-\\s]box|plug[-\\s]?(?:and|&|en|n)[-\\s]?play|kant[-\\s]en[-\\s]klaar|werkt\\s+(?:direct|meteen|gelijk|onmiddellijk)|direct\\s+(?:inzetbaar|bruikbaar|klaar\\s+voor\\s+gebruik)|geen\\s+(?:implementatie|installatie|configuratie|inrichting)\\s+nodig',
  },
  {
    kind: 'redFlag',
    tag: 'outOfTheBox',
    lang: 'nl',
    source:
      '(?:binnen|in)\\s+(?:een|één|1)\\s+(?:dag|middag|uur)\\s+(?:ingericht|geïnstalleerd|werkend|klaar)',
  },
  // noDataNeeded
  {
    kind: 'redFlag',
    tag: 'noDataNeeded',
    lang: 'en',
    source:
      'no\\s+(?:training|data|training\\s+data|historical\\s+data|examples)(?:\\s+(?:is|are))?\\s+(?:needed|required|necessary)',
  },
  {
    kind: 'redFlag',
    tag: 'noDataNeeded',
    lang: 'en',
    source:
      "(?:without|zero)\\s+(?:any\\s+)?(?:training(?:\\s+data)?|data\\s+preparation|historical\\s+data)|(?:doesn't|does\\s+not|don't|do\\s+not|never)\\s+need\\s+(?:any\\s+)?(?:training|data|examples)",
  },
  {
    kind: 'redFlag',
    tag: 'noDataNeeded',
    lang: 'nl',
    source:
      'geen\\s+(?:training|data|trainingsdata|historische\\s+data|gegevens|voorbeelden|dataset)(?:\\s+(?:is|zijn))?\\s+(?:nodig|vereist|noodzakelijk)',
  },
  {
    kind: 'redFlag',
    tag: 'noDataNeeded',
    lang: 'nl',
    source:
      'zonder\\s+(?:enige\\s+)?(?:training|trainingsdata|inleren|datavoorbereiding|historische\\s+data)|hoeft\\s+(?:niet|nooit)\\s+(?:te\\s+)?(?:worden\\s+)?(?:getraind|ingeleerd|trainen|inleren)',
  },
  // instantResults
  {
    kind: 'redFlag',
    tag: 'instantResults',
    lang: 'en',
    source:
      '(?:instant|immediate)\\s+(?:results?|value|roi|savings|payback)|results?\\s+(?:instantly|immediately|overnight)|from\\s+day\\s+(?:one|1)|overnight\\s+(?:results?|success)',
  },
  {
    kind: 'redFlag',
    tag: 'instantResults',
    lang: 'en',
    source:
      '(?:up\\s+and\\s+running|live|pays?\\s+(?:for\\s+)?itself|results?)\\s+(?:with)?in\\s+(?:a|one|two|1|2)\\s+(?:days?|weeks?)',
  },
  {
    kind: 'redFlag',
    tag: 'instantResults',
    lang: 'nl',
    source:
      '(?:direct|meteen|onmiddellijk|gelijk)\\s+(?:resultaat|resultaten|rendement|besparing(?:en)?|effect|winst)|vanaf\\s+dag\\s+(?:een|één|1)|van\\s+de\\s+ene\\s+op\\s+de\\s+andere\\s+dag',
  },
  {
    kind: 'redFlag',
    tag: 'instantResults',
    lang: 'nl',
    source:
      'binnen\\s+(?:een|één|1|twee|2)\\s+(?:dag|dagen|week|weken)\\s+(?:live|resultaat|rendement|terugverdiend|operationeel|in\\s+productie)',
  },
  // replacesTeam
  {
    kind: 'redFlag',
    tag: 'replacesTeam',
    lang: 'en',
    source:
      'replac(?:es?|ing)\\s+(?:your\\s+|the\\s+|our\\s+)?(?:[\\p{L}-]+\\s+){0,2}(?:team|staff|department|employees|people|workforce|recruiters?|planners?|agents?|workers)',
  },
  {
    kind: 'redFlag',
    tag: 'replacesTeam',
    lang: 'en',
    source:
      '(?:no\\s+longer|never\\s+again)\\s+need\\s+(?:any\\s+)?(?:staff|people|employees|planners?|agents?|recruiters?)|without\\s+(?:any\\s+)?(?:staff|employees)',
  },
  {
    kind: 'redFlag',
    tag: 'replacesTeam',
    lang: 'nl',
    source:
      'vervang(?:t|en)\\s+(?:uw\\s+|je\\s+|jouw\\s+|het\\s+|de\\s+)?(?:hele\\s+|volledige\\s+|complete\\s+)?(?:team|afdeling|personeel|medewerkers|klantenservice|planners?|administratie|mensen)',
  },
  {
    kind: 'redFlag',
    tag: 'replacesTeam',
    lang: 'nl',
    source:
      '(?:geen|nauwelijks)\\s+(?:personeel|medewerkers|mensen|planners?)\\s+meer\\s+nodig|maakt\\s+(?:[\\p{L}-]+\\s+){1,3}overbodig',
  },
  // reusesData (partner lock-in / data protection)
  {
    kind: 'redFlag',
    tag: 'reusesData',
    lang: 'en',
    source:
      '(?:use|uses|using|reuse|reuses|reusing)\\s+(?:your|customer|client)\\s+(?:data|documents|files|content)\\s+(?:to|for)\\s+(?:train|improv|develop)[\\p{L}]*',
  },
  {
    kind: 'redFlag',
    tag: 'reusesData',
    lang: 'en',
    source:
      'your\\s+(?:data|documents|files|content)\\s+(?:helps?|improves?|trains?|is\\s+used\\s+to\\s+train|are\\s+used\\s+to\\s+train)|train(?:s|ing)?\\s+(?:our|the)\\s+(?:model|models|ai)\\s+(?:on|with)\\s+your',
  },
  {
    kind: 'redFlag',
    tag: 'reusesData',
    lang: 'nl',
    source:
      '(?:uw|je|jouw)\\s+(?:data|documenten|gegevens|bestanden)\\s+(?:worden\\s+)?(?:gebruikt|ingezet|hergebruikt)\\s+(?:om|voor)',
  },
  {
    kind: 'redFlag',
    tag: 'reusesData',
    lang: 'nl',
    source:
      '(?:uw|je|jouw)\\s+(?:data|documenten|gegevens|bestanden)\\s+(?:helpen|verbeteren|trainen)|(?:ons|het)\\s+model\\s+(?:te\\s+)?trainen\\s+(?:met|op)\\s+(?:uw|je|jouw)',
  },
];

/** Wishes instead of problems. Scanned in `problem.statement` and `problem.target`. */
const VAGUE: SignalPattern[] = [
  {
    kind: 'vague',
    tag: 'innovation',
    lang: 'nl',
    source: 'innovatie(?:ver|f|ve)(?:\\s+(?:te\\s+)?(?:zijn|worden))?',
  },
  {
    kind: 'vague',
    tag: 'innovation',
    lang: 'en',
    source: '(?:more\\s+)?innovative|innovate|innovation\\s+leader',
  },
  {
    kind: 'vague',
    tag: 'somethingWithAi',
    lang: 'nl',
    source:
      'iets\\s+(?:doen\\s+)?met\\s+(?:AI|kunstmatige\\s+intelligentie|ChatGPT)|zoeken\\s+(?:we\\s+)?(?:nu\\s+)?waar\\s+(?:het|AI|dat)\\s+(?:kan|past)|waar\\s+(?:we\\s+)?AI\\s+(?:kunnen\\s+)?(?:toepassen|inzetten)',
  },
  {
    kind: 'vague',
    tag: 'somethingWithAi',
    lang: 'en',
    source:
      '(?:do|doing)\\s+something\\s+with\\s+(?:AI|ChatGPT|machine\\s+learning)|where\\s+(?:we\\s+)?(?:can\\s+)?(?:apply|use)\\s+(?:AI|it)|looking\\s+for\\s+(?:the\\s+best\\s+)?(?:place|use|application)s?\\s+(?:to|for)|an\\s+AI\\s+feature',
  },
  {
    kind: 'vague',
    tag: 'competitor',
    lang: 'nl',
    source:
      '(?:de\\s+)?concurrent(?:en|ie)?\\s+(?:doet|doen|gebruikt|gebruiken|heeft|hebben|werkt|werken)(?:\\s+(?:het|er|al))?(?:\\s+ook)?|iedereen\\s+(?:doet|gebruikt)\\s+(?:het|AI|ChatGPT)',
  },
  {
    kind: 'vague',
    tag: 'competitor',
    lang: 'en',
    source:
      '(?:our\\s+|the\\s+)?(?:biggest\\s+)?(?:competitors?|competition)\\s+(?:is|are|does|do|has|have|uses?|advertises?|offers?)|every(?:one|body)\\s+is\\s+(?:using|doing)|every\\s+(?:firm|company|business)\\s+is\\s+doing',
  },
  {
    kind: 'vague',
    tag: 'keepUp',
    lang: 'nl',
    negatable: false,
    source:
      'niet\\s+achter(?:blijven|raken|lopen)|mee(?:gaan)?\\s+met\\s+de\\s+tijd|bij\\s*(?:te\\s+)?blijven|toekomstbestendig(?:e|er)?|moderner(?:\\s+bedrijf)?|op\\s+de\\s+kaart\\s+(?:te\\s+)?zetten',
  },
  {
    kind: 'vague',
    tag: 'keepUp',
    lang: 'en',
    negatable: false,
    source:
      'fall(?:ing)?\\s+behind|keep(?:ing)?\\s+up|stay(?:ing)?\\s+(?:ahead|relevant|competitive)|future[-\\s]proof|state[-\\s]of[-\\s]the[-\\s]art|modern(?:ise|ize)\\s+the\\s+company',
  },
  {
    kind: 'vague',
    tag: 'transformation',
    lang: 'nl',
    source: 'digitale\\s+transformatie|AI[-\\s]gedreven|AI[-\\s]strategie|AI[-\\s]transformatie',
  },
  {
    kind: 'vague',
    tag: 'transformation',
    lang: 'en',
    source: 'digital\\s+transformation|AI[-\\s]driven|AI[-\\s]first|AI\\s+strategy|leverag(?:e|ing)\\s+AI',
  },
];

/** Numbers with a meaning. Scanned in `problem.statement` and `problem.target`. */
const CONCRETE: SignalPattern[] = [
  {
    kind: 'concrete',
    tag: 'amount',
    lang: 'any',
    source: `(?:€|EUR)\\s?${NUM}|${NUM}\\s?(?:k€|€|euros?|eur|duizend\\s+euro|thousand\\s+euros?)`,
  },
  { kind: 'concrete', tag: 'percentage', lang: 'any', source: `${NUM}\\s?(?:%|procent|percent|pct)` },
  {
    kind: 'concrete',
    tag: 'hours',
    lang: 'nl',
    source: `${NUM}\\s?(?:uur|uren|minuten|minuut|min|fte|werkdagen|mandagen)`,
  },
  {
    kind: 'concrete',
    tag: 'hours',
    lang: 'en',
    source: `${NUM}\\s?(?:hours?|hrs?|minutes?|mins?|fte|man-days)`,
  },
  {
    kind: 'concrete',
    tag: 'volume',
    lang: 'nl',
    source: `${NUM}\\s+${NOT_A_COUNT}(?:[\\p{L}'-]+\\s+){0,3}(?:per|elke|iedere|\\/)\\s*(?:${PERIOD_NL})`,
  },
  {
    kind: 'concrete',
    tag: 'volume',
    lang: 'en',
    source: `${NUM}\\s+${NOT_A_COUNT}(?:[\\p{L}'-]+\\s+){0,3}(?:per|a|an|each|every|\\/)\\s*(?:${PERIOD_EN})`,
  },
  {
    kind: 'concrete',
    tag: 'date',
    lang: 'nl',
    source: `\\d{1,2}\\s+(?:${MONTHS_NL})(?:\\s+\\d{4})?|(?:${MONTHS_NL})\\s+\\d{4}|(?:eind|begin|medio|uiterlijk|vóór|voor|per|in)\\s+(?:(?:${MONTHS_NL})\\s+)?20\\d{2}|binnen\\s+(?:${NUMBER_WORDS_NL})\\s+(?:dagen|weken|maanden|maand|week|jaar)|week\\s+\\d{1,2}`,
  },
  {
    kind: 'concrete',
    tag: 'date',
    lang: 'en',
    source: `\\d{1,2}\\s+(?:${MONTHS_EN})(?:\\s+\\d{4})?|(?:${MONTHS_EN})\\s+\\d{1,2}(?:,\\s*\\d{4})?|(?:${MONTHS_EN})\\s+\\d{4}|(?:by|before|end\\s+of|in|from)\\s+(?:the\\s+end\\s+of\\s+)?(?:(?:${MONTHS_EN})\\s+)?20\\d{2}|within\\s+(?:${NUMBER_WORDS_EN})\\s+(?:days|weeks|months|month|week|year)`,
  },
  {
    kind: 'concrete',
    tag: 'date',
    lang: 'any',
    source: 'Q[1-4]\\s*(?:20)?\\d{2}|\\d{1,2}[-/]\\d{1,2}[-/]\\d{2,4}|20\\d{2}[-/]\\d{1,2}[-/]\\d{1,2}',
  },
  {
    kind: 'concrete',
    tag: 'baseline',
    lang: 'nl',
    source: `van\\s+${NUM}\\s*(?:%|[\\p{L}]+)?\\s+naar\\s+${NUM}|nulmeting|baseline|(?:nu|momenteel|op\\s+dit\\s+moment)\\s+(?:[\\p{L}]+\\s+){0,4}${NUM}`,
  },
  {
    kind: 'concrete',
    tag: 'baseline',
    lang: 'en',
    source: `from\\s+${NUM}\\s*(?:%|[\\p{L}]+)?\\s+to\\s+${NUM}|baseline|(?:currently|today|right\\s+now|at\\s+present)\\s+(?:[\\p{L}]+\\s+){0,4}${NUM}`,
  },
];

/** Every pattern, in evaluation order. */
export const SIGNAL_PATTERNS: readonly SignalPattern[] = [...RED_FLAGS, ...VAGUE, ...CONCRETE];

/**
 * Words that cancel a red flag or vague goal when they occur shortly before it in the same clause
 * ("geen 100% garantie", "not fully automatic", "we beloven geen ...", "no one can promise ...").
 */
export const NEGATION_CUES: readonly string[] = [
  // nl
  'geen',
  'niet',
  'nooit',
  'niemand',
  'nergens',
  'nauwelijks',
  'allerminst',
  'onmogelijk',
  'onrealistisch',
  // en
  'no',
  'not',
  'never',
  'nobody',
  'cannot',
  "can't",
  "won't",
  "don't",
  "doesn't",
  "isn't",
  "aren't",
  'unlikely',
  'impossible',
  'unrealistic',
  'rather than',
  'instead of',
];

/** Phrases that cancel a claim when they follow it in the same clause ("100 % automatisering bestaat niet"). */
export const POST_NEGATION_CUES: readonly string[] = [
  'bestaat niet',
  'bestaan niet',
  'is een mythe',
  'is niet realistisch',
  'is onrealistisch',
  'niet haalbaar',
  'is niet haalbaar',
  'beloven we niet',
  'garanderen we niet',
  'does not exist',
  "doesn't exist",
  'is a myth',
  'is not realistic',
  'is unrealistic',
  'not achievable',
  'we do not promise',
  'we cannot promise',
  'is not something we promise',
];

/**
 * Words that end a clause: negation before them does not reach a match after them
 * ("we beloven geen wonderen, wel 100% automatisering" still triggers).
 */
export const CLAUSE_BREAKS: readonly string[] = [
  'maar',
  'wel',
  'echter',
  'en',
  'but',
  'however',
  'and',
  'yet',
  'though',
];

/** How many words before a match a negation cue may stand. */
export const NEGATION_WINDOW_WORDS = 5;
