import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { BodyOf } from '../../../src/api/endpoint-types.ts';
import { api } from '../api.ts';
import type { PilotView } from './pilot-types.ts';

type Ids = { orgId: string; useCaseId: string };
type PilotIds = Ids & { pilotId: string };

/** The pilots of a use case, newest first. */
export function usePilots({ orgId, useCaseId }: Ids) {
  return useQuery({
    queryKey: ['pilots', orgId, useCaseId],
    queryFn: async () => {
      const list = await api.get('/api/orgs/:orgId/use-cases/:useCaseId/pilots', {
        params: { orgId, useCaseId },
      });
      return [...list].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    },
  });
}

const pilotKey = (ids: PilotIds, language: string) => [
  'pilot',
  ids.orgId,
  ids.useCaseId,
  ids.pilotId,
  language,
];

/** One pilot with its analysis, in the interface language (the analysis' texts come rendered). */
export function usePilot(ids: PilotIds | null) {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: ids ? pilotKey(ids, i18n.language) : ['pilot', 'none'],
    queryFn: () =>
      api.get('/api/orgs/:orgId/use-cases/:useCaseId/pilots/:pilotId', {
        params: ids!,
        query: { lang: i18n.language === 'en' ? 'en' : 'nl' },
      }),
    enabled: ids !== null,
  });
}

/** Puts a pilot the server answered with into the cache, and refreshes the list (status, title). */
function useStorePilot(ids: Ids) {
  const queryClient = useQueryClient();
  const { i18n } = useTranslation();
  return (pilot: PilotView) => {
    queryClient.setQueryData(pilotKey({ ...ids, pilotId: pilot.id }, i18n.language), pilot);
    void queryClient.invalidateQueries({ queryKey: ['pilots', ids.orgId, ids.useCaseId] });
  };
}

/** Refetches a pilot after a change whose answer is not the whole pilot (a week, an iteration). */
function useRefreshPilot(ids: PilotIds) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['pilot', ids.orgId, ids.useCaseId, ids.pilotId] });
}

const lang = (language: string) => ({ lang: language === 'en' ? ('en' as const) : ('nl' as const) });

export function useCreatePilot(ids: Ids) {
  const store = useStorePilot(ids);
  const { i18n } = useTranslation();
  return useMutation({
    mutationFn: () =>
      api.post('/api/orgs/:orgId/use-cases/:useCaseId/pilots', {
        params: ids,
        query: lang(i18n.language),
        body: {},
      }),
    onSuccess: store,
  });
}

export function useChangePlan(ids: PilotIds) {
  const store = useStorePilot(ids);
  const { i18n } = useTranslation();
  return useMutation({
    mutationFn: (body: BodyOf<'PATCH /api/orgs/:orgId/use-cases/:useCaseId/pilots/:pilotId'>) =>
      api.patch('/api/orgs/:orgId/use-cases/:useCaseId/pilots/:pilotId', {
        params: ids,
        query: lang(i18n.language),
        body,
      }),
    onSuccess: store,
  });
}

export function useSaveBaseline(ids: PilotIds) {
  const store = useStorePilot(ids);
  const { i18n } = useTranslation();
  return useMutation({
    mutationFn: (body: BodyOf<'PUT /api/orgs/:orgId/use-cases/:useCaseId/pilots/:pilotId/baseline'>) =>
      api.put('/api/orgs/:orgId/use-cases/:useCaseId/pilots/:pilotId/baseline', {
        params: ids,
        query: lang(i18n.language),
        body,
      }),
    onSuccess: store,
  });
}

export function useStartPilot(ids: PilotIds) {
  const store = useStorePilot(ids);
  const { i18n } = useTranslation();
  return useMutation({
    mutationFn: () =>
      api.post('/api/orgs/:orgId/use-cases/:useCaseId/pilots/:pilotId/start', {
        params: ids,
        query: lang(i18n.language),
      }),
    onSuccess: store,
  });
}

export function useSaveWeek(ids: PilotIds) {
  const refresh = useRefreshPilot(ids);
  return useMutation({
    mutationFn: (body: BodyOf<'POST /api/orgs/:orgId/use-cases/:useCaseId/pilots/:pilotId/measurements'>) =>
      api.post('/api/orgs/:orgId/use-cases/:useCaseId/pilots/:pilotId/measurements', { params: ids, body }),
    onSuccess: () => refresh(),
  });
}

export function useDeleteWeek(ids: PilotIds) {
  const refresh = useRefreshPilot(ids);
  return useMutation({
    mutationFn: (week: number) =>
      api.delete('/api/orgs/:orgId/use-cases/:useCaseId/pilots/:pilotId/measurements/:week', {
        params: { ...ids, week },
      }),
    onSuccess: () => refresh(),
  });
}

export function useAddIteration(ids: PilotIds) {
  const refresh = useRefreshPilot(ids);
  return useMutation({
    mutationFn: (body: BodyOf<'POST /api/orgs/:orgId/use-cases/:useCaseId/pilots/:pilotId/iterations'>) =>
      api.post('/api/orgs/:orgId/use-cases/:useCaseId/pilots/:pilotId/iterations', { params: ids, body }),
    onSuccess: () => refresh(),
  });
}

export function useDecide(ids: PilotIds) {
  const store = useStorePilot(ids);
  const queryClient = useQueryClient();
  const { i18n } = useTranslation();
  return useMutation({
    mutationFn: (body: BodyOf<'POST /api/orgs/:orgId/use-cases/:useCaseId/pilots/:pilotId/decision'>) =>
      api.post('/api/orgs/:orgId/use-cases/:useCaseId/pilots/:pilotId/decision', {
        params: ids,
        query: lang(i18n.language),
        body,
      }),
    onSuccess: (pilot) => {
      store(pilot);
      // A Go writes the measured effect into a new revision of the use case (and its business case).
      void queryClient.invalidateQueries({ queryKey: ['use-case', ids.orgId, ids.useCaseId] });
      void queryClient.invalidateQueries({ queryKey: ['revisions', ids.orgId, ids.useCaseId] });
    },
  });
}
