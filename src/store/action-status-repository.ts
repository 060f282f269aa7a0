import type { ActionEvidenceItem, ActionRecord } from '../core/assessment-history/action-progress.ts';
import type { Message } from '../core/message.ts';
import type { Queryable, Row } from './database.ts';
import { iso, json } from './rows.ts';

/** An action of a use case's plan marked done, as stored. */
export type StoredActionStatus = ActionRecord & { doneBy: string | null; updatedAt: string };

const COLUMNS = `action_id, title, to_char(done_on, 'YYYY-MM-DD') as done_on, note, evidence, done_by, updated_at`;

const toStatus = (r: Row): StoredActionStatus => ({
  actionId: String(r.action_id),
  title: json<Message>(r.title),
  doneOn: String(r.done_on),
  note: String(r.note),
  evidence: json<ActionEvidenceItem[]>(r.evidence),
  doneBy: r.done_by === null || r.done_by === undefined ? null : String(r.done_by),
  updatedAt: iso(r.updated_at),
});

/**
 * The actions of a use case's plan that someone marked done: per use case and action id, with the
 * date, a note and the evidence the action addressed at that moment (so a later assessment can tell
 * whether the evidence changed). Scoped by organisation like everything else.
 */
export function actionStatusRepository(db: Queryable) {
  return {
    /** Oldest first (by the date they were done, then by action id). */
    async list(organisationId: string, useCaseId: string): Promise<StoredActionStatus[]> {
      const rows = await db.query(
        `select ${COLUMNS} from use_case_actions
         where organisation_id = $1 and use_case_id = $2 order by done_on, action_id`,
        [organisationId, useCaseId],
      );
      return rows.map(toStatus);
    },

    /** Marks an action done (again): date, note and evidence replace what was there. Null when the use case is not in the organisation. */
    async markDone(input: {
      organisationId: string;
      useCaseId: string;
      actionId: string;
      title: Message;
      doneOn: string;
      note: string;
      evidence: readonly ActionEvidenceItem[];
      userId: string | null;
    }): Promise<StoredActionStatus | null> {
      const [row] = await db.query(
        `insert into use_case_actions (organisation_id, use_case_id, action_id, title, done_on, note, evidence, done_by)
         select $1, $2, $3, $8::jsonb, $4::date, $5, $6::jsonb, $7
         where exists (select 1 from use_cases where organisation_id = $1 and id = $2)
         on conflict (use_case_id, action_id) do update
           set title = excluded.title, done_on = excluded.done_on, note = excluded.note, evidence = excluded.evidence,
               done_by = excluded.done_by, updated_at = now()
         returning ${COLUMNS}`,
        [
          input.organisationId,
          input.useCaseId,
          input.actionId,
          input.doneOn,
          input.note,
          JSON.stringify(input.evidence),
          input.userId,
          JSON.stringify(input.title),
        ],
      );
      return row ? toStatus(row) : null;
    },

    /** Opens a done action again. True when there was a mark to remove. */
    async reopen(organisationId: string, useCaseId: string, actionId: string): Promise<boolean> {
      const rows = await db.query(
        `delete from use_case_actions where organisation_id = $1 and use_case_id = $2 and action_id = $3
         returning action_id`,
        [organisationId, useCaseId, actionId],
      );
      return rows.length > 0;
    },
  };
}

export type ActionStatusRepository = ReturnType<typeof actionStatusRepository>;
