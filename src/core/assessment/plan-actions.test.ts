import { describe, expect, it } from 'vitest';
import { msg } from '../message.ts';
import { draftFinding } from './draft-finding.ts';
import { planActions } from './plan-actions.ts';

const f = (
  id: string,
  severity: 'low' | 'medium' | 'high' | 'critical' | 'info',
  action: Parameters<typeof draftFinding>[0]['action'],
) => draftFinding({ id, rule: id, severity, action });

describe('planActions', () => {
  it('groups findings by action and skips information', () => {
    const actions = planActions({
      factors: [
        {
          id: 'people',
          score: 36,
          risk: 'medium',
          findings: [
            f('people.noCommunication', 'medium', 'people.communicate'),
            f('people.jobImpactSilent', 'medium', 'people.communicate'),
            f('people.note', 'info', 'people.answer'),
          ],
          extraFindings: [],
        },
      ],
      conditions: [],
    });
    expect(actions).toHaveLength(1);
    expect(actions[0]).toMatchObject({
      priority: 1,
      factor: 'people',
      riskRemoved: 36,
      effort: 1,
      findingIds: ['people.noCommunication', 'people.jobImpactSilent'],
      owner: msg('assessment.owner.board'),
    });
  });

  it('puts the problem first when it is high, then other blocking factors, then the rest', () => {
    const actions = planActions({
      factors: [
        {
          id: 'people',
          score: 20,
          risk: 'medium',
          findings: [f('p', 'medium', 'people.feedback')],
          extraFindings: [],
        },
        { id: 'data', score: 50, risk: 'high', findings: [f('d', 'high', 'data.legal')], extraFindings: [] },
        {
          id: 'problem',
          score: 50,
          risk: 'high',
          findings: [f('q', 'high', 'problem.define')],
          extraFindings: [],
        },
      ],
      conditions: [{ id: 'sponsor', status: 'unknown', evidence: msg('x') }],
    });
    // tier 2 is ranked by worth per effort: the unknown sponsor (30) before the medium people finding (20)
    expect(actions.map((a) => a.factor)).toEqual(['problem', 'data', 'sponsor', 'people']);
  });

  it('within a tier, prefers more risk removed per unit of effort', () => {
    const actions = planActions({
      factors: [
        {
          id: 'data',
          score: 75,
          risk: 'high',
          findings: [f('a', 'high', 'data.digitise'), f('b', 'high', 'data.legal')],
          extraFindings: [],
        },
      ],
      conditions: [],
    });
    // legal: 50 points, effort 2; digitise: 50 points, effort 3
    expect(actions.map((a) => a.findingIds[0])).toEqual(['b', 'a']);
  });

  it('turns extra findings into their own actions with the default owner', () => {
    const extra = {
      id: 'x',
      severity: 'high' as const,
      title: msg('t'),
      evidence: msg('e'),
      advice: msg('a'),
    };
    const [action] = planActions({
      factors: [{ id: 'expectations', score: 50, risk: 'high', findings: [], extraFindings: [extra] }],
      conditions: [],
    });
    expect(action).toMatchObject({
      title: msg('t'),
      why: msg('a'),
      owner: msg('assessment.owner.board'),
      riskRemoved: 50,
    });
  });
});

describe('planActions: owners that fit the company', () => {
  const factors = [
    {
      id: 'data' as const,
      score: 60,
      risk: 'high' as const,
      findings: [
        f('a', 'high', 'data.clean'),
        f('b', 'high', 'data.legal'),
        f('c', 'medium', 'partner.pilot'),
      ],
      extraFindings: [],
    },
    {
      id: 'people' as const,
      score: 30,
      risk: 'medium' as const,
      findings: [f('d', 'medium', 'people.train')],
      extraFindings: [],
    },
  ];
  const conditions = [{ id: 'sponsor' as const, status: 'not-met' as const, evidence: msg('x') }];
  const owners = (companySize: 'small' | 'withDepartments' | 'unknown') =>
    Object.fromEntries(
      planActions({ factors, conditions, companySize }).map((a) => [
        a.id,
        a.owner.key.replace('assessment.owner.', ''),
      ]),
    );

  it('gives a company under 20 people only its owner or the vendor, never a department', () => {
    expect(owners('small')).toEqual({
      'data.clean': 'owner',
      'data.legal': 'owner',
      'partner.pilot': 'vendor',
      'people.train': 'owner',
      'condition.sponsor': 'owner',
    });
  });

  it('names no departments when the size is unknown', () => {
    const named = Object.values(owners('unknown'));
    expect(named).not.toContain('itData');
    expect(named).not.toContain('hr');
    expect(owners('unknown')).toMatchObject({ 'data.clean': 'dataKeeper', 'people.train': 'manager' });
  });

  it('keeps the departments of a larger company', () => {
    expect(owners('withDepartments')).toMatchObject({ 'data.clean': 'itData', 'people.train': 'hr' });
  });

  it('gives every action a stable id', () => {
    const actions = planActions({ factors, conditions });
    expect(actions.map((a) => a.id).sort()).toEqual([
      'condition.sponsor',
      'data.clean',
      'data.legal',
      'partner.pilot',
      'people.train',
    ]);
  });
});
