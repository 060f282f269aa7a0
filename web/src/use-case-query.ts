import { useIsMutating, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BodyOf } from '../../src/api/endpoint-types.ts';
import { api } from './api.ts';

export function useUseCase(orgId: string | undefined, useCaseId: string | undefined) {
  return useQuery({
    queryKey: ['use-case', orgId, useCaseId],
    queryFn: () =>
      api.get('/api/orgs/:orgId/use-cases/:useCaseId', { params: { orgId: orgId!, useCaseId: useCaseId! } }),
    enabled: Boolean(orgId && useCaseId),
  });
}

/** Saves a new revision; the caller passes the revision it edited so a concurrent save is not overwritten. */
export function useSaveUseCase(orgId: string | undefined, useCaseId: string | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: saveKey(orgId, useCaseId),
    mutationFn: (body: BodyOf<'PATCH /api/orgs/:orgId/use-cases/:useCaseId'>) =>
      api.patch('/api/orgs/:orgId/use-cases/:useCaseId', {
        params: { orgId: orgId!, useCaseId: useCaseId! },
        body,
      }),
    onSuccess: (saved) => {
      queryClient.setQueryData(['use-case', orgId, useCaseId], saved);
      void queryClient.invalidateQueries({ queryKey: ['use-cases', orgId] });
      void queryClient.invalidateQueries({ queryKey: ['revisions', orgId, useCaseId] });
    },
  });
}

const saveKey = (orgId: string | undefined, useCaseId: string | undefined) => [
  'save-use-case',
  orgId,
  useCaseId,
];

/**
 * True while a save of this use case is still on its way, e.g. the one an editor sent as the user
 * left it. An editor that opens meanwhile waits for it, so it starts from what was just typed.
 */
export function useIsSavingUseCase(orgId: string | undefined, useCaseId: string | undefined): boolean {
  return useIsMutating({ mutationKey: saveKey(orgId, useCaseId) }) > 0;
}
