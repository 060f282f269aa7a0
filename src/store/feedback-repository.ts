import type { FeedbackRating, FeedbackStatus } from '../core/survey/survey-types.ts';
import type { Database, Row } from './database.ts';

export type StoredFeedbackItem = {
  id: string;
  rating: FeedbackRating;
  comment: string | null;
  name: string | null;
  outputRef: string | null;
  /** YYYY-MM-DD: only the day is kept. */
  receivedOn: string;
  status: FeedbackStatus;
  handledOn: string | null;
  note: string | null;
  handledBy: string | null;
};

const ITEM_COLUMNS = `id, rating, comment, name, output_ref, to_char(received_on, 'YYYY-MM-DD') as received_on,
  status, to_char(handled_on, 'YYYY-MM-DD') as handled_on, note, handled_by_name`;

const text = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

function toItem(r: Row): StoredFeedbackItem {
  return {
    id: String(r.id),
    rating: r.rating as FeedbackRating,
    comment: text(r.comment),
    name: text(r.name),
    outputRef: text(r.output_ref),
    receivedOn: String(r.received_on),
    status: r.status as FeedbackStatus,
    handledOn: text(r.handled_on),
    note: text(r.note),
    handledBy: text(r.handled_by_name),
  };
}

/**
 * Feedback during the pilot: a use case's feedback link (for a form and for tools) and its items,
 * which the project lead handles in an inbox. Items keep the day they arrived, not the time.
 */
export function feedbackRepository(db: Database) {
  return {
    async link(organisationId: string, useCaseId: string): Promise<string | null> {
      const [row] = await db.query(
        'select token from feedback_links where organisation_id = $1 and use_case_id = $2',
        [organisationId, useCaseId],
      );
      return row ? String(row.token) : null;
    },

    /** Makes the link, or replaces it (the old address stops working). Null for another organisation's use case. */
    async renewLink(organisationId: string, useCaseId: string, token: string): Promise<string | null> {
      const [row] = await db.query(
        `insert into feedback_links (use_case_id, organisation_id, token)
         select $2, $1, $3 where exists (select 1 from use_cases where organisation_id = $1 and id = $2)
         on conflict (use_case_id) do update set token = excluded.token, created_at = now()
         returning token`,
        [organisationId, useCaseId, token],
      );
      return row ? String(row.token) : null;
    },

    /** The use case a feedback token stands for, with names for the form. */
    async findByToken(token: string): Promise<{
      organisationId: string;
      useCaseId: string;
      organisationName: string;
      title: string;
    } | null> {
      const [row] = await db.query(
        `select l.organisation_id, l.use_case_id, o.name as organisation_name, u.title
         from feedback_links l
         join organisations o on o.id = l.organisation_id
         join use_cases u on u.id = l.use_case_id and u.organisation_id = l.organisation_id
         where l.token = $1`,
        [token],
      );
      if (!row) return null;
      return {
        organisationId: String(row.organisation_id),
        useCaseId: String(row.use_case_id),
        organisationName: String(row.organisation_name),
        title: String(row.title ?? ''),
      };
    },

    async add(input: {
      organisationId: string;
      useCaseId: string;
      rating: FeedbackRating;
      comment: string | null;
      name: string | null;
      outputRef: string | null;
      receivedOn: string;
    }): Promise<StoredFeedbackItem> {
      const [row] = await db.query(
        `insert into feedback_items (organisation_id, use_case_id, rating, comment, name, output_ref, received_on)
         values ($1, $2, $3, $4, $5, $6, $7::date) returning ${ITEM_COLUMNS}`,
        [
          input.organisationId,
          input.useCaseId,
          input.rating,
          input.comment,
          input.name,
          input.outputRef,
          input.receivedOn,
        ],
      );
      return toItem(row!);
    },

    /** Newest first. */
    async list(organisationId: string, useCaseId: string): Promise<StoredFeedbackItem[]> {
      const rows = await db.query(
        `select ${ITEM_COLUMNS} from feedback_items where organisation_id = $1 and use_case_id = $2
         order by received_on desc, seq desc`,
        [organisationId, useCaseId],
      );
      return rows.map(toItem);
    },

    /**
     * Records how an item was handled; back to open clears it. The day handled is kept from the first
     * time it left open, so editing the note later does not move it.
     */
    async handle(input: {
      organisationId: string;
      useCaseId: string;
      itemId: string;
      status: FeedbackStatus;
      note: string | null;
      on: string;
      userId: string | null;
      byName: string;
    }): Promise<StoredFeedbackItem | null> {
      const reopen = input.status === 'open';
      const [row] = await db.query(
        `update feedback_items set
           status = $4,
           note = $5,
           handled_on = case when $6::boolean then null else coalesce(handled_on, $7::date) end,
           handled_by = case when $6::boolean then null else $8::uuid end,
           handled_by_name = case when $6::boolean then null else $9 end
         where organisation_id = $1 and use_case_id = $2 and id = $3
         returning ${ITEM_COLUMNS}`,
        [
          input.organisationId,
          input.useCaseId,
          input.itemId,
          input.status,
          reopen ? null : input.note,
          reopen,
          input.on,
          input.userId,
          input.byName,
        ],
      );
      return row ? toItem(row) : null;
    },
  };
}
export type FeedbackRepository = ReturnType<typeof feedbackRepository>;
