import { describe, expect, it } from 'vitest';
import en from '../../i18n/locales/en/rules.json' with { type: 'json' };
import nl from '../../i18n/locales/nl/rules.json' with { type: 'json' };
import { LOCALES } from '../../i18n/resources.ts';
import { renderMessage } from '../../i18n/translate.ts';
import type { Message } from '../message.ts';
import type { UseCase } from '../use-case/use-case-schema.ts';
import { assessRules } from './assess-rules.ts';
import { toApplicationDate } from './obligations.ts';
import { EXTRA_CASES, enumeratedCases, ISSUE_CASES } from './rules-cases.ts';
import { DATES } from './rules-data.ts';
import {
  AI_ACT_CLASSES,
  AI_ACT_ROLES,
  DPIA_OUTCOMES,
  type RulesResult,
  WORKS_COUNCIL_OUTCOMES,
} from './rules-types.ts';

const AS_OF = '2026-12-03';
const ids = (r: RulesResult) => r.obligations.map((o) => o.id);
const keys = (ms: Message[]) => ms.map((m) => m.key);

describe('assessRules: the issue’s cases', () => {
  it('CV screening for hiring: high-risk, deployer duties, DPIA required, works council consent', () => {
    const r = assessRules(ISSUE_CASES.cvScreening, AS_OF);
    expect(r.answered).toBe(true);
    expect(r.aiAct).toMatchObject({ classification: 'high-risk', role: 'deployer', transparencyDuty: false });
    expect(r.aiAct.questions).toEqual([]);
    expect(r.dpia.outcome).toBe('required');
    expect(keys(r.dpia.reasons)).toContain('rules.dpia.reason.apList.profiling');
    expect(r.worksCouncil.outcome).toBe('consent-required');
    expect(ids(r)).toEqual(
      expect.arrayContaining([
        'literacy',
        'deployerInstructions',
        'deployerOversight',
        'deployerInputData',
        'deployerMonitoring',
        'deployerLogs',
        'deployerInformWorkers',
        'deployerInformPeople',
        'deployerExplanation',
        'dpia',
        'worksCouncilConsent',
      ]),
    );
    expect(ids(r).filter((id) => id.startsWith('provider'))).toEqual([]);
    expect(ids(r)).not.toContain('deployerFria');
  });

  it('a customer-service chatbot: transparency, otherwise minimal', () => {
    const r = assessRules(ISSUE_CASES.chatbot, AS_OF);
    expect(r.aiAct).toMatchObject({
      classification: 'transparency',
      role: 'deployer',
      transparencyDuty: true,
    });
    expect(ids(r)).toEqual([
      'literacy',
      'deployerCheckInteractionNotice',
      'deployerCheckContentMarking',
      'deployerDiscloseGenerated',
    ]);
    expect(r.worksCouncil.outcome).toBe('not-required');
    expect(r.dpia.outcome).toBe('recommended');
  });

  it('emotion recognition of employees: prohibited, stop', () => {
    const r = assessRules(ISSUE_CASES.emotionAtWork, AS_OF);
    expect(r.aiAct.classification).toBe('prohibited');
    expect(ids(r)).toContain('stopProhibited');
    expect(r.obligations.find((o) => o.id === 'stopProhibited')).toMatchObject({
      applies: true,
      owner: 'board',
    });
    expect(ids(r).filter((id) => id.startsWith('deployer'))).toEqual([]);
  });

  it('invoice entry: minimal, AI literacy only', () => {
    const r = assessRules(ISSUE_CASES.invoiceEntry, AS_OF);
    expect(r.aiAct).toMatchObject({ classification: 'minimal', role: 'deployer', transparencyDuty: false });
    expect(ids(r)).toEqual(['literacy']);
    expect(r.dpia.outcome).toBe('not-indicated');
    expect(r.worksCouncil.outcome).toBe('not-required');
  });

  it('a bought tool retrained and sold under the own name: provider, with the provider’s article 50 duties', () => {
    const r = assessRules(ISSUE_CASES.retrainedUnderOwnName, AS_OF);
    expect(r.aiAct).toMatchObject({ classification: 'transparency', role: 'provider' });
    expect(keys(r.aiAct.reasons)).toContain('rules.reason.role.modifyingOwnName');
    // It uses its own tool too, so it also discloses what it publishes (art. 50(4)), but it does not
    // check a supplier: it is the supplier.
    expect(ids(r)).toEqual([
      'literacy',
      'providerDiscloseInteraction',
      'providerMarkContent',
      'deployerDiscloseGenerated',
    ]);
  });

  it('a vague case: unclear, with the questions that would settle it', () => {
    const r = assessRules(ISSUE_CASES.vague, AS_OF);
    expect(r.aiAct.classification).toBe('unclear');
    expect(r.aiAct.role).toBe('unclear');
    expect(keys(r.aiAct.questions)).toEqual([
      'rules.settle.activities',
      'rules.settle.interacts',
      'rules.settle.generates',
      'rules.settle.role',
    ]);
    expect(ids(r)).toEqual(['literacy']);
    expect(r.dpia.outcome).toBe('recommended');
    expect(r.worksCouncil.outcome).toBe('unclear');
  });

  it('without a rules section: not answered, unclear with the basic questions, literacy plus what the other fields show', () => {
    const r = assessRules({ organisation: { employees: 120 }, people: { monitorsStaff: true } }, AS_OF);
    expect(r.answered).toBe(false);
    expect(r.aiAct.classification).toBe('unclear');
    expect(keys(r.aiAct.reasons)).toEqual(['rules.reason.notAnswered']);
    expect(keys(r.aiAct.questions)).toEqual([
      'rules.settle.activities',
      'rules.settle.interacts',
      'rules.settle.generates',
      'rules.settle.role',
    ]);
    expect(ids(r)).toEqual(['worksCouncilConsent', 'literacy']);
    expect(r.dpia.outcome).toBe('recommended');
  });
});

