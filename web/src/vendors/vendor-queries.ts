import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { BodyOf } from '../../../src/api/endpoint-types.ts';
import type { VendorEvidence } from '../../../src/core/vendors/vendor-types.ts';
import { ApiError, api, checkAnswerInDevelopment } from '../api.ts';
import type { UseCaseIds } from './vendor-types.ts';

const lang = (language: string) => ({ lang: language === 'en' ? ('en' as const) : ('nl' as const) });

/** The vendors of a use case with the comparison, in the interface language. */
export function useVendors(ids: UseCaseIds) {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: ['vendors', ids.orgId, ids.useCaseId, i18n.language],
    queryFn: () =>
      api.get('/api/orgs/:orgId/use-cases/:useCaseId/vendors', { params: ids, query: lang(i18n.language) }),
  });
}

/** The claim ledger, settled against the pilot, in the interface language. */
export function useClaims(ids: UseCaseIds) {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: ['claims', ids.orgId, ids.useCaseId, i18n.language],
    queryFn: () =>
      api.get('/api/orgs/:orgId/use-cases/:useCaseId/claims', { params: ids, query: lang(i18n.language) }),
  });
}

/**
 * The KPIs of the use case's newest pilot, to link a claim to: their ids and names. Empty without
 * a pilot.
 */
export function usePilotKpis(ids: UseCaseIds) {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: ['vendor-claim-kpis', ids.orgId, ids.useCaseId, i18n.language],
    queryFn: async () => {
      const pilots = await api.get('/api/orgs/:orgId/use-cases/:useCaseId/pilots', { params: ids });
      const newest = [...pilots].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
      if (!newest) return [];
      const pilot = await api.get('/api/orgs/:orgId/use-cases/:useCaseId/pilots/:pilotId', {
        params: { ...ids, pilotId: newest.id },
        query: lang(i18n.language),
      });
      const kpis = [pilot.plan.primaryKpi, ...(pilot.plan.secondaryKpis ?? [])];
      return kpis.flatMap((k) => (k?.id ? [{ id: k.id, name: k.name ?? k.id }] : []));
    },
  });
}

/**
 * Refreshes what follows from the vendors: the list and comparison, the claims (a submitted
 * questionnaire adds some), the assessment (the partner factor) and the business case (the
 * switching cost).
 */
export function useRefreshVendors(ids: UseCaseIds) {
  const queryClient = useQueryClient();
  return () => {
    for (const key of ['vendors', 'claims', 'assessment', 'business-case-assessment'])
      void queryClient.invalidateQueries({ queryKey: [key, ids.orgId, ids.useCaseId] });
  };
}

export function useAddVendor(ids: UseCaseIds) {
  const refresh = useRefreshVendors(ids);
  return useMutation({
    mutationFn: (body: BodyOf<'POST /api/orgs/:orgId/use-cases/:useCaseId/vendors'>) =>
      api.post('/api/orgs/:orgId/use-cases/:useCaseId/vendors', { params: ids, body }),
    onSuccess: refresh,
  });
}

export function useUpdateVendor(ids: UseCaseIds, vendorId: string) {
  const refresh = useRefreshVendors(ids);
  return useMutation({
    mutationFn: (body: BodyOf<'PUT /api/orgs/:orgId/use-cases/:useCaseId/vendors/:vendorId'>) =>
      api.put('/api/orgs/:orgId/use-cases/:useCaseId/vendors/:vendorId', {
        params: { ...ids, vendorId },
        body,
      }),
    onSuccess: refresh,
  });
}

export function useRemoveVendor(ids: UseCaseIds, vendorId: string) {
  const refresh = useRefreshVendors(ids);
  return useMutation({
    mutationFn: () =>
      api.delete('/api/orgs/:orgId/use-cases/:useCaseId/vendors/:vendorId', {
        params: { ...ids, vendorId },
      }),
    onSuccess: refresh,
  });
}

