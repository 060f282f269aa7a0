import { describe, expect, it } from 'vitest';
import { aiActRole } from './ai-act-role.ts';

const keys = (ms: { key: string }[]) => ms.map((m) => m.key);

describe('aiActRole', () => {
  it.each([
    ['building', 'provider'],
    ['commissioned', 'provider'],
    ['using', 'deployer'],
  ] as const)('%s makes the company the %s', (role, expected) => {
    const r = aiActRole({ role }, 'minimal');
    expect(r.role).toBe(expected);
    expect(keys(r.reasons)).toEqual([`rules.reason.role.${role}`]);
    expect(r.questions).toEqual([]);
  });

  it.each([undefined, 'unknown'] as const)('role %s is unclear with a question', (role) => {
    const r = aiActRole({ role }, 'high-risk');
    expect(r.role).toBe('unclear');
    expect(keys(r.questions)).toEqual(['rules.settle.role']);
  });

  it('changing a tool and offering it under the own name makes a provider (art. 25(1)(a))', () => {
    const r = aiActRole({ role: 'modifying', ownName: 'yes' }, 'minimal');
    expect(r.role).toBe('provider');
    expect(keys(r.reasons)).toEqual(['rules.reason.role.modifyingOwnName']);
  });

  it('changing a tool that is or becomes high-risk makes a provider (art. 25(1)(b), (c))', () => {
    const r = aiActRole({ role: 'modifying', ownName: 'no' }, 'high-risk');
    expect(r.role).toBe('provider');
    expect(keys(r.reasons)).toEqual(['rules.reason.role.modifyingHighRisk']);
  });

  it.each(['minimal', 'transparency', 'prohibited'] as const)(
    'changing a tool under the supplier name within its purpose (%s) stays a deployer',
    (classification) => {
      const r = aiActRole({ role: 'modifying', ownName: 'no' }, classification);
      expect(r.role).toBe('deployer');
      expect(keys(r.reasons)).toEqual(['rules.reason.role.modifyingWithinPurpose']);
    },
  );

  it.each([
    [undefined, 'minimal', ['rules.settle.ownName']],
    ['unknown', 'transparency', ['rules.settle.ownName']],
    ['no', 'unclear', ['rules.settle.modificationPurpose']],
    ['unknown', 'unclear', ['rules.settle.ownName', 'rules.settle.modificationPurpose']],
  ] as const)(
    'changing a tool with ownName %s and class %s is unclear',
    (ownName, classification, questions) => {
      const r = aiActRole({ role: 'modifying', ownName }, classification);
      expect(r.role).toBe('unclear');
      expect(keys(r.questions)).toEqual(questions);
    },
  );
});
