/**
 * The data-file shapes the browser receives are the API contract's (src/api/data-file-schemas.ts):
 * a data file with its profiling status, and its profile with every message also as `text`.
 */
import type { DataFile, RenderedProfile } from '../api.ts';

export type DataFileView = DataFile;
export type DataFileStatus = DataFile['status'];
export type RenderedColumn = RenderedProfile['columns'][number];
export type RenderedIssue = RenderedColumn['issues'][number];
export type RenderedMessage = RenderedIssue['message'];
export type { RenderedProfile };

/** Whether the file is still waiting for or in profiling (the page keeps polling it). */
export function isInProgress(status: DataFileStatus): boolean {
  return status === 'queued' || status === 'profiling';
}
