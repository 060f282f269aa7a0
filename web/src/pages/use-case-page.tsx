import { Navigate, useParams } from 'react-router';

/**
 * A use case's own address opens its intake at the first step, the problem: the problem is asked
 * in one place, with one save model (autosave), so no tab holds a copy of it that could be lost.
 */
export function UseCasePage() {
  const { orgId, useCaseId } = useParams();
  return <Navigate to={`/o/${orgId}/use-cases/${useCaseId}/intake/problem`} replace />;
}
