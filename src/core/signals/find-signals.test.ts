/**
 * The text signals on sentences written for these tests (never copied from examples/: a rule that
 * only knows an example's sentence is fitted, see signal-rules.test.ts). Dutch and English side by side.
 */
import { describe, expect, it } from 'vitest';
import { findSignals, type Stance } from './find-signals.ts';
import type { RedFlagClaim, VagueGoal } from './signal-tags.ts';

const redFlags = (text: string): RedFlagClaim[] =>
  findSignals(text, { kinds: ['redFlag'] }).flatMap((h) => (h.kind === 'redFlag' ? [h.tag] : []));
const stances = (text: string): Stance[] =>
  findSignals(text, { kinds: ['redFlag'] }).flatMap((h) => (h.kind === 'redFlag' ? [h.stance] : []));
const vague = (text: string): VagueGoal[] =>
  findSignals(text, { kinds: ['vague'] }).flatMap((h) => (h.kind === 'vague' ? [h.tag] : []));

describe('red-flag claims in Dutch', () => {
  it.each<[string, RedFlagClaim]>([
    ['Het pakket boekt uw inkoop volledig automatisch.', 'totalAutomation'],
    ['Na de koppeling is het proces helemaal geautomatiseerd.', 'totalAutomation'],
    ['Onze software automatiseert de orderverwerking compleet.', 'totalAutomation'],
    ['Wij leveren honderd procent automatisering.', 'totalAutomation'],
    ['Zo wordt 95% van de aanvragen automatisch afgehandeld.', 'totalAutomation'],
    ['De robot keurt zonder enige menselijke controle goed.', 'totalAutomation'],
    ['Er hoeft geen mens meer aan te pas te komen: geen mens nodig.', 'totalAutomation'],
    ['Nooit meer handmatig overtikken.', 'totalAutomation'],
    ['De assistent neemt al het administratieve werk over.', 'totalAutomation'],
    ['Een autonome planner voor uw vrachtwagens.', 'totalAutomation'],
    ['Daarna verwerkt de software alles automatisch.', 'totalAutomation'],
    ['Elke bestelling wordt automatisch ingepland.', 'totalAutomation'],
    ['De boekhouding loopt zonder omkijken.', 'totalAutomation'],
    ['De scanner leest elk formulier 100 procent correct.', 'perfectAccuracy'],
    ['Een nauwkeurigheid van 99,5% op elk document.', 'perfectAccuracy'],
    ['De vertalingen zijn feilloos.', 'perfectAccuracy'],
    ['Het model maakt nooit fouten.', 'perfectAccuracy'],
    ['De uitkomst is altijd juist.', 'perfectAccuracy'],
    ['Een kant-en-klare oplossing voor uw magazijn.', 'outOfTheBox'],
    ['De app is meteen bruikbaar.', 'outOfTheBox'],
    ['Er is geen configuratie nodig.', 'outOfTheBox'],
    ['Binnen één dag ingericht.', 'outOfTheBox'],
    ['In één middag geïnstalleerd.', 'outOfTheBox'],
    ['In een paar klikken gekoppeld aan uw webshop.', 'outOfTheBox'],
    ['U hoeft geen historische gegevens aan te leveren; er zijn geen voorbeelden nodig.', 'noDataNeeded'],
    ['Het model hoeft niet eerst te worden getraind.', 'noDataNeeded'],
    ['Het systeem draait zonder voorafgaande training.', 'noDataNeeded'],
    ['U merkt onmiddellijk besparingen.', 'instantResults'],
    ['Binnen een maand terugverdiend.', 'instantResults'],
    ['In tien dagen operationeel.', 'instantResults'],
    ['Vanaf de eerste dag levert het rendement op.', 'instantResults'],
    ['De software vervangt uw complete planningsafdeling.', 'replacesTeam'],
    ['Uw orderpickers worden overbodig.', 'replacesTeam'],
    ['Daarna is er geen boekhouder meer nodig.', 'replacesTeam'],
    ['De tool neemt het werk van onze planners over.', 'replacesTeam'],
    ['Met uw offertes verbeteren wij ons algemene model.', 'reusesData'],
    ['Ons platform leert van de bestanden die u uploadt.', 'reusesData'],
  ])('%s → %s', (text, tag) => {
    expect(redFlags(text)).toContain(tag);
  });

  it('a negation in an earlier clause does not reach a later claim', () => {
    expect(redFlags('Wij beloven geen gouden bergen, wel foutloze verwerking.')).toEqual(['perfectAccuracy']);
  });

  it('quotes the matched words as written', () => {
    const [hit] = findSignals('Het werkt Plug-And-Play!', { kinds: ['redFlag'] });
    expect(hit?.quote).toBe('Plug-And-Play');
  });
});

