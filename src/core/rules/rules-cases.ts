// Use cases for the rules tests: the issue's examples, and an enumeration wide enough to reach every
// leaf of the decision logic (assess-rules.test.ts checks that it does). Test support only.

import type { UseCase } from '../use-case/use-case-schema.ts';
import {
  AI_ROLES,
  ANSWERS_3,
  HIGH_RISK_EXCEPTIONS,
  RULES_ACTIVITIES,
  type RulesAnswers,
} from './rules-types.ts';

/** The examples named in the issue, with the outcome the texts give them. */
export const ISSUE_CASES = {
  cvScreening: {
    title: 'CV-screening bij werving',
    organisation: { employees: 60 },
    data: { personalData: true },
    people: { monitorsStaff: true },
    rules: {
      activities: ['recruitment'],
      affected: ['applicants'],
      role: 'using',
      decides: 'advises',
      exception: 'none',
      profiling: 'yes',
      interactsWithPeople: 'no',
      generatesContent: 'no',
      largeScale: 'no',
    },
  },
  chatbot: {
    title: 'Klantenservice-chatbot',
    organisation: { employees: 12 },
    data: { personalData: true },
    people: { monitorsStaff: false },
    rules: {
      activities: ['none'],
      affected: ['customers'],
      role: 'using',
      decides: 'advises',
      interactsWithPeople: 'yes',
      generatesContent: 'yes',
    },
  },
  emotionAtWork: {
    title: 'Emotieherkenning bij medewerkers',
    organisation: { employees: 80 },
    data: { personalData: true },
    people: { monitorsStaff: true },
    rules: {
      activities: ['emotionRecognition'],
      affected: ['employees'],
      role: 'using',
      interactsWithPeople: 'no',
      generatesContent: 'no',
    },
  },
  invoiceEntry: {
    title: 'Facturen inboeken',
    organisation: { employees: 8 },
    data: { personalData: false },
    people: { monitorsStaff: false },
    rules: {
      activities: ['none'],
      affected: ['customers'],
      role: 'using',
      interactsWithPeople: 'no',
      generatesContent: 'no',
    },
  },
  retrainedUnderOwnName: {
    title: 'Gekochte tool, hertraind en onder eigen naam verkocht',
    organisation: { employees: 25 },
    data: { personalData: true },
    people: { monitorsStaff: false },
    rules: {
      activities: ['none'],
      affected: ['customers'],
      role: 'modifying',
      ownName: 'yes',
      interactsWithPeople: 'yes',
      generatesContent: 'yes',
    },
  },
  vague: {
    title: 'Iets met AI',
    rules: {
      activities: ['unknown'],
      affected: ['unknown'],
      role: 'unknown',
      interactsWithPeople: 'unknown',
      generatesContent: 'unknown',
      dataCategories: ['unknown'],
    },
  },
} satisfies Record<string, UseCase>;

/**
 * Every activity alone under a spread of the answers that decide: whom it concerns, role and own
 * name, exception and profiling, the article 50 answers; organisation size, monitoring and personal
 * data vary alongside. Deterministic, a few thousand cases.
 */
export function enumeratedCases(): UseCase[] {
  const out: UseCase[] = [];
  const affectedSets = [['customers'], ['employees'], ['unknown'], undefined] as const;
  const answerPairs = [
    ['no', 'no'],
    ['yes', 'no'],
    ['no', 'yes'],
    ['unknown', 'no'],
  ] as const;
  let i = 0;
  for (const activity of [...RULES_ACTIVITIES, undefined]) {
    for (const affected of affectedSets) {
      for (const exception of HIGH_RISK_EXCEPTIONS) {
        for (const profiling of ANSWERS_3) {
          for (const [interactsWithPeople, generatesContent] of answerPairs) {
            i += 1;
            const role = AI_ROLES[i % AI_ROLES.length];
            const ownName = ANSWERS_3[Math.floor(i / AI_ROLES.length) % ANSWERS_3.length];
            const rules: RulesAnswers = {
              ...(activity === undefined ? {} : { activities: [activity] }),
              ...(affected === undefined ? {} : { affected: [...affected] }),
              role,
              ownName,
              exception,
              profiling,
              interactsWithPeople,
              generatesContent,
            };
            out.push({
              organisation: { employees: [10, 50, 200][i % 3] },
              data: i % 7 === 0 ? {} : { personalData: i % 11 !== 0 },
              people: { monitorsStaff: i % 5 === 0 },
              rules,
            });
          }
        }
      }
    }
  }
  return out;
}

/** Answers for the data-category and combined triggers the enumeration above does not vary. */
export const EXTRA_CASES: UseCase[] = [
  {
    data: { personalData: true },
    rules: {
      activities: ['productSafety', 'emergencyTriage'],
      affected: ['patients'],
      dataCategories: ['special', 'location', 'communications', 'financial', 'biometric', 'criminal'],
      largeScale: 'yes',
      decides: 'decides',
      role: 'using',
      exception: 'none',
    },
  },
  {
    data: { personalData: true },
    rules: {
      activities: ['productSafety'],
      role: 'building',
      interactsWithPeople: 'no',
      generatesContent: 'no',
    },
  },
  {
    data: { personalData: true },
    rules: { activities: ['none'], largeScale: 'unknown', affected: ['customers'] },
  },
  { organisation: {}, people: { monitorsStaff: true }, data: { personalData: true } },
  { people: {}, data: { personalData: true } },
  {},
];
