/**
 * Word classes the signal rules are built from, Dutch and English side by side. A rule combines
 * classes ("a word of totality near a word of automation"), so a claim is recognised however it is
 * worded, instead of matching phrases taken from example texts (a test checks that no entry of four
 * or more words occurs verbatim in an example file).
 *
 * Term syntax, compared with lower-case, accent-free tokens (tokenize.ts):
 * - `word`   the word itself;
 * - `stem*`  any word starting with the stem, also after the Dutch participle prefix "ge"
 *            (`automat*` matches automatisch, automation, geautomatiseerd);
 * - `*tail`  any word ending in it (`*werk` matches telefoonwerk);
 * - `a b`    words in a row within one clause (hyphens split words: "plug-and-play" is three words).
 */

/** Words that say "all of it": volledig automatisch, fully automated. */
export const TOTAL = [
  'volledig*',
  'helemaal',
  'compleet',
  'complete*',
  'geheel',
  'gehele',
  'totaal',
  'totale',
  'total*',
  'full',
  'fully',
  'entire*',
  'end to end',
  'integraal',
] as const;

/** Words of automation and autonomy. */
export const AUTOMATE = ['automat*', 'autono*', 'zelfstandig*', 'zelfsturend*', 'selfdriving'] as const;

/** Single words or idioms that promise full automation on their own. */
export const AUTOMATION_IDIOMS = [
  'volautomat*',
  'autono*',
  'handsfree',
  'hands free',
  'lights out',
  'zero touch',
  'touchless',
  'autopilot',
  'automatische piloot',
  'hands off',
  'zonder omkijken',
] as const;

export const WITHOUT = ['zonder', 'without'] as const;

/** Negating determiners that are part of a claim ("geen training nodig", "no human needed"). */
export const NO = ['geen', 'no', 'zero', 'nul', 'niemand', 'nobody'] as const;

/** People as the ones who check or do the work. */
export const HUMAN = [
  'mens',
  'mensen',
  'menselijk*',
  'human*',
  'persoon',
  'personen',
  'person',
  'people',
  'iemand',
  'anyone',
  'anybody',
  'tussenkomst',
  'intervention',
  'ingreep',
  'ingrijpen',
  'controle',
  'review',
  'oversight',
  'toezicht',
  'supervision',
  'begeleiding',
  'handwerk',
] as const;

/** Manual work ("nooit meer handmatig overtypen", "no more manual entry"). */
export const MANUAL = ['handmatig*', 'handwerk', 'manual*', 'overtyp*', 'retyp*'] as const;

export const NEEDED = [
  'nodig',
  'needed',
  'required',
  'necessary',
  'vereist',
  'noodzakelijk',
  'need',
  'needs',
] as const;

/** "nooit meer", "never again", "no longer": what ends for good. */
export const NO_MORE = [
  'nooit meer',
  'never again',
  'no more',
  'no longer',
  'niet langer',
  'niet meer',
] as const;

/** Verbs of taking work off someone's hands. */
export const TAKE_OVER = [
  'neemt',
  'nemen',
  'overneemt',
  'takes',
  'take',
  'handles',
  'handelt',
  'doet',
  'does',
  'regelt',
  'verzorgt',
] as const;

/** "al het werk", "all the work", "the entire process". */
export const ALL = [
  'al',
  'alle',
  'all',
  'hele',
  'whole',
  'entire',
  'volledige',
  'gehele',
  'complete',
] as const;
export const EVERYTHING = ['alles', 'everything'] as const;
export const WORK = [
  '*werk',
  '*work',
  'taken',
  'tasks',
  'werkzaamheden',
  'proces',
  'process',
  'processen',
  'processes',
] as const;

/** Who a team is: staff, roles, departments. */
export const STAFF = [
  'team*',
  'afdeling*',
  'department*',
  'personeel*',
  'medewerker*',
  'werknemer*',
  'mensen',
  'people',
  'staff*',
  'employee*',
  'workforce',
  'recruiter*',
  'planner*',
  'agent',
  'agents',
  'collega*',
  'colleague*',
  'klantenservice*',
  'helpdesk*',
  'callcenter*',
  'fte',
  'administratie*',
  'boekhouder*',
  'bookkeeper*',
  'assistent*',
  'assistant*',
  'receptionist*',
  'secretar*',
  'operator*',
  'inspecteur*',
  'inspector*',
  'dispatcher*',
  'typist*',
  'vertaler*',
  'translator*',
  'customer service',
  'service desk',
  // Dutch compounds: planningsafdeling, orderpickers, magazijnmedewerkers
  '*afdeling',
  '*afdelingen',
  '*team',
  '*teams',
  '*medewerkers',
  '*personeel',
  '*planners',
  '*pickers',
  '*krachten',
] as const;

