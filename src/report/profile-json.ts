/**
 * The DataProfile as JSON for `haalbaar profile --json` and the API: the contract document
 * unchanged, with every message also rendered (`text`) in the requested locale, so a consumer
 * without our translation files can still show it.
 */
import type { ColumnProfile, DataProfile, ProfileIssue } from '../core/data-profile/data-profile-types.ts';
import type { Message } from '../core/message.ts';
import type { Locale } from '../i18n/resources.ts';
import { renderProfileMessage } from './profile-text.ts';

export type RenderedMessage = Message & { text: string };
export type RenderedIssue = Omit<ProfileIssue, 'message'> & { message: RenderedMessage };
export type RenderedDataProfile = Omit<DataProfile, 'columns' | 'readiness' | 'issues'> & {
  locale: Locale;
  columns: (Omit<ColumnProfile, 'issues'> & { issues: RenderedIssue[] })[];
  readiness: { level: DataProfile['readiness']['level']; reasons: RenderedMessage[] };
  issues: RenderedIssue[];
};

/** Adds `text` to every message of the profile; the rest of the document is unchanged. */
export function renderProfileJson(profile: DataProfile, locale: Locale): RenderedDataProfile {
  const m = (message: Message): RenderedMessage => ({
    ...message,
    text: renderProfileMessage(message, locale),
  });
  const issue = (i: ProfileIssue): RenderedIssue => ({ ...i, message: m(i.message) });
  return {
    ...profile,
    locale,
    columns: profile.columns.map((c) => ({ ...c, issues: c.issues.map(issue) })),
    readiness: { ...profile.readiness, reasons: profile.readiness.reasons.map(m) },
    issues: profile.issues.map(issue),
  };
}
