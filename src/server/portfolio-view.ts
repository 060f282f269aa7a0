import type { PilotPlanDraft } from '../api/pilot-schemas.ts';
import { type PortfolioRow, portfolioRow, sortPortfolio } from '../core/portfolio/portfolio.ts';
import type { Role } from '../store/accounts-repository.ts';
import type { Store } from '../store/store.ts';
import type { UseCaseStatus } from '../store/use-cases-repository.ts';
import { ASSESSMENT_VERSION } from './current-assessment.ts';
import { pilotAnalysisOf } from './pilot-view.ts';
import { useCaseBusinessCase } from './use-case-business-case.ts';

export type PortfolioOrganisation = { id: string; name: string; role: Role };

/** The latest decided pilot of a use case: its outcome, day, and what it predicted against what it measured. */
async function latestDecision(store: Store, options: { orgId: string; useCaseId: string; title: string }) {
  const pilots = await store.pilots.list<PilotPlanDraft>(options.orgId, options.useCaseId);
  // Newest first: the latest pilot that was decided.
  const decided = pilots.find((p) => p.outcome !== null);
  if (!decided) return null;
  const record = await store.pilots.getRecord<PilotPlanDraft>({
    organisationId: options.orgId,
    useCaseId: options.useCaseId,
    pilotId: decided.id,
  });
  if (!record?.decision) return null;
  return {
    outcome: record.decision.outcome,
    on: record.decision.on,
    predictedVsRealised: pilotAnalysisOf(record, options.title)?.predictedVsRealised ?? null,
  };
}

/**
 * The portfolio rows of the given organisations (the caller has checked the user belongs to each):
 * every use case that is not archived, computed one at a time (the simulation is CPU work; tens of
 * use cases take well under a second).
 */
export async function portfolioRows(
  store: Store,
  organisations: readonly PortfolioOrganisation[],
): Promise<PortfolioRow<UseCaseStatus>[]> {
  const rows: PortfolioRow<UseCaseStatus>[] = [];
  for (const organisation of organisations) {
    const useCases = await store.useCases.list(organisation.id);
    for (const summary of useCases) {
      const found = await store.useCases.get(organisation.id, summary.id);
      if (!found) continue;
      const key = { orgId: organisation.id, useCaseId: found.id };
      // What `GET …/business-case` shows (default runs and seed): the same function computes both.
      const { result, assessment } = await useCaseBusinessCase(store, { ...key, document: found.document });
      if (!assessment) continue;
      const [latest] = await store.assessments.latestTwo(organisation.id, found.id);
      rows.push(
        portfolioRow({
          organisation,
          useCase: { id: found.id, title: found.title, status: found.status },
          assessment,
          businessCase: result,
          decision: await latestDecision(store, { ...key, title: found.title }),
          model: {
            storedVersion: latest?.modelVersion ?? null,
            hasStoredAssessment: latest !== undefined,
            currentVersion: ASSESSMENT_VERSION,
          },
        }),
      );
    }
  }
  return sortPortfolio(rows);
}