describe('red-flag claims in English', () => {
  it.each<[string, RedFlagClaim]>([
    ['Our engine handles your bookkeeping fully automatically.', 'totalAutomation'],
    ['The whole intake is completely automated.', 'totalAutomation'],
    ['It automates everything from quote to invoice.', 'totalAutomation'],
    ['Ninety-five percent of requests are answered automatically.', 'totalAutomation'],
    ['Orders flow through without any human review.', 'totalAutomation'],
    ['A truly hands-free back office.', 'totalAutomation'],
    ['The bot takes over all the phone work.', 'totalAutomation'],
    ['Autonomous scheduling for your crews.', 'totalAutomation'],
    ['The agent handles 100% of incoming chats.', 'totalAutomation'],
    ['The system never needs a human to step in.', 'totalAutomation'],
    ['Claims are settled without supervision.', 'totalAutomation'],
    ['Extraction is 99.9% accurate.', 'perfectAccuracy'],
    ['A hundred percent reliable readings.', 'perfectAccuracy'],
    ['It never makes mistakes.', 'perfectAccuracy'],
    ['Perfect answers every time.', 'perfectAccuracy'],
    ['Flawless transcripts.', 'perfectAccuracy'],
    ['Ready to use on day one: plug-n-play.', 'outOfTheBox'],
    ['A turnkey solution.', 'outOfTheBox'],
    ['No configuration required.', 'outOfTheBox'],
    ['Installed in under an hour.', 'outOfTheBox'],
    ['The model needs no training data.', 'noDataNeeded'],
    ["It doesn't need any examples to start.", 'noDataNeeded'],
    ['It works without historical data.', 'noDataNeeded'],
    ['Immediate ROI for every customer.', 'instantResults'],
    ['Pays for itself within three weeks.', 'instantResults'],
    ['Live in 5 days.', 'instantResults'],
    ['Noticeable savings in the first month.', 'instantResults'],
    ['The assistant replaces your receptionists.', 'replacesTeam'],
    ['Your dispatchers become redundant.', 'replacesTeam'],
    ['You no longer need planners.', 'replacesTeam'],
    ['Customer uploads are reused to train our general model.', 'reusesData'],
    ['Your recordings help us improve our platform.', 'reusesData'],
  ])('%s → %s', (text, tag) => {
    expect(redFlags(text)).toContain(tag);
  });

  it('a smaller share in the same clause is partial automation, not full', () => {
    expect(redFlags('About 70% of the claims go through without human intervention.')).toEqual([]);
    expect(redFlags('Zo’n 65 procent loopt zonder controle door.')).toEqual([]);
  });

  it('learning from corrections is not a promise that no data is needed', () => {
    expect(redFlags('Het systeem leert zelf van uw correcties.')).toEqual([]);
    expect(redFlags('The model learns on its own.')).toEqual(['noDataNeeded']);
  });

  it('a "but" starts a new clause', () => {
    expect(redFlags('Not fully automatic but flawless.')).toEqual(['perfectAccuracy']);
  });

  it('"not only" is not a negation', () => {
    expect(redFlags('It is not only fully automated, it is also cheap.')).toEqual(['totalAutomation']);
    expect(redFlags('Het is niet alleen volledig automatisch maar ook goedkoop.')).toEqual([
      'totalAutomation',
    ]);
  });
});

/** The negation suite: a claim that is denied, not counted on or dismissed raises nothing. */
describe('negated claims raise nothing', () => {
  it.each([
    'We rekenen niet op volledig automatisch.',
    'Het voorstel bevat geen belofte van autonome werking.',
    'Wij verwachten niet dat de software zonder menselijke controle werkt.',
    'Volledige automatisering verwachten we niet.',
    'Direct resultaat is niet realistisch.',
    'Geen enkel systeem is foutloos.',
    'De leverancier belooft geen 99% nauwkeurigheid.',
    '100 procent automatisering bestaat niet.',
    'We rekenen niet op volledige automatisering, foutloze herkenning of direct resultaat.',
    'De planners worden niet vervangen.',
    'De software vervangt onze planners niet.',
    'Uw gegevens worden nooit gebruikt om ons model te verbeteren.',
    'Het werkt niet meteen: reken op een inleerperiode.',
    'Zonder training gaat het niet; er zijn wel voorbeelden nodig.',
    'Niemand belooft ons resultaat binnen een maand.',
  ])('nl: %s', (text) => {
    expect(redFlags(text)).toEqual([]);
  });

  it.each([
    'We do not count on full automation.',
    'The proposal contains no promise of autonomous operation.',
    'We do not expect the tool to run without human review.',
    'Full automation is a myth.',
    'No system is error-free.',
    'Nobody promised us instant results.',
    'The vendor never claimed 100% accuracy.',
    'We do not expect full automation, perfect accuracy or results within a month.',
    'It will not replace our planners.',
    'Your data is never used to train our models.',
    "It won't work out of the box; expect a set-up phase.",
    'It does not work without examples from your own archive.',
    'Instant results are unrealistic.',
    'Rather than full automation we want a second pair of eyes.',
  ])('en: %s', (text) => {
    expect(redFlags(text)).toEqual([]);
  });
});

