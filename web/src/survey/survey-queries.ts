import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { BodyOf } from '../../../src/api/endpoint-types.ts';
import { api } from '../api.ts';
import type { RoundIds, UseCaseIds } from './survey-types.ts';

const lang = (language: string) => ({ lang: language === 'en' ? ('en' as const) : ('nl' as const) });

/** The survey rounds of a use case, newest first. */
export function useRounds(ids: UseCaseIds) {
  return useQuery({
    queryKey: ['surveys', ids.orgId, ids.useCaseId],
    queryFn: async () => {
      const list = await api.get('/api/orgs/:orgId/use-cases/:useCaseId/surveys', { params: ids });
      return [...list].sort((a, b) => b.openedOn.localeCompare(a.openedOn));
    },
  });
}

/**
 * A round's results in the interface language. Asked afresh each time: while the round is open the
 * responses keep arriving, and the server decides what may be shown.
 */
export function useRoundResults(ids: RoundIds) {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: ['survey-results', ids.orgId, ids.useCaseId, ids.roundId, i18n.language],
    queryFn: () =>
      api.get('/api/orgs/:orgId/use-cases/:useCaseId/surveys/:roundId/results', {
        params: ids,
        query: lang(i18n.language),
      }),
    staleTime: 0,
    refetchOnMount: 'always',
  });
}

/** The element means over the rounds of a use case. */
export function useTrend(ids: UseCaseIds) {
  return useQuery({
    queryKey: ['survey-trend', ids.orgId, ids.useCaseId],
    queryFn: () => api.get('/api/orgs/:orgId/use-cases/:useCaseId/surveys/trend', { params: ids }),
    staleTime: 0,
  });
}

/** Refreshes everything that follows from the rounds (list, results, trend, the assessment). */
function useRefreshSurveys(ids: UseCaseIds) {
  const queryClient = useQueryClient();
  return () => {
    for (const key of ['surveys', 'survey-results', 'survey-trend', 'assessment'])
      void queryClient.invalidateQueries({ queryKey: [key, ids.orgId, ids.useCaseId] });
  };
}

export function useOpenRound(ids: UseCaseIds) {
  const refresh = useRefreshSurveys(ids);
  return useMutation({
    mutationFn: (body: BodyOf<'POST /api/orgs/:orgId/use-cases/:useCaseId/surveys'>) =>
      api.post('/api/orgs/:orgId/use-cases/:useCaseId/surveys', { params: ids, body }),
    onSuccess: refresh,
  });
}

export function useCloseRound(ids: UseCaseIds) {
  const refresh = useRefreshSurveys(ids);
  return useMutation({
    mutationFn: (roundId: string) =>
      api.post('/api/orgs/:orgId/use-cases/:useCaseId/surveys/:roundId/close', {
        params: { ...ids, roundId },
      }),
    onSuccess: refresh,
  });
}

/** The feedback inbox: items, oldest open first as the server orders them, and the measured share. */
export function useInbox(ids: UseCaseIds) {
  return useQuery({
    queryKey: ['feedback', ids.orgId, ids.useCaseId],
    queryFn: () => api.get('/api/orgs/:orgId/use-cases/:useCaseId/feedback', { params: ids }),
    staleTime: 0,
  });
}

export function useHandleFeedback(ids: UseCaseIds) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      itemId,
      body,
    }: {
      itemId: string;
      body: BodyOf<'PATCH /api/orgs/:orgId/use-cases/:useCaseId/feedback/:itemId'>;
    }) =>
      api.patch('/api/orgs/:orgId/use-cases/:useCaseId/feedback/:itemId', {
        params: { ...ids, itemId },
        body,
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['feedback', ids.orgId, ids.useCaseId] });
      void queryClient.invalidateQueries({ queryKey: ['assessment', ids.orgId, ids.useCaseId] });
    },
  });
}

export function useFeedbackLink(ids: UseCaseIds) {
  return useQuery({
    queryKey: ['feedback-link', ids.orgId, ids.useCaseId],
    queryFn: () => api.get('/api/orgs/:orgId/use-cases/:useCaseId/feedback-link', { params: ids }),
  });
}

/** Makes the feedback link, or a new one in its place (the old one stops working). */
export function useMakeFeedbackLink(ids: UseCaseIds) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post('/api/orgs/:orgId/use-cases/:useCaseId/feedback-link', { params: ids }),
    onSuccess: (link) => queryClient.setQueryData(['feedback-link', ids.orgId, ids.useCaseId], link),
  });
}
