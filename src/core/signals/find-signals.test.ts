import { describe, expect, it } from 'vitest';
import { findSignals } from './find-signals.ts';
import type { RedFlagClaim, VagueGoal } from './signal-patterns.ts';

const redFlags = (text: string): RedFlagClaim[] =>
  findSignals(text, { kinds: ['redFlag'] }).flatMap((h) => (h.kind === 'redFlag' ? [h.tag] : []));
const vague = (text: string): VagueGoal[] =>
  findSignals(text, { kinds: ['vague'] }).flatMap((h) => (h.kind === 'vague' ? [h.tag] : []));

describe('red-flag claims in Dutch', () => {
  it.each<[string, RedFlagClaim]>([
    ['Onze oplossing is volledig automatisch.', 'totalAutomation'],
    ['Wij bieden 100% automatisering van uw administratie.', 'totalAutomation'],
    ['Ons platform automatiseert volledig al uw processen.', 'totalAutomation'],
    ['De AI beslist zonder menselijke tussenkomst.', 'totalAutomation'],
    ['De bot neemt al het telefoonwerk over.', 'totalAutomation'],
    ['De herkenning is 100% nauwkeurig.', 'perfectAccuracy'],
    ['U krijgt foutloze resultaten.', 'perfectAccuracy'],
    ['Het werkt out-of-the-box.', 'outOfTheBox'],
    ['Een plug-and-play koppeling met uw kassa.', 'outOfTheBox'],
    ['Het systeem werkt direct na installatie.', 'outOfTheBox'],
    ['Er is geen training nodig.', 'noDataNeeded'],
    ['Er zijn geen data nodig.', 'noDataNeeded'],
    ['Het draait zonder trainingsdata.', 'noDataNeeded'],
    ['U ziet direct resultaat.', 'instantResults'],
    ['Binnen een week live.', 'instantResults'],
    ['De assistent vervangt uw hele klantenservice.', 'replacesTeam'],
    ['Er is geen personeel meer nodig.', 'replacesTeam'],
    ['Uw documenten worden gebruikt om ons model te trainen.', 'reusesData'],
    ['Uw gegevens helpen ons model beter te worden.', 'reusesData'],
  ])('%s → %s', (text, tag) => {
    expect(redFlags(text)).toContain(tag);
  });

  it.each([
    'We geven geen 100% garantie.',
    'Het systeem is niet volledig automatisch.',
    'Wij beloven geen foutloze tekst.',
    'We beloven geen 100% nauwkeurigheid.',
    'Het is niet foutloos.',
    'Het werkt niet out-of-the-box: reken op inrichting.',
    '100% automatisering bestaat niet.',
    'Niemand kan 100% nauwkeurigheid beloven.',
    'Wij verwachten nooit direct resultaat.',
  ])('negated or hedged: %s', (text) => {
    expect(redFlags(text)).toEqual([]);
  });

  it('a negation in an earlier clause does not cancel a later claim', () => {
    expect(redFlags('We beloven geen wonderen, wel 100% automatisering.')).toEqual(['totalAutomation']);
  });

  it('quotes the matched text as written', () => {
    const [hit] = findSignals('Het werkt Out-Of-The-Box!', { kinds: ['redFlag'] });
    expect(hit?.quote).toBe('Out-Of-The-Box');
  });
});

describe('red-flag claims in English', () => {
  it.each<[string, RedFlagClaim]>([
    ['Our planning is fully automatic.', 'totalAutomation'],
    ['No human planner needed.', 'totalAutomation'],
    ['It decides without human intervention.', 'totalAutomation'],
    ['The bot answers with 100% accuracy.', 'perfectAccuracy'],
    ['You get error-free invoices.', 'perfectAccuracy'],
    ['It works out of the box.', 'outOfTheBox'],
    ['A plug and play integration.', 'outOfTheBox'],
    ['No training needed.', 'noDataNeeded'],
    ["You don't need any data.", 'noDataNeeded'],
    ['See results instantly.', 'instantResults'],
    ['Up and running within a week.', 'instantResults'],
    ['The bot replaces your entire support team.', 'replacesTeam'],
    ['Our AI replaces the first-line recruiter completely.', 'replacesTeam'],
    ['We use your data to train our models.', 'reusesData'],
    ['Your documents help improve our service.', 'reusesData'],
  ])('%s → %s', (text, tag) => {
    expect(redFlags(text)).toContain(tag);
  });

  it.each([
    'It is not fully automatic.',
    'We do not promise 100% detection.',
    'Our model is not 100% accurate.',
    'No vendor can honestly promise 100% accuracy.',
    "It won't work out of the box.",
    'Full automation is a myth.',
    'We never promise instant results.',
  ])('negated or hedged: %s', (text) => {
    expect(redFlags(text)).toEqual([]);
  });

  it('a "but" starts a new clause', () => {
    expect(redFlags('Not fully automatic but 100% accurate.')).toEqual(['perfectAccuracy']);
  });

  it('ordinary sentences raise nothing', () => {
    expect(redFlags('Expect a tuning period of three months; doubtful cases go to a person.')).toEqual([]);
  });
});

describe('vague goals', () => {
  it.each<[string, VagueGoal]>([
    ['We willen AI gebruiken om innovatiever te zijn.', 'innovation'],
    ['We moeten iets met AI.', 'somethingWithAi'],
    ['De concurrent doet het ook.', 'competitor'],
    ['We willen niet achterblijven.', 'keepUp'],
    ['Zo blijven we toekomstbestendig.', 'keepUp'],
    ['Onderdeel van onze digitale transformatie.', 'transformation'],
    ['We want to be more innovative.', 'innovation'],
    ['We should do something with AI.', 'somethingWithAi'],
    ['Our biggest competitor advertises AI route planning.', 'competitor'],
    ['We cannot afford to fall behind.', 'keepUp'],
    ['Part of our digital transformation.', 'transformation'],
  ])('%s → %s', (text, tag) => {
    expect(vague(text)).toContain(tag);
  });

  it('a concrete problem is not vague', () => {
    expect(vague('Het team besteedt 15 uur per week aan het overtypen van facturen.')).toEqual([]);
    expect(vague('Our team spends 15 hours a week typing invoices into the ERP.')).toEqual([]);
  });

  it('a negated vague goal does not count', () => {
    expect(vague('Het gaat ons niet om innovatiever worden.')).toEqual([]);
  });
});

describe('robustness', () => {
  it('returns nothing for empty text', () => {
    expect(findSignals('')).toEqual([]);
    expect(findSignals('   ')).toEqual([]);
  });

  // No clock here: catastrophic backtracking would hang far past the test timeout; how fast it is
  // belongs in `npm run bench` (bench/signals.bench.ts).
  it('finds signals in very long text (no catastrophic backtracking)', () => {
    const text = `${'a '.repeat(5000)}volledig automatisch ${'1,'.repeat(3000)}`;
    expect(findSignals(text).some((h) => h.tag === 'totalAutomation')).toBe(true);
  });

  it('results are ordered by position', () => {
    const hits = findSignals('Direct resultaat en volledig automatisch.');
    const positions = hits.map((h) => h.index);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
});
