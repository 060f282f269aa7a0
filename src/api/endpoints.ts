import type { z } from 'zod';
import { ZUseCase } from '../core/use-case/use-case-schema.ts';
import {
  ZChangePasswordBody,
  ZLocaleBody,
  ZLoginBody,
  ZMembershipList,
  ZSessionInfo,
  ZUser,
} from './account-schemas.ts';
import {
  ZActionParams,
  ZActionProgress,
  ZActionProgressList,
  ZAssessmentList,
  ZAssessmentState,
  ZAssessQuery,
  ZMarkActionDoneBody,
  ZRenderedAssessment,
} from './assessment-schemas.ts';
import { XLSX_CONTENT_TYPE, ZBusinessCaseReport, ZSimulationQuery } from './business-case-schemas.ts';
import { ZLangQuery, ZNoContent, ZOrgParams, ZUseCaseParams } from './common-schemas.ts';
import {
  ZDataFile,
  ZDataFileChangeBody,
  ZDataFileList,
  ZDataFileParams,
  ZProfileLangQuery,
  ZRenderedProfile,
} from './data-file-schemas.ts';
import { ZHealth } from './health-schemas.ts';
import {
  ZAcceptedInvitation,
  ZAcceptInvitationBody,
  ZCreatedInvitation,
  ZCreateInvitationBody,
  ZInvitationList,
  ZInvitationParams,
  ZInvitationView,
  ZSecretParams,
} from './invitation-schemas.ts';
import {
  ZCreatedApiToken,
  ZCreateOrganisationBody,
  ZCreateTokenBody,
  ZListedApiTokenList,
  ZMember,
  ZMemberList,
  ZMemberParams,
  ZOrganisation,
  ZRenameOrganisationBody,
  ZRoleBody,
  ZTokenParams,
} from './organisation-schemas.ts';
import { ZPilotImportQuery, ZPilotImportResult } from './pilot-import-schemas.ts';
import {
  ZBaselineBody,
  ZChangePilotPlanBody,
  ZCreatePilotBody,
  ZDecisionBody,
  ZIterationBody,
  ZIterationView,
  ZMeasurementBody,
  ZMeasurementView,
  ZPilotParams,
  ZPilotSummaryList,
  ZPilotView,
  ZPilotWeekParams,
} from './pilot-schemas.ts';
import {
  ZCopiedUseCase,
  ZCopyUseCaseBody,
  ZPortfolio,
  ZPortfolioParams,
  ZPortfolioQuery,
} from './portfolio-schemas.ts';
import { PDF_CONTENT_TYPE } from './report-schemas.ts';
import {
  ZFeedbackBody,
  ZFeedbackInbox,
  ZFeedbackItem,
  ZFeedbackItemParams,
  ZFeedbackLink,
  ZFeedbackReceived,
  ZHandleFeedbackBody,
  ZLinkTokenParams,
  ZOpenRoundBody,
  ZPublicFeedbackForm,
  ZPublicSurvey,
  ZSurveyExport,
  ZSurveyResponseBody,
  ZSurveyResults,
  ZSurveyRound,
  ZSurveyRoundList,
  ZSurveyRoundParams,
  ZSurveySubmitted,
  ZSurveyTrend,
} from './survey-schemas.ts';
import {
  ZCreateUseCaseBody,
  ZRevisionParams,
  ZSaveUseCaseBody,
  ZStoredUseCase,
  ZUseCaseListQuery,
  ZUseCaseRevision,
  ZUseCaseRevisionList,
  ZUseCaseSummaryList,
} from './use-case-schemas.ts';
import {
  ZClaim,
  ZClaimBody,
  ZClaimList,
  ZClaimParams,
  ZCreateVendorBody,
  ZEvidenceFileRef,
  ZNoQuery,
  ZPublicAnswersBody,
  ZPublicVendorQuestionnaire,
  ZUpdateVendorBody,
  ZVendor,
  ZVendorEvidenceParams,
  ZVendorLink,
  ZVendorLinkBody,
  ZVendorList,
  ZVendorParams,
  ZVendorWeightsBody,
  ZVendorWeightsView,
} from './vendor-schemas.ts';

