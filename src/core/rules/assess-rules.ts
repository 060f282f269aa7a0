import { msg } from '../message.ts';
import type { UseCase } from '../use-case/use-case-schema.ts';
import { aiActRole } from './ai-act-role.ts';
import { assessDpia } from './assess-dpia.ts';
import { type AiActFindings, classifyAiAct } from './classify-ai-act.ts';
import { obligationsFor } from './obligations.ts';
import type { RulesResult } from './rules-types.ts';
import { assessWorksCouncil } from './works-council.ts';

/** Without a rules section nothing is classified: these are the first things to answer. */
function notAnswered(): AiActFindings {
  return {
    classification: 'unclear',
    reasons: [msg('rules.reason.notAnswered')],
    questions: [msg('rules.settle.activities'), msg('rules.settle.interacts'), msg('rules.settle.generates')],
    routes: { annexIII: false, annexI: false },
    exceptionApplied: false,
    transparency: { interacts: false, generates: false, emotionOrBiometric: false },
  };
}

/**
 * The rules and obligations for one use case on one day: the AI Act class and role with their
 * reasons (or the questions that would settle them), the DPIA and works-council outcomes, and every
 * obligation that follows, dated and marked as applying on `asOf` (YYYY-MM-DD) or not yet. Pure and
 * deterministic: the day is a parameter, never the clock.
 *
 * @example assessRules(useCase, '2026-12-03').obligations.filter((o) => o.applies)
 */
export function assessRules(useCase: UseCase, asOf: string): RulesResult {
  const rules = useCase.rules;
  const aiAct = rules === undefined ? notAnswered() : classifyAiAct(rules);
  const role = aiActRole(rules ?? {}, aiAct.classification);
  const dpia = assessDpia(useCase);
  const worksCouncil = assessWorksCouncil(useCase);
  const obligations = obligationsFor(
    { useCase, aiAct, role: role.role, dpia: dpia.outcome, worksCouncil: worksCouncil.outcome },
    asOf,
  );
  const transparency = aiAct.transparency;
  return {
    asOf,
    answered: rules !== undefined,
    aiAct: {
      classification: aiAct.classification,
      role: role.role,
      reasons: [...aiAct.reasons, ...role.reasons],
      questions: [...aiAct.questions, ...role.questions],
      transparencyDuty:
        aiAct.classification !== 'prohibited' &&
        (transparency.interacts || transparency.generates || transparency.emotionOrBiometric),
    },
    dpia,
    worksCouncil,
    obligations,
  };
}