export const REPLACE = ['vervang*', 'replac*', 'substitut*'] as const;

/** Words that make people redundant. */
export const REDUNDANT = [
  'overbodig*',
  'redundant',
  'obsolete',
  'superfluous',
  'unnecessary',
  'niet meer nodig',
  'niet langer nodig',
  'no longer needed',
  'no longer required',
] as const;

/** What a new hire adds, not replaces: "zonder extra personeel" is growth, not replacement. */
export const EXTRA = ['extra', 'additional', 'nieuw', 'nieuwe', 'new'] as const;

/** Accuracy and its synonyms (with a percentage: "99 % nauwkeurig", "100 percent accuracy"). */
export const ACCURACY = [
  'nauwkeurig*',
  'accura*',
  'precis*',
  'precies',
  'juist*',
  'correct*',
  'betrouwba*',
  'reliab*',
  'foutloos',
  'foutloze',
  'herken*',
  'recogni*',
  'detect*',
  'trefzeker*',
  'zeker*',
  'certain*',
  'garan*',
  'guarantee*',
  'goed',
  'right',
  'raak',
  'hit rate',
  'success rate',
] as const;

/** Perfection on its own. */
export const PERFECT_WORDS = [
  'foutloos',
  'foutloze',
  'feilloos',
  'feilloze',
  'flawless*',
  'error free',
  'errorfree',
  'onfeilbaar',
  'infallible',
  'zero defects',
] as const;

export const PERFECT = ['perfect*'] as const;

/** What "perfect" promises about: answers, results, recognition. */
export const OUTPUT = [
  'nauwkeurig*',
  'accura*',
  'resultat*',
  'resultaat',
  'result*',
  'antwoord*',
  'answer*',
  'herkenning',
  'recognition',
  'precision',
  'precisie',
  'output',
  'uitkomst*',
  'score*',
] as const;

/** Errors as things that happen. Exact words: "foutloos" is not an error. */
export const ERRORS = [
  'fout',
  'fouten',
  'foutje',
  'foutjes',
  'error',
  'errors',
  'mistake',
  'mistakes',
  'vergissing*',
  'wrong',
] as const;

export const NEVER_OR_ZERO = ['geen', 'no', 'zero', 'nul', '0', 'nooit', 'never'] as const;
export const ALWAYS = ['altijd', 'always'] as const;
export const RIGHT = [
  'juist*',
  'goed',
  'correct*',
  'right',
  'raak',
  'accura*',
  'precies',
  'perfect',
] as const;

/** Idioms of "it works without setting up". Split into words that may have something between them. */
export const OUT_OF_BOX = [
  ['out', 'box'],
  ['plug', 'play'],
  ['kant', 'klaar'],
  ['kant', 'klare'],
  ['ready', 'use'],
  ['klaar', 'gebruik'],
] as const;
export const TURNKEY = ['turnkey', 'turn key', 'sleutelklaar', 'zero setup', 'zero config*'] as const;

/** Working, usable, running. */
export const WORKS = [
  'werkt',
  'works',
  'working',
  'inzetbaar',
  'bruikbaar',
  'usable',
  'operationeel',
  'operational',
  'draait',
  'runs',
] as const;

/** Straight away. "gelijk" is left out: it also means "equal". */
export const IMMEDIATELY = [
  'direct',
  'directe',
  'meteen',
  'onmiddellijk*',
  'immediate*',
  'instant*',
  'straight away',
  'right away',
  'at once',
  'overnight',
  'in no time',
  'zo gepiept',
] as const;

/** Each one of them: "elke factuur wordt automatisch geboekt", "every order is handled automatically". */
export const EACH = ['alle', 'all', 'elke', 'iedere', 'ieder', 'every', 'each'] as const;

/** The first weeks, as a promise of when results come. */
export const FIRST_PERIOD = [
  'eerste week',
  'eerste maand',
  'first week',
  'first month',
  'first weeks',
] as const;

