/**
 * The data-file shapes the browser receives: a data file with its profiling status, and its profile
 * as the API renders it (the DataProfile contract with every message also as `text`).
 */
import type {
  ColumnProfile,
  DataProfile,
  ProfileIssue,
} from '../../../src/core/data-profile/data-profile-types.ts';
import type { Message } from '../../../src/core/message.ts';

export type DataFileStatus = 'queued' | 'profiling' | 'done' | 'failed';

export type DataFileView = {
  id: string;
  useCaseId: string;
  fileName: string;
  bytes: number;
  keepFile: boolean;
  isStored: boolean;
  options: { sheet?: string; timeColumn?: string; entityColumn?: string; targetColumn?: string };
  status: DataFileStatus;
  /** 0..1 */
  progress: number;
  failure: { code: string; message: string } | null;
  hasProfile: boolean;
  createdAt: string;
  updatedAt: string;
};

export type RenderedMessage = Message & { text: string };
export type RenderedIssue = Omit<ProfileIssue, 'message'> & { message: RenderedMessage };
export type RenderedColumn = Omit<ColumnProfile, 'issues'> & { issues: RenderedIssue[] };
export type RenderedProfile = Omit<DataProfile, 'columns' | 'readiness' | 'issues'> & {
  locale: 'nl' | 'en';
  columns: RenderedColumn[];
  readiness: { level: DataProfile['readiness']['level']; reasons: RenderedMessage[] };
  issues: RenderedIssue[];
};

/** Whether the file is still waiting for or in profiling (the page keeps polling it). */
export function isInProgress(status: DataFileStatus): boolean {
  return status === 'queued' || status === 'profiling';
}

/** The data-file routes of one use case. */
export function dataFilesPath(orgId: string, useCaseId: string): string {
  return `/api/orgs/${orgId}/use-cases/${useCaseId}/data-files`;
}