/**
 * One JSON operation of the API: the schemas of its path parameters, query string and body, and its
 * success status with the schema of that answer. The route registers exactly these schema objects
 * (test/integration/api-contract.test.ts checks it), so what the server validates is what the web's
 * types say.
 */
export type Endpoint = {
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  status: 200 | 201 | 202 | 204;
  response: z.ZodType;
};

/**
 * Every JSON operation, keyed `METHOD path` as Fastify registers it. The web's client
 * (`web/src/api.ts`) takes its types from here; its development build also validates each answer
 * against `response`.
 *
 * @example type Cases = ResponseOf<'GET /api/orgs/:orgId/use-cases'> // UseCaseSummary[]
 */
export const ENDPOINTS = {
  'GET /api/health': { status: 200, response: ZHealth },

  'POST /api/auth/login': { body: ZLoginBody, status: 200, response: ZSessionInfo },
  'POST /api/auth/logout': { status: 204, response: ZNoContent },
  'GET /api/auth/me': { status: 200, response: ZSessionInfo },
  'PATCH /api/auth/me': { body: ZLocaleBody, status: 200, response: ZUser },
  'POST /api/auth/password': { body: ZChangePasswordBody, status: 204, response: ZNoContent },

  'GET /api/orgs': { status: 200, response: ZMembershipList },
  'POST /api/orgs': { body: ZCreateOrganisationBody, status: 201, response: ZOrganisation },
  'GET /api/orgs/:orgId': { params: ZOrgParams, status: 200, response: ZOrganisation },
  'PATCH /api/orgs/:orgId': {
    params: ZOrgParams,
    body: ZRenameOrganisationBody,
    status: 200,
    response: ZOrganisation,
  },
  'GET /api/orgs/:orgId/members': { params: ZOrgParams, status: 200, response: ZMemberList },
  'PATCH /api/orgs/:orgId/members/:userId': {
    params: ZMemberParams,
    body: ZRoleBody,
    status: 200,
    response: ZMember,
  },
  'DELETE /api/orgs/:orgId/members/:userId': { params: ZMemberParams, status: 204, response: ZNoContent },
  'GET /api/orgs/:orgId/tokens': { params: ZOrgParams, status: 200, response: ZListedApiTokenList },
  'POST /api/orgs/:orgId/tokens': {
    params: ZOrgParams,
    body: ZCreateTokenBody,
    status: 201,
    response: ZCreatedApiToken,
  },
  'DELETE /api/orgs/:orgId/tokens/:tokenId': { params: ZTokenParams, status: 204, response: ZNoContent },

  'GET /api/orgs/:orgId/invitations': { params: ZOrgParams, status: 200, response: ZInvitationList },
  'POST /api/orgs/:orgId/invitations': {
    params: ZOrgParams,
    body: ZCreateInvitationBody,
    status: 201,
    response: ZCreatedInvitation,
  },
  'DELETE /api/orgs/:orgId/invitations/:invitationId': {
    params: ZInvitationParams,
    status: 204,
    response: ZNoContent,
  },
  'GET /api/invitations/:secret': { params: ZSecretParams, status: 200, response: ZInvitationView },
  'POST /api/invitations/:secret/accept': {
    params: ZSecretParams,
    body: ZAcceptInvitationBody,
    status: 200,
    response: ZAcceptedInvitation,
  },

  'GET /api/orgs/:orgId/use-cases': {
    params: ZOrgParams,
    query: ZUseCaseListQuery,
    status: 200,
    response: ZUseCaseSummaryList,
  },
  'POST /api/orgs/:orgId/use-cases': {
    params: ZOrgParams,
    body: ZCreateUseCaseBody,
    status: 201,
    response: ZStoredUseCase,
  },
  'GET /api/orgs/:orgId/use-cases/:useCaseId': {
    params: ZUseCaseParams,
    status: 200,
    response: ZStoredUseCase,
  },
  'PATCH /api/orgs/:orgId/use-cases/:useCaseId': {
    params: ZUseCaseParams,
    body: ZSaveUseCaseBody,
    status: 200,
    response: ZStoredUseCase,
  },
  'GET /api/orgs/:orgId/use-cases/:useCaseId/revisions': {
    params: ZUseCaseParams,
    status: 200,
    response: ZUseCaseRevisionList,
  },
  'GET /api/orgs/:orgId/use-cases/:useCaseId/revisions/:revision': {
    params: ZRevisionParams,
    status: 200,
    response: ZUseCaseRevision,
  },
  'POST /api/orgs/:orgId/use-cases/:useCaseId/revisions/:revision/restore': {
    params: ZRevisionParams,
    status: 200,
    response: ZStoredUseCase,
  },

  'POST /api/assess': {
    query: ZAssessQuery,
    body: ZUseCase,
    status: 200,
    response: ZRenderedAssessment,
  },
  'GET /api/orgs/:orgId/use-cases/:useCaseId/assessments/latest': {
    params: ZUseCaseParams,
    query: ZLangQuery,
    status: 200,
    response: ZAssessmentState,
  },
  'POST /api/orgs/:orgId/use-cases/:useCaseId/assessments': {
    params: ZUseCaseParams,
    query: ZLangQuery,
    status: 200,
    response: ZAssessmentState,
  },
  'GET /api/orgs/:orgId/use-cases/:useCaseId/assessments': {
    params: ZUseCaseParams,
    status: 200,
    response: ZAssessmentList,
  },
  'GET /api/orgs/:orgId/use-cases/:useCaseId/actions': {
    params: ZUseCaseParams,
    query: ZLangQuery,
    status: 200,
    response: ZActionProgressList,
  },
  'PUT /api/orgs/:orgId/use-cases/:useCaseId/actions/:actionId': {
    params: ZActionParams,
    query: ZLangQuery,
    body: ZMarkActionDoneBody,
    status: 200,
    response: ZActionProgress,
  },
  'DELETE /api/orgs/:orgId/use-cases/:useCaseId/actions/:actionId': {
    params: ZActionParams,
    status: 204,
    response: ZNoContent,
  },

  'POST /api/business-case': {
    query: ZSimulationQuery,
    body: ZUseCase,
    status: 200,
    response: ZBusinessCaseReport,
  },
  'GET /api/orgs/:orgId/use-cases/:useCaseId/business-case': {
    params: ZUseCaseParams,
    query: ZSimulationQuery,
    status: 200,
    response: ZBusinessCaseReport,
  },

  /** Multipart form (see the route's description); the browser sends it with XMLHttpRequest. */
  'POST /api/orgs/:orgId/use-cases/:useCaseId/data-files': {
    params: ZUseCaseParams,
    status: 202,
    response: ZDataFile,
  },
  'GET /api/orgs/:orgId/use-cases/:useCaseId/data-files': {
    params: ZUseCaseParams,
    status: 200,
    response: ZDataFileList,
  },
  'GET /api/orgs/:orgId/use-cases/:useCaseId/data-files/:dataFileId': {
    params: ZDataFileParams,
    status: 200,
    response: ZDataFile,
  },
  'PATCH /api/orgs/:orgId/use-cases/:useCaseId/data-files/:dataFileId': {
    params: ZDataFileParams,
    body: ZDataFileChangeBody,
    status: 200,
    response: ZDataFile,
  },
  'GET /api/orgs/:orgId/use-cases/:useCaseId/data-files/:dataFileId/profile': {
    params: ZDataFileParams,
    query: ZProfileLangQuery,
    status: 200,
    response: ZRenderedProfile,
  },
  'DELETE /api/orgs/:orgId/use-cases/:useCaseId/data-files/:dataFileId': {
    params: ZDataFileParams,
    status: 204,
    response: ZNoContent,
  },
  'GET /api/orgs/:orgId/use-cases/:useCaseId/pilots': {
    params: ZUseCaseParams,
    status: 200,
    response: ZPilotSummaryList,
  },
  'POST /api/orgs/:orgId/use-cases/:useCaseId/pilots': {
    params: ZUseCaseParams,
    query: ZLangQuery,
    body: ZCreatePilotBody,
    status: 201,
    response: ZPilotView,
  },
  'GET /api/orgs/:orgId/use-cases/:useCaseId/pilots/:pilotId': {
    params: ZPilotParams,
    query: ZLangQuery,
    status: 200,
    response: ZPilotView,
  },
  'PATCH /api/orgs/:orgId/use-cases/:useCaseId/pilots/:pilotId': {
    params: ZPilotParams,
    query: ZLangQuery,
    body: ZChangePilotPlanBody,
    status: 200,
    response: ZPilotView,
  },
  'PUT /api/orgs/:orgId/use-cases/:useCaseId/pilots/:pilotId/baseline': {
    params: ZPilotParams,
    query: ZLangQuery,
    body: ZBaselineBody,
    status: 200,
    response: ZPilotView,
  },
  'POST /api/orgs/:orgId/use-cases/:useCaseId/pilots/:pilotId/start': {
    params: ZPilotParams,
    query: ZLangQuery,
    status: 200,
    response: ZPilotView,
  },
  'POST /api/orgs/:orgId/use-cases/:useCaseId/pilots/:pilotId/measurements': {
    params: ZPilotParams,
    body: ZMeasurementBody,
    status: 200,
    response: ZMeasurementView,
  },
  'DELETE /api/orgs/:orgId/use-cases/:useCaseId/pilots/:pilotId/measurements/:week': {
    params: ZPilotWeekParams,
    status: 204,
    response: ZNoContent,
  },
  'POST /api/orgs/:orgId/use-cases/:useCaseId/pilots/:pilotId/iterations': {
    params: ZPilotParams,
    body: ZIterationBody,
    status: 201,
    response: ZIterationView,
  },
  'POST /api/orgs/:orgId/use-cases/:useCaseId/pilots/:pilotId/decision': {
    params: ZPilotParams,
    query: ZLangQuery,
    body: ZDecisionBody,
    status: 200,
    response: ZPilotView,
  },
  /** Multipart form with the field `file` (CSV or XLSX); see the route's description. */
  'POST /api/orgs/:orgId/use-cases/:useCaseId/pilots/:pilotId/import': {
    params: ZPilotParams,
    query: ZPilotImportQuery,
    status: 200,
    response: ZPilotImportResult,
  },

  'GET /api/orgs/:orgId/use-cases/:useCaseId/surveys': {
    params: ZUseCaseParams,
    status: 200,
    response: ZSurveyRoundList,
  },
  'POST /api/orgs/:orgId/use-cases/:useCaseId/surveys': {
    params: ZUseCaseParams,
    body: ZOpenRoundBody,
    status: 201,
    response: ZSurveyRound,
  },
  'GET /api/orgs/:orgId/use-cases/:useCaseId/surveys/trend': {
    params: ZUseCaseParams,
    status: 200,
    response: ZSurveyTrend,
  },
  'GET /api/orgs/:orgId/use-cases/:useCaseId/surveys/:roundId': {
    params: ZSurveyRoundParams,
    status: 200,
    response: ZSurveyRound,
  },
  'POST /api/orgs/:orgId/use-cases/:useCaseId/surveys/:roundId/close': {
    params: ZSurveyRoundParams,
    status: 200,
    response: ZSurveyRound,
  },
  'GET /api/orgs/:orgId/use-cases/:useCaseId/surveys/:roundId/results': {
    params: ZSurveyRoundParams,
    query: ZLangQuery,
    status: 200,
    response: ZSurveyResults,
  },
  'GET /api/orgs/:orgId/use-cases/:useCaseId/surveys/:roundId/export': {
    params: ZSurveyRoundParams,
    status: 200,
    response: ZSurveyExport,
  },
  'GET /api/public/surveys/:token': {
    params: ZLinkTokenParams,
    query: ZLangQuery,
    status: 200,
    response: ZPublicSurvey,
  },
  'POST /api/public/surveys/:token/responses': {
    params: ZLinkTokenParams,
    body: ZSurveyResponseBody,
    status: 201,
    response: ZSurveySubmitted,
  },

  'GET /api/orgs/:orgId/use-cases/:useCaseId/feedback': {
    params: ZUseCaseParams,
    status: 200,
    response: ZFeedbackInbox,
  },
  'PATCH /api/orgs/:orgId/use-cases/:useCaseId/feedback/:itemId': {
    params: ZFeedbackItemParams,
    body: ZHandleFeedbackBody,
    status: 200,
    response: ZFeedbackItem,
  },
  'GET /api/orgs/:orgId/use-cases/:useCaseId/feedback-link': {
    params: ZUseCaseParams,
    status: 200,
    response: ZFeedbackLink,
  },
  'POST /api/orgs/:orgId/use-cases/:useCaseId/feedback-link': {
    params: ZUseCaseParams,
    status: 200,
    response: ZFeedbackLink,
  },
  'GET /api/public/feedback/:token': {
    params: ZLinkTokenParams,
    status: 200,
    response: ZPublicFeedbackForm,
  },
  'POST /api/public/feedback/:token': {
    params: ZLinkTokenParams,
    body: ZFeedbackBody,
    status: 201,
    response: ZFeedbackReceived,
  },

  'GET /api/orgs/:orgId/use-cases/:useCaseId/vendors': {
    params: ZUseCaseParams,
    query: ZLangQuery,
    status: 200,
    response: ZVendorList,
  },
  'POST /api/orgs/:orgId/use-cases/:useCaseId/vendors': {
    params: ZUseCaseParams,
    body: ZCreateVendorBody,
    status: 201,
    response: ZVendor,
  },
  'PUT /api/orgs/:orgId/use-cases/:useCaseId/vendors/:vendorId': {
    params: ZVendorParams,
    body: ZUpdateVendorBody,
    status: 200,
    response: ZVendor,
  },
  'DELETE /api/orgs/:orgId/use-cases/:useCaseId/vendors/:vendorId': {
    params: ZVendorParams,
    status: 204,
    response: ZNoContent,
  },
  'POST /api/orgs/:orgId/use-cases/:useCaseId/vendors/:vendorId/link': {
    params: ZVendorParams,
    body: ZVendorLinkBody,
    status: 200,
    response: ZVendorLink,
  },
  'DELETE /api/orgs/:orgId/use-cases/:useCaseId/vendors/:vendorId/link': {
    params: ZVendorParams,
    status: 204,
    response: ZNoContent,
  },
  'POST /api/orgs/:orgId/use-cases/:useCaseId/vendors/:vendorId/evidence': {
    params: ZVendorParams,
    status: 201,
    response: ZEvidenceFileRef,
  },
  'PUT /api/orgs/:orgId/use-cases/:useCaseId/vendor-weights': {
    params: ZUseCaseParams,
    body: ZVendorWeightsBody,
    status: 200,
    response: ZVendorWeightsView,
  },
  'GET /api/orgs/:orgId/use-cases/:useCaseId/claims': {
    params: ZUseCaseParams,
    query: ZLangQuery,
    status: 200,
    response: ZClaimList,
  },
  'POST /api/orgs/:orgId/use-cases/:useCaseId/claims': {
    params: ZUseCaseParams,
    body: ZClaimBody,
    status: 201,
    response: ZClaim,
  },
  'PUT /api/orgs/:orgId/use-cases/:useCaseId/claims/:claimId': {
    params: ZClaimParams,
    body: ZClaimBody,
    status: 200,
    response: ZClaim,
  },
  'DELETE /api/orgs/:orgId/use-cases/:useCaseId/claims/:claimId': {
    params: ZClaimParams,
    status: 204,
    response: ZNoContent,
  },
  'GET /api/public/vendor-questionnaire/:token': {
    params: ZLinkTokenParams,
    status: 200,
    response: ZPublicVendorQuestionnaire,
  },
  'PUT /api/public/vendor-questionnaire/:token': {
    params: ZLinkTokenParams,
    body: ZPublicAnswersBody,
    status: 200,
    response: ZPublicVendorQuestionnaire,
  },
  'POST /api/public/vendor-questionnaire/:token/submit': {
    params: ZLinkTokenParams,
    body: ZPublicAnswersBody,
    status: 200,
    response: ZPublicVendorQuestionnaire,
  },
  'POST /api/public/vendor-questionnaire/:token/evidence': {
    params: ZLinkTokenParams,
    status: 201,
    response: ZEvidenceFileRef,
  },
  'GET /api/portfolio': { query: ZPortfolioQuery, status: 200, response: ZPortfolio },
  'POST /api/orgs/:orgId/use-cases/:useCaseId/copy': {
    params: ZUseCaseParams,
    body: ZCopyUseCaseBody,
    status: 201,
    response: ZCopiedUseCase,
  },
} as const satisfies Record<string, Endpoint>;