/** The first day. */
export const DAY_ONE = [
  'vanaf dag',
  'from day',
  'eerste dag',
  'first day',
  'day one',
  'dag een',
  'dag 1',
  'day 1',
] as const;

/** What follows "direct inzetbaar" that is not about time: "werkt direct samen met", "werkt direct via". */
export const NOT_ABOUT_TIME = ['samen', 'met', 'vanuit', 'via', 'aan', 'with', 'into', 'from'] as const;

/** Setting up and connecting. */
export const SETUP = [
  'implementati*',
  'implementation*',
  'installati*',
  'installation*',
  'configurati*',
  'configuration*',
  'inrichting*',
  'inrichten',
  'setup',
  'set up',
  'instellingen',
  'instellen',
  'integratie*',
  'integration*',
  'maatwerk',
  'customi*',
  'technische kennis',
  'technical knowledge',
  'it kennis',
] as const;

/** Set up or connected (a participle). */
export const SET_UP_DONE = [
  'ingericht',
  'geinstalleerd',
  'installed',
  'set up',
  'configured',
  'geconfigureerd',
  'gekoppeld',
  'connected',
  'geimplementeerd',
  'implemented',
  'opgezet',
] as const;

/** Durations so short they need no number: "in minuten", "with a few clicks". */
export const MOMENTS = ['minuten', 'minutes', 'handomdraai', 'klik', 'klikken', 'click', 'clicks'] as const;

/** What a model learns from. */
export const TRAINING_DATA = [
  'training*',
  'trainingsdata',
  'trainingset*',
  'data',
  'dataset*',
  'gegevens',
  'historische',
  'historisch',
  'historical',
  'voorbeeld*',
  'example*',
  'inleer*',
  'leerperiode',
  'leerfase',
  'learning period',
  'learning phase',
] as const;

/** Learning material as a noun that "without" can take ("zonder training"), not bare "data". */
export const TRAINING = [
  'training*',
  'trainingsdata',
  'inleer*',
  'datavoorbereiding',
  'data preparation',
  'data prep',
  'voorbeelden',
  'examples',
  'historische',
  'historical',
  'leerfase',
  'leerperiode',
  'learning phase',
  'learning period',
] as const;

export const PLAIN_DATA = ['data', 'gegevens', 'dataset', 'datasets'] as const;

/** Being trained or taught ("hoeft niet getraind te worden"). */
export const BE_TRAINED = [
  'getraind',
  'trainen',
  'train',
  'trained',
  'training',
  'ingeleerd',
  'inleren',
  'aangeleerd',
  'aanleren',
  'data',
  'gegevens',
  'voorbeelden',
  'examples',
] as const;

export const NEED_VERB = ['need', 'needs', 'require', 'requires'] as const;
export const NOT_AUX = ["doesn't", "don't", 'not', 'never', "won't"] as const;
export const HOEFT = ['hoeft', 'hoeven', 'hoef'] as const;
export const NIET = ['niet', 'geen', 'nooit'] as const;
export const LEARNS = ['leert', 'learns'] as const;
export const BY_ITSELF = ['vanzelf', 'itself', 'zichzelf', 'on its own'] as const;

/** What a project yields. */
export const RESULT = [
  'resultaat',
  'resultaten',
  'result',
  'results',
  'rendement',
  'besparing*',
  'bespaart',
  'bespaar*',
  'saving*',
  'saves',
  'save',
  'effect',
  'winst',
  'value',
  'waarde',
  'roi',
  'payback',
  'terugverdien*',
  'impact',
  'opbrengst*',
  'return*',
  'verbetering*',
  'improvement*',
  'pays',
  'betaalt',
  'rendabel',
  'profitable',
] as const;

/** Being in production. */
export const LIVE = [
  'live',
  'operationeel',
  'operational',
  'productie',
  'production',
  'up and running',
  'in gebruik',
  'in use',
] as const;

/** Whose data: the customer's. */
export const YOURS = [
  'uw',
  'your',
  'je',
  'jouw',
  'u',
  'you',
  'klant*',
  'customer*',
  'client*',
  'gebruiker*',
  'user*',
] as const;

