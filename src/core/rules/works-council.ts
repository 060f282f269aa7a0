import { type Message, msg } from '../message.ts';
import type { UseCase } from '../use-case/use-case-schema.ts';
import type { WorksCouncilOutcome } from './rules-types.ts';

/** A company with this many people must set up a works council (WOR art. 2(1)). */
export const WORKS_COUNCIL_THRESHOLD = 50;

export type WorksCouncilFindings = { outcome: WorksCouncilOutcome; reasons: Message[] };

/**
 * Whether the works council must consent before the system is introduced: a system that can observe
 * or check staff's presence, behaviour or performance needs its consent (WOR art. 27(1)(l)), and a
 * works council is compulsory from 50 people (art. 2). Below that, staff still have to be told, and a
 * voluntary council or staff representation may have rights of its own.
 */
export function assessWorksCouncil(useCase: UseCase): WorksCouncilFindings {
  const monitors = useCase.people?.monitorsStaff;
  const employees = useCase.organisation?.employees;
  if (monitors === false)
    return { outcome: 'not-required', reasons: [msg('rules.worksCouncilReason.noMonitoring')] };
  if (monitors === undefined) {
    return { outcome: 'unclear', reasons: [msg('rules.worksCouncilReason.monitoringUnknown')] };
  }
  if (employees === undefined)
    return { outcome: 'unclear', reasons: [msg('rules.worksCouncilReason.sizeUnknown')] };
  if (employees >= WORKS_COUNCIL_THRESHOLD) {
    return {
      outcome: 'consent-required',
      reasons: [msg('rules.worksCouncilReason.consent', { count: employees })],
    };
  }
  return {
    outcome: 'no-works-council',
    reasons: [
      msg('rules.worksCouncilReason.belowThreshold', { count: employees }),
      msg('rules.worksCouncilReason.informStaff'),
    ],
  };
}