/** Operations that answer a file instead of JSON; the browser follows a link to them (`apiPath`). */
export const DOWNLOADS = {
  'GET /api/portfolio.xlsx': {
    params: ZPortfolioParams,
    query: ZPortfolioQuery,
    contentType: XLSX_CONTENT_TYPE,
  },
  'GET /api/orgs/:orgId/use-cases/:useCaseId/business-case.xlsx': {
    params: ZUseCaseParams,
    query: ZSimulationQuery,
    contentType: XLSX_CONTENT_TYPE,
  },
  'GET /api/orgs/:orgId/use-cases/:useCaseId/data-files/:dataFileId/profile.html': {
    params: ZDataFileParams,
    query: ZProfileLangQuery,
    contentType: 'text/html',
  },
  'GET /api/orgs/:orgId/use-cases/:useCaseId/pilots/:pilotId/memo.html': {
    params: ZPilotParams,
    query: ZLangQuery,
    contentType: 'text/html',
  },
  'GET /api/orgs/:orgId/use-cases/:useCaseId/pilots/:pilotId/memo.md': {
    params: ZPilotParams,
    query: ZLangQuery,
    contentType: 'text/markdown',
  },
  'GET /api/orgs/:orgId/use-cases/:useCaseId/report.pdf': {
    params: ZUseCaseParams,
    query: ZLangQuery,
    contentType: PDF_CONTENT_TYPE,
  },
  'GET /api/orgs/:orgId/use-cases/:useCaseId/report.html': {
    params: ZUseCaseParams,
    query: ZLangQuery,
    contentType: 'text/html',
  },
  'GET /api/orgs/:orgId/use-cases/:useCaseId/report.md': {
    params: ZUseCaseParams,
    query: ZLangQuery,
    contentType: 'text/markdown',
  },
  'GET /api/orgs/:orgId/use-cases/:useCaseId/surveys/:roundId/export.csv': {
    params: ZSurveyRoundParams,
    query: ZLangQuery,
    contentType: 'text/csv',
  },
  'GET /api/orgs/:orgId/use-cases/:useCaseId/vendors/comparison.xlsx': {
    params: ZUseCaseParams,
    query: ZLangQuery,
    contentType: XLSX_CONTENT_TYPE,
  },
  'GET /api/orgs/:orgId/use-cases/:useCaseId/vendors/:vendorId/evidence/:fileId': {
    params: ZVendorEvidenceParams,
    query: ZNoQuery,
    contentType: 'application/octet-stream',
  },
} as const satisfies Record<string, { params: z.ZodType; query: z.ZodType; contentType: string }>;