describe('assessRules: obligations by role and route', () => {
  it('a provider of a high-risk system gets the provider duties, and the deployer duties for its own use', () => {
    const r = assessRules(
      { rules: { activities: ['education'], exception: 'none', role: 'building' } },
      AS_OF,
    );
    expect(ids(r)).toEqual([
      'literacy',
      'deployerInstructions',
      'deployerOversight',
      'deployerInputData',
      'deployerMonitoring',
      'deployerLogs',
      'deployerInformPeople',
      'deployerExplanation',
      'providerRiskManagement',
      'providerDataGovernance',
      'providerDocumentation',
      'providerConformity',
      'providerRegistration',
    ]);
  });

  it('a deployer checks the supplier’s article 50 duties; a provider carries them itself', () => {
    const answers = { activities: ['none'], interactsWithPeople: 'yes', generatesContent: 'yes' } as const;
    const asDeployer = ids(
      assessRules({ rules: { ...answers, activities: ['none'], role: 'using' } }, AS_OF),
    );
    const asProvider = ids(
      assessRules({ rules: { ...answers, activities: ['none'], role: 'building' } }, AS_OF),
    );
    expect(asDeployer).toContain('deployerCheckInteractionNotice');
    expect(asDeployer).not.toContain('providerDiscloseInteraction');
    expect(asProvider).toContain('providerDiscloseInteraction');
    expect(asProvider).not.toContain('deployerCheckInteractionNotice');
  });

  it('a provider relying on an article 6(3) exception must record and register it', () => {
    const r = assessRules(
      {
        rules: {
          activities: ['education'],
          exception: 'preparatory',
          profiling: 'no',
          role: 'building',
          interactsWithPeople: 'no',
          generatesContent: 'no',
        },
      },
      AS_OF,
    );
    expect(r.aiAct.classification).toBe('minimal');
    expect(ids(r)).toEqual(['literacy', 'providerExceptionRecord']);
  });

  it('a credit-scoring deployer owes a fundamental-rights impact assessment (art. 27)', () => {
    const r = assessRules({ rules: { activities: ['creditScoring'], role: 'using' } }, AS_OF);
    expect(ids(r)).toContain('deployerFria');
  });

  it('a product safety component dates its duties from the Annex I date; with an Annex III area too, the earlier', () => {
    const productOnly = assessRules({ rules: { activities: ['productSafety'], role: 'using' } }, AS_OF);
    const oversight = productOnly.obligations.find((o) => o.id === 'deployerOversight');
    expect(oversight?.appliesFrom.id).toBe('aiActHighRiskAnnexI');
    expect(productOnly.obligations.map((o) => o.id)).not.toContain('deployerInformPeople');
    const both = assessRules(
      { rules: { activities: ['productSafety', 'recruitment'], exception: 'none', role: 'using' } },
      AS_OF,
    );
    expect(both.obligations.find((o) => o.id === 'deployerOversight')?.appliesFrom.id).toBe(
      'aiActHighRiskAnnexIII',
    );
  });

  it('a deployer whose role is unclear gets the deployer duties as the floor, and the role question', () => {
    const r = assessRules({ rules: { activities: ['recruitment'], exception: 'none' } }, AS_OF);
    expect(r.aiAct.role).toBe('unclear');
    expect(ids(r)).toContain('deployerOversight');
    expect(keys(r.aiAct.questions)).toEqual(['rules.settle.role']);
  });

  it('lists obligations in date order', () => {
    for (const useCase of Object.values(ISSUE_CASES)) {
      const dates = assessRules(useCase, AS_OF).obligations.map((o) => o.appliesFrom.date);
      expect(dates).toEqual([...dates].sort());
    }
  });
});