/** Makes the vendor's questionnaire link (a new one replaces the old); its address is shown only now. */
export function useMakeLink(ids: UseCaseIds, vendorId: string) {
  const refresh = useRefreshVendors(ids);
  return useMutation({
    mutationFn: (days: number) =>
      api.post('/api/orgs/:orgId/use-cases/:useCaseId/vendors/:vendorId/link', {
        params: { ...ids, vendorId },
        body: { days },
      }),
    onSuccess: refresh,
  });
}

export function useRevokeLink(ids: UseCaseIds, vendorId: string) {
  const refresh = useRefreshVendors(ids);
  return useMutation({
    mutationFn: () =>
      api.delete('/api/orgs/:orgId/use-cases/:useCaseId/vendors/:vendorId/link', {
        params: { ...ids, vendorId },
      }),
    onSuccess: refresh,
  });
}

export function useSaveWeights(ids: UseCaseIds) {
  const refresh = useRefreshVendors(ids);
  return useMutation({
    mutationFn: (weights: BodyOf<'PUT /api/orgs/:orgId/use-cases/:useCaseId/vendor-weights'>['weights']) =>
      api.put('/api/orgs/:orgId/use-cases/:useCaseId/vendor-weights', { params: ids, body: { weights } }),
    onSuccess: refresh,
  });
}

type ClaimBody = BodyOf<'POST /api/orgs/:orgId/use-cases/:useCaseId/claims'>;

export function useAddClaim(ids: UseCaseIds) {
  const refresh = useRefreshVendors(ids);
  return useMutation({
    mutationFn: (body: ClaimBody) =>
      api.post('/api/orgs/:orgId/use-cases/:useCaseId/claims', { params: ids, body }),
    onSuccess: refresh,
  });
}

/** Changes a claim; the whole claim is sent (to link it to a KPI, say), and comes back settled. */
export function useUpdateClaim(ids: UseCaseIds) {
  const refresh = useRefreshVendors(ids);
  return useMutation({
    mutationFn: ({ claimId, body }: { claimId: string; body: ClaimBody }) =>
      api.put('/api/orgs/:orgId/use-cases/:useCaseId/claims/:claimId', { params: { ...ids, claimId }, body }),
    onSuccess: refresh,
  });
}

export function useRemoveClaim(ids: UseCaseIds) {
  const refresh = useRefreshVendors(ids);
  return useMutation({
    mutationFn: (claimId: string) =>
      api.delete('/api/orgs/:orgId/use-cases/:useCaseId/claims/:claimId', { params: { ...ids, claimId } }),
    onSuccess: refresh,
  });
}

type EvidenceUpload =
  | 'POST /api/orgs/:orgId/use-cases/:useCaseId/vendors/:vendorId/evidence'
  | 'POST /api/public/vendor-questionnaire/:token/evidence';

/**
 * Sends one evidence file (multipart, field `file`) and returns the evidence that refers to it. The
 * server decides what it accepts (kind sniffed from the content, 5 MB at most) and says why not.
 */
export async function uploadEvidence(options: {
  key: EvidenceUpload;
  href: string;
  file: File;
  csrfToken: string;
  language: string;
  networkMessage: string;
}): Promise<Extract<VendorEvidence, { kind: 'file' }>> {
  const form = new FormData();
  form.append('file', options.file, options.file.name);
  const res = await fetch(options.href, {
    method: 'POST',
    body: form,
    credentials: 'same-origin',
    headers: {
      accept: 'application/json',
      'accept-language': options.language,
      'x-csrf-token': options.csrfToken,
    },
  }).catch(() => {
    throw new ApiError(0, 'NETWORK', options.networkMessage);
  });
  const body = (await res.json().catch(() => null)) as unknown;
  if (!res.ok) {
    const e = (body as { error?: { code: string; message: string; details?: unknown } } | null)?.error;
    throw new ApiError(res.status, e?.code ?? 'HTTP', e?.message ?? `HTTP ${res.status}`, e?.details);
  }
  await checkAnswerInDevelopment(options.key, body);
  return body as Extract<VendorEvidence, { kind: 'file' }>;
}