/** The customer's documents and records. */
export const OWN_DATA = [
  'data',
  'gegevens',
  'document*',
  'bestand*',
  'file*',
  'content',
  'tekst*',
  'text*',
  'beeld*',
  'image*',
  'foto*',
  'photo*',
  'opname*',
  'recording*',
  'input',
  'invoer',
  'dossier*',
  'mail*',
  'email*',
  'offerte*',
  'factur*',
  'invoice*',
  'order*',
  'upload*',
  'contract*',
  'brieven',
  'letters',
  'gesprek*',
  'call*',
  'chats',
  'ticket*',
  'bericht*',
  'message*',
  'informatie',
  'information',
] as const;

/** Learning from something. */
export const LEARN_FROM = [
  'train*',
  'getraind',
  'verbeter*',
  'improv*',
  'ontwikkel*',
  'develop*',
  'hergebruik*',
  'reuse*',
  'leren',
  'leert',
  'learn*',
  'beter',
] as const;

/** The vendor's own, shared product: what reused data improves. */
export const THEIRS = [
  'ons',
  'onze',
  'our',
  'hun',
  'their',
  'algemene',
  'general',
  'generic',
  'generieke',
  'shared',
  'gedeelde',
  'andere klanten',
  'other customers',
  'other clients',
  'alle klanten',
  'all customers',
  'platform',
] as const;

/** Artificial intelligence by any name. */
export const AI = [
  'ai',
  'a i',
  'kunstmatige intelligentie',
  'artificial intelligence',
  'chatgpt',
  'genai',
  'gen ai',
  'generatieve',
  'generative',
  'machine learning',
  'llm*',
  'copilot',
  'gpt*',
] as const;

/** Technology a competitor may show off. */
export const TECH = [
  ...AI,
  'chatbot*',
  'algoritm*',
  'algorithm*',
  'robot*',
  'automat*',
  'slimme',
  'smart',
  'digitale',
  'digital',
] as const;

export const SOMETHING = ['iets', 'something'] as const;
export const WITH = ['met', 'with', 'doen', 'do'] as const;
export const WHERE = ['waar', 'where', 'welke', 'which', 'what', 'wat'] as const;
export const APPLY = [
  'toepass*',
  'toegepast',
  'inzet*',
  'apply',
  'applied',
  'use',
  'used',
  'gebruik*',
  'past',
  'fits',
  'helpen',
  'help',
  'kan',
  'can',
  'could',
] as const;
export const SEARCH = ['zoek*', 'looking', 'search*', 'find', 'finding', 'vinden'] as const;
export const APPLICATION = [
  'toepassing*',
  'use case*',
  'usecase*',
  'application*',
  'plek',
  'place',
  'use',
  'uses',
  'waar',
  'where',
  'probleem',
  'problem',
  'kans',
  'kansen',
  'opportunit*',
] as const;
export const CHANCES = [
  'kans',
  'kansen',
  'mogelijkhed*',
  'opportunit*',
  'possibilit*',
  'potentie*',
  'potential',
] as const;
export const FEATURE = [
  'feature*',
  'functie*',
  'functionaliteit*',
  'component',
  'onderdeel',
  'module',
  'sausje',
] as const;
export const BUDGET = ['budget*', 'geld', 'money', 'funds', 'funding', 'subsidie*', 'grant'] as const;
export const ALLOCATED = [
  'vrijgemaakt',
  'vrij gemaakt',
  'allocated',
  'set aside',
  'gereserveerd',
  'earmarked',
  'beschikbaar',
  'available',
  'klaar',
] as const;

/** Others in the market. */
export const COMPETITOR = [
  'concurrent*',
  'competitor*',
  'competition',
  'rival*',
  'branchegenot*',
  'vakgenot*',
  'collega bedrijven',
  'andere bedrijven',
  'other companies',
  'other firms',
  'other businesses',
] as const;
export const EVERYONE = [
  'iedereen',
  'everyone',
  'everybody',
  'every firm',
  'every company',
  'elk bedrijf',
  'ieder bedrijf',
] as const;
export const DOES = [
  'doet',
  'doen',
  'doing',
  'does',
  'gebruikt',
  'gebruiken',
  'using',
  'uses',
  'heeft',
  'hebben',
  'has',
  'have',
] as const;
export const IT = ['het', 'it', 'dat', 'that', 'this', 'dit', 'er'] as const;
export const ALSO = ['ook', 'too', 'also', 'as well', 'al', 'already', 'allemaal'] as const;

