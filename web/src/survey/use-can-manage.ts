import { useSession } from '../session.ts';

/**
 * True for owners and advisers of the organisation: they open, close and export survey rounds and
 * make the feedback link (the API refuses members; members see results and work the inbox).
 */
export function useCanManage(orgId: string): boolean {
  const session = useSession();
  const role = session.data?.memberships.find((m) => m.organisationId === orgId)?.role;
  return role === 'owner' || role === 'adviser';
}