describe('hedged and asked claims raise nothing', () => {
  it.each([
    'Misschien wordt het op termijn volledig automatisch.',
    'We vroegen of het plug-and-play is.',
    'Werkt het direct na installatie?',
    'Maybe one day it will be fully automated.',
    'We asked whether it works out of the box.',
    'Is it really 100% accurate?',
  ])('%s', (text) => {
    expect(redFlags(text)).toEqual([]);
  });
});

describe('the speaker: claims the team quotes and rejects', () => {
  it.each([
    'De leverancier belooft volledige automatisering, maar dat geloven we niet.',
    'Volgens de verkoper is het foutloos. Dat lijkt ons sterk overdreven.',
    'De leverancier noemt 90% automatisering; wij rekenen zelf op 30 tot 45%.',
    'The sales rep promised instant results. We take that with a grain of salt.',
    'The vendor quotes 90% automation; we expect 30 to 45% ourselves.',
    'They claim it replaces the whole team, which we doubt.',
  ])('%s', (text) => {
    expect(stances(text).length).toBeGreaterThan(0);
    expect(stances(text).every((s) => s === 'rejected')).toBe(true);
  });

  it('a claim the team repeats without distancing itself is asserted', () => {
    expect(stances('De leverancier belooft volledige automatisering en dat verwachten wij ook.')).toEqual([
      'asserted',
    ]);
    expect(stances('The vendor promises results within two weeks.')).toEqual(['asserted']);
  });
});

describe('vague goals', () => {
  it.each<[string, VagueGoal]>([
    ['We willen als bedrijf innovatiever worden.', 'innovation'],
    ['We moeten gewoon iets met kunstmatige intelligentie.', 'somethingWithAi'],
    ['We kijken waar AI bij ons kan helpen.', 'somethingWithAi'],
    ['We zoeken nog een toepassing voor het budget.', 'somethingWithAi'],
    ['Er ligt budget klaar voor AI.', 'somethingWithAi'],
    ['Onze concurrenten gebruiken al AI.', 'competitor'],
    ['Iedereen in de branche doet het al.', 'competitor'],
    ['We willen niet achterblijven bij de rest van de markt.', 'keepUp'],
    ['Zo worden we toekomstbestendig.', 'keepUp'],
    ['Een AI-gedreven organisatie.', 'transformation'],
    ['We want to become a more innovative company.', 'innovation'],
    ['Management wants us to do something with ChatGPT.', 'somethingWithAi'],
    ['We are exploring the opportunities of AI.', 'somethingWithAi'],
    ['Competitors already use AI.', 'competitor'],
    ['Everybody in our sector is doing it.', 'competitor'],
    ['We cannot afford to fall behind.', 'keepUp'],
    ['We must keep up with the competition.', 'keepUp'],
    ['A state-of-the-art, future-proof company.', 'keepUp'],
    ['This is part of our AI strategy.', 'transformation'],
    ['We want to leverage AI across the business.', 'transformation'],
  ])('%s → %s', (text, tag) => {
    expect(vague(text)).toContain(tag);
  });

  it('a concrete problem is not vague', () => {
    expect(vague('Het team besteedt 12 uur per week aan het overtikken van pakbonnen.')).toEqual([]);
    expect(vague('Our team spends 12 hours a week retyping delivery notes.')).toEqual([]);
  });

  it('a negated vague goal does not count', () => {
    expect(vague('Het gaat ons niet om innovatie.')).toEqual([]);
    expect(vague('This is not about innovation.')).toEqual([]);
  });

  // Regressions named after what broke (issue 8): ordinary sentences read as wishes.
  it('a competitor named without AI is not a vague goal ("Our competitor is a small bakery")', () => {
    expect(vague('Our competitor is a small bakery.')).toEqual([]);
    expect(vague('Onze concurrent is een kleine bakker om de hoek.')).toEqual([]);
    expect(vague('We lose orders to competitors that deliver faster.')).toEqual([]);
  });

  it('"keep up the good work" is not a wish to keep up', () => {
    expect(vague('Keep up the good work.')).toEqual([]);
  });

  it('a capacity problem is not a wish to keep up ("our planners can no longer keep up with 400 orders")', () => {
    expect(vague('Our planners can no longer keep up with 400 orders per week.')).toEqual([]);
    expect(vague('Onze planners kunnen 400 orders per week niet meer bijhouden.')).toEqual([]);
    expect(vague('We fall behind on the incoming orders every Monday.')).toEqual([]);
  });
});

describe('robustness', () => {
  it('returns nothing for empty text', () => {
    expect(findSignals('')).toEqual([]);
    expect(findSignals('   ')).toEqual([]);
  });

  // No clock here: how fast it is belongs in `npm run bench` (bench/signals.bench.ts).
  it('finds signals in very long text', () => {
    const text = `${'a '.repeat(5000)}volledig automatisch ${'1,'.repeat(3000)}`;
    expect(findSignals(text).some((h) => h.tag === 'totalAutomation')).toBe(true);
  });

  it('results are ordered by position', () => {
    const hits = findSignals('Direct resultaat en volledig automatisch, zonder training.');
    const positions = hits.map((h) => h.index);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(hits.length).toBe(3);
  });
});