/** Wishes not to lag: need an object check (a workload is a real problem, not a wish). */
export const FALL_BEHIND = [
  'achterblijv*',
  'achterop',
  'achter raken',
  'achterraken',
  'achter lopen',
  'achterlopen',
  'fall behind',
  'falling behind',
  'fell behind',
  'left behind',
  'lag behind',
  'lagging behind',
  'bijblijven',
  'bij blijven',
  'bij te blijven',
  'keep up',
  'keeping up',
  'keep pace',
  'keeping pace',
  'stay ahead',
  'staying ahead',
  'voorblijven',
  'voorop blijven',
  'stay relevant',
  'relevant blijven',
  'stay competitive',
  'staying competitive',
  'concurrerend blijven',
  'competitive edge',
  'competitive advantage',
  'concurrentievoordeel',
  'concurrentiekracht',
  'voorsprong',
] as const;

/** What a wish to keep up is about: the market and the times, not a workload. */
export const MARKET = [
  'concurrent*',
  'competit*',
  'markt',
  'market',
  'rest',
  'anderen',
  'others',
  'sector',
  'branche',
  'industry',
  'tijd',
  'times',
  'ontwikkeling*',
  'development*',
  'technolog*',
  'trend*',
  'ai',
  'digitaliser*',
  'digital*',
  'peers',
  'vakgenot*',
  'branchegenot*',
  'innovat*',
] as const;

export const FUTURE_PROOF = [
  'toekomstbestendig*',
  'toekomstvast',
  'future proof*',
  'futureproof*',
  'toekomstgericht*',
  'future ready',
  'moderner',
  'modernis*',
  'moderniz*',
  'koploper*',
  'voorloper*',
  'frontrunner*',
  'front runner*',
] as const;

export const INNOVATION = ['innovat*'] as const;
export const TRANSFORM_LEAD = ['digital*', 'ai'] as const;
export const TRANSFORM = [
  'transformat*',
  'gedreven',
  'driven',
  'first',
  'strateg*',
  'transitie',
  'revolutie',
  'revolution',
] as const;
export const EMBRACE = [
  'leverag*',
  'benutten',
  'benut',
  'omarmen',
  'omarm*',
  'embrace*',
  'harness*',
] as const;

/**
 * Negation cues that cancel a claim they precede in its clause (NegEx's "pre-negation"): "geen 100 %
 * garantie", "we do not expect full automation". "not only" and "niet alleen" are not negations.
 */
export const NEGATION_BEFORE = [
  'geen',
  'niet',
  'nooit',
  'niemand',
  'nergens',
  'noch',
  'allerminst',
  'geenszins',
  'in plaats van',
  'ipv',
  'in tegenstelling tot',
  'no',
  'not',
  'never',
  'nobody',
  'none',
  'neither',
  'nor',
  'no one',
  'cannot',
  "can't",
  "won't",
  "don't",
  "doesn't",
  "didn't",
  "isn't",
  "aren't",
  "wasn't",
  "shouldn't",
  "wouldn't",
  'rather than',
  'instead of',
  'as opposed to',
  'unlikely',
  'impossible',
  'onmogelijk',
  'onrealistisch',
  'unrealistic',
] as const;

/** Words after a negation cue that make it additive, not negating: "niet alleen", "not only". */
export const NOT_ONLY = ['alleen', 'slechts', 'uitsluitend', 'only', 'just', 'merely'] as const;

/**
 * Negation cues that cancel a claim they follow in its clause: Dutch puts "niet" after the object
 * ("volledige automatisering verwachten we niet"); both languages dismiss after the fact
 * ("… is een mythe", "… is not realistic").
 */
export const NEGATION_AFTER = [
  'niet',
  'geen',
  'nooit',
  'not',
  "isn't",
  "aren't",
  "won't",
  "doesn't",
  "don't",
  'never',
  'mythe',
  'myth',
  'fabel',
  'sprookje',
  'fairy tale',
  'illusie',
  'illusion',
  'utopie',
  'utopia',
  'onzin',
  'nonsense',
  'onrealistisch',
  'unrealistic',
  'onmogelijk',
  'impossible',
  'onhaalbaar',
  'unachievable',
  'fiction',
  'fictie',
] as const;

/** How many words before a claim a negation or hedge cue may stand; and after it. */
export const SCOPE_BEFORE_WORDS = 8;
export const SCOPE_AFTER_WORDS = 5;