/** Every message of a result, and of every date the data file holds (the notes are shown with dates). */
function messagesOf(r: RulesResult): Message[] {
  return [
    ...r.aiAct.reasons,
    ...r.aiAct.questions,
    ...r.dpia.reasons,
    ...r.worksCouncil.reasons,
    ...r.obligations.flatMap((o) => [o.text, ...(o.appliesFrom.note ? [o.appliesFrom.note] : [])]),
  ];
}

type Tree = { [k: string]: string | Tree };
function flatten(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : flatten(v, `${prefix}${k}.`),
  );
}

describe('assessRules: every leaf and every text', () => {
  const cases: UseCase[] = [...Object.values(ISSUE_CASES), ...enumeratedCases(), ...EXTRA_CASES];
  const results = cases.map((c) => assessRules(c, AS_OF));
  const emitted = new Map<string, Message>();
  for (const r of results) for (const m of messagesOf(r)) emitted.set(m.key, m);
  for (const d of DATES) {
    const note = toApplicationDate(d).note;
    if (note) emitted.set(note.key, note);
  }

  it('renders every message emitted to real text in Dutch and English', () => {
    for (const message of emitted.values()) {
      for (const locale of LOCALES) {
        const text = renderMessage(message, locale);
        expect(text, `${message.key} in ${locale}`).not.toBe(message.key);
        expect(text, `${message.key} in ${locale}`).not.toMatch(/\{\{|\}\}|rules\./);
      }
    }
  });

  it('reaches every reason, question, obligation, DPIA, works-council and date-note text with some case', () => {
    const dynamic = /^rules\.(reason|settle|obligation|dpia\.reason|worksCouncilReason|dateNote)\./;
    const written = flatten(nl as Tree, 'rules.')
      .filter((k) => dynamic.test(k))
      .map((k) => k.replace(/_(one|other)$/, ''));
    const reached = new Set(emitted.keys());
    const unreachable = new Set([
      // Triggers the intake cannot see (an empty `any` in dpia-criteria.json) and the no-criteria
      // leaf, which needs lists without the AI criterion (assess-dpia.test.ts reaches it).
      'rules.dpia.reason.apList.covertInvestigation',
      'rules.dpia.reason.apList.blacklists',
      'rules.dpia.reason.apList.geneticData',
      'rules.dpia.reason.apList.partnerships',
      'rules.dpia.reason.apList.cameraSurveillance',
      'rules.dpia.reason.apList.flexibleCameraSurveillance',
      'rules.dpia.reason.apList.internetOfThings',
      'rules.dpia.reason.criterion.combinedDatasets',
      'rules.dpia.reason.noCriteria',
    ]);
    expect([...new Set(written)].filter((k) => !reached.has(k) && !unreachable.has(k))).toEqual([]);
    expect([...reached].filter((k) => !written.includes(k))).toEqual([]);
  });

  it('reaches every class, role, DPIA and works-council outcome', () => {
    expect(new Set(results.map((r) => r.aiAct.classification))).toEqual(new Set(AI_ACT_CLASSES));
    expect(new Set(results.map((r) => r.aiAct.role))).toEqual(new Set(AI_ACT_ROLES));
    expect(new Set(results.map((r) => r.dpia.outcome))).toEqual(new Set(DPIA_OUTCOMES));
    expect(new Set(results.map((r) => r.worksCouncil.outcome))).toEqual(new Set(WORKS_COUNCIL_OUTCOMES));
  });

  it('never lists an obligation twice and always lists AI literacy', () => {
    for (const r of results) {
      expect(new Set(ids(r)).size).toBe(r.obligations.length);
      expect(ids(r)).toContain('literacy');
    }
  });

  // The intake's questions about rules are the web's (web.intake.q.rules*, intake-questions.test.ts).
  it('has both languages’ texts for the outcome labels', () => {
    const enKeys = new Set(flatten(en as Tree, 'rules.'));
    const nlKeys = new Set(flatten(nl as Tree, 'rules.'));
    const needed = [
      ...AI_ACT_CLASSES.map((c) => `rules.class.${c}`),
      ...AI_ACT_ROLES.map((r) => `rules.role.${r}`),
      ...DPIA_OUTCOMES.map((o) => `rules.dpiaOutcome.${o}`),
      ...WORKS_COUNCIL_OUTCOMES.map((o) => `rules.worksCouncil.${o}`),
    ];
    expect(needed.filter((k) => !nlKeys.has(k))).toEqual([]);
    expect(needed.filter((k) => !enKeys.has(k))).toEqual([]);
  });
});
