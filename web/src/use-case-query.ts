import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type StoredUseCase, type UseCaseDocument, type UseCaseStatus } from './api.ts';

export function useUseCase(orgId: string | undefined, useCaseId: string | undefined) {
  return useQuery({
    queryKey: ['use-case', orgId, useCaseId],
    queryFn: () => api<StoredUseCase>('GET', `/api/orgs/${orgId}/use-cases/${useCaseId}`),
    enabled: Boolean(orgId && useCaseId),
  });
}

/** Saves a new revision; the caller passes the revision it edited so a concurrent save is not overwritten. */
export function useSaveUseCase(orgId: string | undefined, useCaseId: string | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: {
      document?: UseCaseDocument;
      status?: UseCaseStatus;
      archived?: boolean;
      expectedRevision?: number;
    }) => api<StoredUseCase>('PATCH', `/api/orgs/${orgId}/use-cases/${useCaseId}`, body),
    onSuccess: (saved) => {
      queryClient.setQueryData(['use-case', orgId, useCaseId], saved);
      void queryClient.invalidateQueries({ queryKey: ['use-cases', orgId] });
      void queryClient.invalidateQueries({ queryKey: ['revisions', orgId, useCaseId] });
    },
  });
}
