import type { FactorId, OwnerId, SuccessConditionId } from './assessment-types.ts';

/**
 * What can be done about a finding: every finding rule names one action from this catalogue, and the
 * action plan groups findings by it. Title and reason are `assessment.action.<id>.title|why`.
 * Effort: 1 = days, one person; 2 = weeks, or needs a second party; 3 = months, a project of its own.
 */
export type ActionSpec = { factor: FactorId | SuccessConditionId; owner: OwnerId; effort: 1 | 2 | 3 };

export const ACTION_CATALOGUE = {
  // expectations
  'expectations.reset': { factor: 'expectations', owner: 'board', effort: 1 },
  'expectations.budget': { factor: 'expectations', owner: 'board', effort: 1 },
  'expectations.askVendor': { factor: 'expectations', owner: 'projectLead', effort: 1 },
  'expectations.answer': { factor: 'expectations', owner: 'projectLead', effort: 1 },
  // problem
  'problem.define': { factor: 'problem', owner: 'projectLead', effort: 2 },
  'problem.baseline': { factor: 'problem', owner: 'projectLead', effort: 2 },
  'problem.reconsider': { factor: 'problem', owner: 'board', effort: 1 },
  'problem.alternatives': { factor: 'problem', owner: 'projectLead', effort: 1 },
  'problem.biggerProblem': { factor: 'problem', owner: 'board', effort: 2 },
  'problem.answer': { factor: 'problem', owner: 'projectLead', effort: 1 },
  // data
  'data.legal': { factor: 'data', owner: 'privacy', effort: 2 },
  'data.digitise': { factor: 'data', owner: 'itData', effort: 3 },
  'data.capture': { factor: 'data', owner: 'itData', effort: 3 },
  'data.clean': { factor: 'data', owner: 'itData', effort: 2 },
  'data.collect': { factor: 'data', owner: 'itData', effort: 3 },
  'data.labels': { factor: 'data', owner: 'projectLead', effort: 2 },
  'data.answer': { factor: 'data', owner: 'itData', effort: 1 },
  // people
  'people.involve': { factor: 'people', owner: 'projectLead', effort: 1 },
  'people.communicate': { factor: 'people', owner: 'board', effort: 1 },
  'people.train': { factor: 'people', owner: 'hr', effort: 2 },
  'people.feedback': { factor: 'people', owner: 'projectLead', effort: 1 },
  'people.adoptionTime': { factor: 'people', owner: 'board', effort: 1 },
  'people.support': { factor: 'people', owner: 'manager', effort: 2 },
  'people.worksCouncil': { factor: 'people', owner: 'board', effort: 2 },
  'people.answer': { factor: 'people', owner: 'hr', effort: 1 },
  // partner
  'partner.choose': { factor: 'partner', owner: 'projectLead', effort: 2 },
  'partner.pilot': { factor: 'partner', owner: 'vendor', effort: 1 },
  'partner.lockIn': { factor: 'partner', owner: 'board', effort: 2 },
  'partner.privacy': { factor: 'partner', owner: 'privacy', effort: 1 },
  'partner.fit': { factor: 'partner', owner: 'projectLead', effort: 2 },
  'partner.honesty': { factor: 'partner', owner: 'vendor', effort: 1 },
  'partner.answer': { factor: 'partner', owner: 'vendor', effort: 1 },
  // success conditions
  'condition.startSmall': { factor: 'startSmall', owner: 'projectLead', effort: 1 },
  'condition.measure': { factor: 'measure', owner: 'projectLead', effort: 1 },
  'condition.iterate': { factor: 'iterate', owner: 'projectLead', effort: 1 },
  'condition.sponsor': { factor: 'sponsor', owner: 'board', effort: 1 },
  'condition.humanInTheLoop': { factor: 'humanInTheLoop', owner: 'projectLead', effort: 1 },
} as const satisfies Record<string, ActionSpec>;

export type ActionId = keyof typeof ACTION_CATALOGUE;

/** Fewer employees than this: a company without departments, where the owner or the vendor does the work. */
export const SMALL_COMPANY_EMPLOYEES = 20;

/** `unknown` when the intake does not give the number of employees. */
export type CompanySize = 'small' | 'withDepartments' | 'unknown';

export function companySize(employees: number | undefined): CompanySize {
  if (employees === undefined) return 'unknown';
  return employees < SMALL_COMPANY_EMPLOYEES ? 'small' : 'withDepartments';
}

/**
 * Who does the work in a company of this size. The catalogue names owners for a company with
 * departments. A small company has no IT, HR or privacy department and no board apart from its
 * owner: everything is the owner's, except what the vendor must deliver. When the size is unknown
 * we do not assume departments either: whoever manages the data, or the people's manager.
 */
const OWNER_BY_SIZE: Record<CompanySize, Record<OwnerId, OwnerId>> = {
  withDepartments: {
    board: 'board',
    projectLead: 'projectLead',
    vendor: 'vendor',
    itData: 'itData',
    hr: 'hr',
    privacy: 'privacy',
    owner: 'owner',
    manager: 'manager',
    dataKeeper: 'dataKeeper',
  },
  small: {
    board: 'owner',
    projectLead: 'owner',
    vendor: 'vendor',
    itData: 'owner',
    hr: 'owner',
    privacy: 'owner',
    owner: 'owner',
    manager: 'owner',
    dataKeeper: 'owner',
  },
  unknown: {
    board: 'board',
    projectLead: 'projectLead',
    vendor: 'vendor',
    itData: 'dataKeeper',
    hr: 'manager',
    privacy: 'board',
    owner: 'owner',
    manager: 'manager',
    dataKeeper: 'dataKeeper',
  },
};

/** The owner of an action in a company of this size (see {@link OWNER_BY_SIZE}). */
export function ownerForSize(owner: OwnerId, size: CompanySize): OwnerId {
  return OWNER_BY_SIZE[size][owner];
}

/** The default owner for findings from other modules (extraFindings), per factor. */
export const DEFAULT_OWNER: Record<FactorId, OwnerId> = {
  expectations: 'board',
  problem: 'projectLead',
  data: 'itData',
  people: 'hr',
  partner: 'projectLead',
};
