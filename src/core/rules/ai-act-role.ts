import { type Message, msg } from '../message.ts';
import type { AiActClass, AiActRole, RulesAnswers } from './rules-types.ts';

export type RoleFindings = { role: AiActRole; reasons: Message[]; questions: Message[] };

/**
 * The company's AI Act role. Building a system or having it built for use under its own name makes
 * it the provider (art. 3(3)); using a bought tool makes it a deployer (art. 3(4)). Changing a bought
 * tool makes it the provider when it then offers or uses the tool under its own name (art. 25(1)(a))
 * or when the change makes or keeps it a high-risk system (art. 25(1)(b), (c)); it stays a deployer
 * when the tool keeps the supplier's name and stays within its purpose.
 */
export function aiActRole(rules: RulesAnswers, classification: AiActClass): RoleFindings {
  const found = (role: AiActRole, key: string): RoleFindings => ({
    role,
    reasons: [msg(`rules.reason.role.${key}`)],
    questions: [],
  });
  switch (rules.role) {
    case 'building':
      return found('provider', 'building');
    case 'commissioned':
      return found('provider', 'commissioned');
    case 'using':
      return found('deployer', 'using');
    case 'modifying':
      return modifyingRole(rules, classification);
    case 'unknown':
    case undefined:
      return { role: 'unclear', reasons: [], questions: [msg('rules.settle.role')] };
  }
}

function modifyingRole(rules: RulesAnswers, classification: AiActClass): RoleFindings {
  if (rules.ownName === 'yes') {
    return { role: 'provider', reasons: [msg('rules.reason.role.modifyingOwnName')], questions: [] };
  }
  if (classification === 'high-risk') {
    return { role: 'provider', reasons: [msg('rules.reason.role.modifyingHighRisk')], questions: [] };
  }
  const purposeSettled = classification !== 'unclear';
  if (rules.ownName === 'no' && purposeSettled) {
    return { role: 'deployer', reasons: [msg('rules.reason.role.modifyingWithinPurpose')], questions: [] };
  }
  return {
    role: 'unclear',
    reasons: [],
    questions: [
      ...(rules.ownName === 'no' ? [] : [msg('rules.settle.ownName')]),
      ...(purposeSettled ? [] : [msg('rules.settle.modificationPurpose')]),
    ],
  };
}
