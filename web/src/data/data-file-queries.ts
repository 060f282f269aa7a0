import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { type DataFileView, isInProgress } from './data-file-types.ts';

/** How often a file in the queue or in profiling is asked for its progress. */
const POLL_MS = 1000;

/** The data files of a use case, newest first (failure messages in the interface language). */
export function useDataFiles(orgId: string, useCaseId: string) {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: ['data-files', orgId, useCaseId, i18n.language],
    queryFn: () =>
      api.get('/api/orgs/:orgId/use-cases/:useCaseId/data-files', { params: { orgId, useCaseId } }),
  });
}

/**
 * One data file, polled while it is queued or profiling. The job and its progress live in the
 * database, so polling picks up where it was after a page reload. When profiling ends, the list and
 * the assessment (whose data factor uses the profile as evidence) are refreshed.
 */
export function useDataFile(orgId: string, useCaseId: string, listed: DataFileView) {
  const { i18n } = useTranslation();
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: ['data-file', orgId, useCaseId, listed.id, i18n.language],
    queryFn: () =>
      api.get('/api/orgs/:orgId/use-cases/:useCaseId/data-files/:dataFileId', {
        params: { orgId, useCaseId, dataFileId: listed.id },
      }),
    initialData: listed,
    staleTime: 0,
    refetchInterval: (q) => (q.state.data && isInProgress(q.state.data.status) ? POLL_MS : false),
    refetchIntervalInBackground: true,
    enabled: isInProgress(listed.status),
  });
  const file = query.data.updatedAt >= listed.updatedAt ? query.data : listed;
  const wasInProgress = useRef(isInProgress(listed.status));
  useEffect(() => {
    if (wasInProgress.current && !isInProgress(file.status)) {
      void queryClient.invalidateQueries({ queryKey: ['data-files', orgId, useCaseId] });
      void queryClient.invalidateQueries({ queryKey: ['assessment', orgId, useCaseId] });
    }
    wasInProgress.current = isInProgress(file.status);
  }, [file.status, orgId, useCaseId, queryClient]);
  return file;
}

/** The finished profile of a file, rendered in the interface language. */
export function useDataProfile(orgId: string, useCaseId: string, file: DataFileView) {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: ['data-profile', orgId, useCaseId, file.id, i18n.language],
    queryFn: () =>
      api.get('/api/orgs/:orgId/use-cases/:useCaseId/data-files/:dataFileId/profile', {
        params: { orgId, useCaseId, dataFileId: file.id },
        query: { lang: i18n.language === 'en' ? 'en' : 'nl' },
      }),
    enabled: file.status === 'done' && file.hasProfile,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/**
 * Lets a file count as evidence for the use case, or leaves it out; the assessment is asked
 * again, since its evidence changed.
 */
export function useCountsAsEvidence(orgId: string, useCaseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { dataFileId: string; countsAsEvidence: boolean }) =>
      api.patch('/api/orgs/:orgId/use-cases/:useCaseId/data-files/:dataFileId', {
        params: { orgId, useCaseId, dataFileId: input.dataFileId },
        body: { countsAsEvidence: input.countsAsEvidence },
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['data-files', orgId, useCaseId] });
      void queryClient.invalidateQueries({ queryKey: ['assessment', orgId, useCaseId] });
    },
  });
}

/** Deletes a file and its profile; the assessment no longer uses it. */
export function useDeleteDataFile(orgId: string, useCaseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (dataFileId: string) =>
      api.delete('/api/orgs/:orgId/use-cases/:useCaseId/data-files/:dataFileId', {
        params: { orgId, useCaseId, dataFileId },
      }),
    onSuccess: (_r, id) => {
      queryClient.removeQueries({ queryKey: ['data-profile', orgId, useCaseId, id] });
      queryClient.removeQueries({ queryKey: ['data-file', orgId, useCaseId, id] });
      void queryClient.invalidateQueries({ queryKey: ['data-files', orgId, useCaseId] });
      void queryClient.invalidateQueries({ queryKey: ['assessment', orgId, useCaseId] });
    },
  });
}