/**
 * Hedges: what follows is a possibility, a hope or a question, not a promise ("misschien ooit
 * volledig automatisch", "we asked whether it works out of the box"). Red flags only: a vague wish
 * stays a wish when it is hedged.
 */
export const HEDGE_BEFORE = [
  'misschien',
  'wellicht',
  'hopelijk',
  'eventueel',
  'mogelijkerwijs',
  'op termijn',
  'ooit',
  'in de toekomst',
  'idealiter',
  'indien',
  'vroegen of',
  'gevraagd of',
  'vraag of',
  'vragen of',
  'perhaps',
  'maybe',
  'possibly',
  'hopefully',
  'someday',
  'one day',
  'eventually',
  'in the future',
  'in the long run',
  'in the long term',
  'ideally',
  'if',
  'whether',
  'asked if',
] as const;

/**
 * Words that end a negation's reach inside a sentence, like punctuation does. "of", "or" and "nor"
 * are missing on purpose: "geen X, Y of Z" negates the whole list.
 */
export const SCOPE_BREAKS = [
  'maar',
  'echter',
  'doch',
  'toch',
  'wel',
  'terwijl',
  'want',
  'omdat',
  'doordat',
  'aangezien',
  'sinds',
  'nu dat',
  'dus',
  'zodat',
  'daarom',
  'tenzij',
  'behalve',
  'als',
  'wanneer',
  'zodra',
  'en',
  'but',
  'however',
  'yet',
  'although',
  'though',
  'whereas',
  'while',
  'so',
  'because',
  'since',
  'now that',
  'unless',
  'except',
  'when',
  'once',
  'and',
] as const;

/** List joins that carry a negation across commas: "geen X, Y of Z", "no X, Y or Z". */
export const LIST_JOINS = ['of', 'or', 'nor', 'noch'] as const;

/**
 * The team distances itself from a claim it quotes: in a later part of the sentence or in the next
 * sentence ("De leverancier belooft 90 %; dat geloven we niet").
 */
export const REJECTION = [
  'geloven we niet',
  'geloven wij niet',
  'geloof ik niet',
  "don't believe",
  'do not believe',
  'niet realistisch',
  'onrealistisch',
  'unrealistic',
  'not realistic',
  'overdreven',
  'exaggerat*',
  'overstat*',
  'overclaim*',
  'te mooi om',
  'too good to',
  'sceptisch',
  'skeptisch',
  'sceptic*',
  'skeptic*',
  'wantrouw*',
  'distrust*',
  'mistrust*',
  'twijfel*',
  'betwijfel*',
  'doubt*',
  'korrel zout',
  'korreltje zout',
  'grain of salt',
  'pinch of salt',
  'verkooppraat*',
  'marketingpraat*',
  'sales pitch',
  'sales talk',
  'klopt niet',
  'not true',
  'niet waar',
  'onwaar',
  'untrue',
  'ongeloofwaardig',
  'niet geloofwaardig',
  'implausible',
  'not credible',
  'onwaarschijnlijk',
  'unlikely',
  'niet overtuigd',
  'not convinced',
  'unconvinced',
  'rekenen we niet',
  'rekenen wij niet',
  "don't count on",
  'do not count on',
  'not counting on',
  'gaan we niet',
  "don't assume",
  'do not assume',
  'nemen we niet',
  'verwerpen',
  'wijzen we af',
  'afgewezen',
  'reject*',
  'eerst zien',
  'onzin',
  'nonsense',
  'mythe',
  'myth',
  'sprookje',
  'illusie',
  'illusion',
] as const;

/** The team speaking for itself: "wij rekenen op 30 %", "we expect 40 %". */
export const FIRST_PERSON = ['we', 'wij', 'ons', 'onze', 'our', 'us', 'ourselves'] as const;
export const ESTIMATE = [
  'reken*',
  'count*',
  'verwacht*',
  'expect*',
  'gaan uit',
  'go by',
  'assum*',
  'schat*',
  'estimat*',
  'plan*',
  'budget*',
  'houden rekening',
  'aim*',
  'mik*',
  'streven',
  'target*',
  'realistisch',
  'realistic*',
  'conservatie*',
  'conservative*',
  'voorzichtig*',
  'cautious*',
] as const;
