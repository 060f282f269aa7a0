import { documentedJsonSchema, type FieldDoc, type JsonSchema } from '../json-schema-docs.ts';
import { DEFAULT_WEEKS_PER_YEAR } from '../status-quo-cost.ts';
import { USE_CASE_SCHEMA_VERSION, ZUseCase } from './use-case-schema.ts';

/**
 * Descriptions (and defaults) per field, by dotted path; `[]` stands for "each item of the list".
 * English, because the JSON Schema is for developers and editors; users read the translated intake.
 * Fields that already carry a description in the zod schema keep theirs.
 */
const FIELD_DOCS: Record<string, FieldDoc> = {
  schemaVersion: {
    description: 'Version of this file format. Only 1 exists.',
    default: USE_CASE_SCHEMA_VERSION,
  },
  title: { description: 'Short name of the AI idea, e.g. "Invoice entry into the ERP".' },
  language: { description: 'Language of the free-text answers (statement, target, claims).', default: 'nl' },
  organisation: { description: 'The company considering the project.' },
  'organisation.employees': { description: 'Number of employees (whole number).' },
  'organisation.sector': { description: 'Sector, in your own words.' },
  problem: { description: 'The problem the project should solve (factor "problem").' },
  'problem.statement': {
    description: 'The problem in your own words, ideally with hours, euros, volumes and error rates.',
  },
  'problem.process': { description: 'The one process concerned.' },
  'problem.affected': { description: 'Who suffers from the problem now.' },
  'problem.hoursPerWeek': { description: 'Manual hours spent on the process per week now.' },
  'problem.hourlyCost': { description: 'Loaded cost per hour, in euros.' },
  'problem.volumePerWeek': { description: 'Items (invoices, tickets, orders…) handled per week.' },
  'problem.errorRate': { description: 'Share of items with an error now, as a fraction 0..1 (3 % = 0.03).' },
  'problem.costPerError': { description: 'Cost to correct one error, in euros.' },
  'problem.baselineMeasured': { description: 'Has the current situation been measured (a baseline)?' },
  'problem.target': { description: 'What success looks like, ideally with a number and a date.' },
  'problem.alternativesConsidered': {
    description: 'Were non-AI alternatives (plain automation, a process change) considered?',
  },
  'problem.origin': { description: 'Where the idea came from.' },
  'problem.weeksPerYear': {
    description: 'Working weeks per year for the status-quo cost.',
    default: DEFAULT_WEEKS_PER_YEAR,
  },
  expectations: { description: 'What the company and the vendor expect (factor "expectations").' },
  'expectations.vendorClaims': { description: 'What the vendor or demo promised, verbatim.' },
  'expectations.expectedAutomationRate': {
    description: 'Share of the work expected to be automated, fraction 0..1.',
  },
  'expectations.expectedMonthsToValue': { description: 'Months until results are expected.' },
  'expectations.budgetForDataPrep': { description: 'Is there budget for data preparation?' },
  'expectations.budgetForIterations': { description: 'Is there budget for improvement rounds?' },
  'expectations.criticalQuestions': {
    description: 'Which critical questions were put to the vendor (true = asked).',
  },
  data: { description: 'The data the project depends on (factor "data").' },
  'data.sources': { description: 'The data sources, one item each.' },
  'data.sources[].capture': { description: 'How the data is captured: by hand, automatically, or both.' },
  'data.sources[].format': {
    description: 'Structured digital, unstructured digital (documents, images) or paper.',
  },
  'data.sources[].monthsOfHistory': { description: 'Months of history available.' },
  'data.sources[].records': { description: 'Number of records available.' },
  'data.sources[].completeness': { description: 'Share of required fields filled in, fraction 0..1.' },
  'data.labelsAvailable': { description: 'Are the outcomes the model has to predict recorded (labels)?' },
  'data.personalData': { description: 'Does the data contain personal data?' },
  'data.legalBasis': {
    description: 'Is there a legal basis (GDPR) for using the personal data for this purpose?',
  },
  'data.accessible': {
    description: 'Is the data reachable and exportable (not on paper, not locked in a system)?',
  },
  'data.files': { description: 'CLI only: data files to profile, paths relative to this file.' },
  people: { description: 'How employees are brought along (factor "people").' },
  'people.employeesInvolvedFrom': { description: 'From which stage employees are involved.' },
  'people.communicationPlan': { description: 'Is there a communication plan?' },
  'people.jobImpactCommunicated': { description: 'Has it been explained what changes for whose job?' },
  'people.trainingPlan': { description: 'Is there a training plan?' },
  'people.feedbackChannel': { description: 'Is there a feedback channel that is acted on?' },
  'people.adoptionMonthsPlanned': { description: 'Months planned for adoption (3–6 is realistic).' },
  'people.monitorsStaff': {
    description:
      'Can the system monitor employees, or is it used for decisions about workers? Then works-council consent (WOR art. 27) and informing workers before use (AI Act art. 26(7)) apply.',
  },
  partner: { description: 'Candidate vendors or the own team (factor "partner").' },
  'partner.vendors': {
    description: 'One item per candidate; the least risky one is assessed, the rest compared.',
  },
  'partner.vendors[].contractMonths': { description: 'Contract length in months.' },
  'partner.vendors[].processingAgreement': {
    description: 'Does the vendor sign a data processing agreement (verwerkersovereenkomst)?',
  },
  'partner.vendors[].yearlyCost': { description: 'Yearly cost in euros.' },
  'partner.vendors[].claims': { description: "The vendor's promises, verbatim." },
  success: {
    description: 'The success conditions: start small, measure, iterate, sponsor, people in the loop.',
  },
  'success.sponsor': { description: 'The sponsor of the project; "board" means the management board.' },
  'success.pilot': { description: 'Scope and length of the pilot (about six weeks on one process is best).' },
  'success.kpis': {
    description: 'KPIs with baseline, target and how they are measured, defined before the start.',
  },
  'success.humanInTheLoop': { description: 'Do people keep handling exceptions (no full replacement)?' },
  'success.iterationPlan': { description: 'Are review cycles planned?' },
  notApplicable: {
    description:
      'Questions that do not apply, as dotted paths (data.personalData, partner, partner.vendors.processingAgreement). Not applicable is not a gap; absent means unknown.',
  },
  businessCase: { description: 'Estimates for the business case (ranges low / likely / high).' },
  rules: {
    description:
      'What the system does, for whom, in which role and with which data: the AI Act classification, the DPIA check and the works-council check follow from it (docs/rules.md). "unknown" is an answer.',
  },
  'rules.activities': {
    description:
      'What the system does (AI Act art. 5 practices, Annex III areas, art. 6(1) product safety, fraud detection); "none" or "unknown".',
  },
  'rules.affected': { description: 'Whom the output is about or who deals with it.' },
  'rules.role': {
    description:
      'building = we build it; commissioned = we have it built and use it under our name; using = a bought tool as it is; modifying = a bought tool we change (retrain, new purpose).',
  },
  'rules.ownName': {
    description:
      'Is it offered to others, or put into service, under our own name or brand (AI Act art. 25(1))?',
  },
  'rules.dataCategories': {
    description: 'Kinds of data used; "special" = GDPR art. 9 categories such as health.',
  },
  'rules.decides': { description: 'Does the output decide, or advise a person who decides?' },
  'rules.exception': {
    description:
      'For an Annex III use: the AI Act art. 6(3) exception that applies (narrow task, improves human work, detects patterns, preparatory), "none" or "unknown".',
  },
  'rules.profiling': {
    description: 'Does it evaluate or predict personal aspects (performance, behaviour, finances)?',
  },
  'rules.interactsWithPeople': {
    description: 'Do people talk or write with it directly (AI Act art. 50(1))?',
  },
  'rules.generatesContent': { description: 'Does it generate text, images, audio or video that others see?' },
  'rules.largeScale': {
    description: 'Does it concern many people or a large share of a group (GDPR "large scale")?',
  },
  'rules.dpiaDone': { description: 'Has a data protection impact assessment been done for this use?' },
  'rules.deployerDutiesPlanned': {
    description: 'For a high-risk use: are the deployer duties (oversight, logs, informing people) planned?',
  },
};

/**
 * The use-case file format (schema v1) as a JSON Schema (draft 2020-12), for editors and other tools
 * (`haalbaar schema use-case`). Generated from the zod schema, so it cannot drift; titles,
 * descriptions and defaults are added here. Unknown keys are rejected (`additionalProperties: false`).
 * The check "low ≤ likely ≤ high" on ranges cannot be expressed in JSON Schema and is only described.
 */
export function useCaseJsonSchema(): JsonSchema {
  return documentedJsonSchema(ZUseCase, {
    id: 'https://haalbaar.example/schema/use-case-v1.json',
    title: 'Haalbaar use case (schema version 1)',
    description:
      'One candidate AI project of one organisation. Every field is optional: a missing field means "unknown", which the assessment counts as a risk. Fractions are 0..1, money is euros. Ranges must satisfy low ≤ likely ≤ high.',
    fields: FIELD_DOCS,
  });
}
