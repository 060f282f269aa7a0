import type { SurveyAnswers, SurveyGroup, SurveyResponse, SurveyWave } from '../core/survey/survey-types.ts';
import type { Database, Row } from './database.ts';
import { isUniqueViolation, json } from './rows.ts';

export type StoredSurveyRound = {
  id: string;
  organisationId: string;
  useCaseId: string;
  title: string;
  wave: SurveyWave;
  status: 'open' | 'closed';
  k: number;
  instrumentVersion: number;
  groups: SurveyGroup[];
  openedOn: string;
  closedOn: string | null;
  createdAt: string;
};

export type StoredSurveyLink = { token: string; roundId: string; group: string | null };

/** The round's columns, days as YYYY-MM-DD; `t` is the table's alias in a join. */
function roundColumns(t = 'survey_rounds'): string {
  return `${t}.id, ${t}.organisation_id, ${t}.use_case_id, ${t}.title, ${t}.wave, ${t}.status, ${t}.k,
    ${t}.instrument_version, ${t}.groups, to_char(${t}.opened_on, 'YYYY-MM-DD') as opened_on,
    to_char(${t}.closed_on, 'YYYY-MM-DD') as closed_on, ${t}.created_at`;
}
const ROUND_COLUMNS = roundColumns();

function toRound(r: Row): StoredSurveyRound {
  return {
    id: String(r.id),
    organisationId: String(r.organisation_id),
    useCaseId: String(r.use_case_id),
    title: String(r.title),
    wave: r.wave as SurveyWave,
    status: r.status as 'open' | 'closed',
    k: Number(r.k),
    instrumentVersion: Number(r.instrument_version),
    groups: json<SurveyGroup[]>(r.groups),
    openedOn: String(r.opened_on),
    closedOn: r.closed_on === null || r.closed_on === undefined ? null : String(r.closed_on),
    createdAt: new Date(String(r.created_at)).toISOString(),
  };
}

/** Thrown when a one-time ticket was used before: the person (or a replay) already answered. */
export class TicketUsedError extends Error {
  constructor() {
    super('survey ticket already used');
  }
}

/**
 * Survey rounds, their links and their responses. A response is stored with its round, the group of
 * the link it came through, the answers and the day, and nothing else: no account, address, browser,
 * link token or time of day. Rounds are scoped by organisation and use case; links resolve a token to
 * its round for the public pages.
 */
export function surveysRepository(db: Database) {
  return {
    /** A new open round with its links. Null when the use case is not in the organisation. */
    async open(input: {
      organisationId: string;
      useCaseId: string;
      title: string;
      wave: SurveyWave;
      k: number;
      instrumentVersion: number;
      groups: SurveyGroup[];
      openedOn: string;
      userId: string | null;
      links: Array<{ token: string; group: string | null }>;
    }): Promise<StoredSurveyRound | null> {
      return db.transaction(async (tx) => {
        const [row] = await tx.query(
          `insert into survey_rounds
             (organisation_id, use_case_id, title, wave, k, instrument_version, groups, opened_on, created_by)
           select $1, $2, $3, $4, $5, $6, $7::jsonb, $8::date, $9
           where exists (select 1 from use_cases where organisation_id = $1 and id = $2)
           returning ${ROUND_COLUMNS}`,
          [
            input.organisationId,
            input.useCaseId,
            input.title,
            input.wave,
            input.k,
            input.instrumentVersion,
            JSON.stringify(input.groups),
            input.openedOn,
            input.userId,
          ],
        );
        if (!row) return null;
        const round = toRound(row);
        for (const link of input.links) {
          await tx.query(
            'insert into survey_links (token, round_id, organisation_id, group_key) values ($1, $2, $3, $4)',
            [link.token, round.id, input.organisationId, link.group],
          );
        }
        return round;
      });
    },

    /** Newest first. */
    async list(organisationId: string, useCaseId: string): Promise<StoredSurveyRound[]> {
      const rows = await db.query(
        `select ${ROUND_COLUMNS} from survey_rounds where organisation_id = $1 and use_case_id = $2
         order by opened_on desc, created_at desc, id`,
        [organisationId, useCaseId],
      );
      return rows.map(toRound);
    },

    async get(key: {
      organisationId: string;
      useCaseId: string;
      roundId: string;
    }): Promise<StoredSurveyRound | null> {
      const [row] = await db.query(
        `select ${ROUND_COLUMNS} from survey_rounds where organisation_id = $1 and use_case_id = $2 and id = $3`,
        [key.organisationId, key.useCaseId, key.roundId],
      );
      return row ? toRound(row) : null;
    },

    async links(roundId: string): Promise<StoredSurveyLink[]> {
      const rows = await db.query(
        'select token, round_id, group_key from survey_links where round_id = $1 order by length(group_key) nulls first, group_key',
        [roundId],
      );
      return rows.map((r) => ({
        token: String(r.token),
        roundId: String(r.round_id),
        group: r.group_key === null || r.group_key === undefined ? null : String(r.group_key),
      }));
    },

    /** The round a public link stands for, with the organisation's name; null for an unknown token. */
    async findByToken(
      token: string,
    ): Promise<{ round: StoredSurveyRound; group: string | null; organisationName: string } | null> {
      const [row] = await db.query(
        `select ${roundColumns('r')}, l.group_key, o.name as organisation_name
         from survey_links l
         join survey_rounds r on r.id = l.round_id
         join organisations o on o.id = r.organisation_id
         where l.token = $1`,
        [token],
      );
      if (!row) return null;
      return {
        round: toRound(row),
        group: row.group_key === null || row.group_key === undefined ? null : String(row.group_key),
        organisationName: String(row.organisation_name),
      };
    },

    /** Closes an open round; null when it is not there, unchanged when it was closed already. */
    async close(
      key: { organisationId: string; useCaseId: string; roundId: string },
      closedOn: string,
    ): Promise<StoredSurveyRound | null> {
      const [row] = await db.query(
        `update survey_rounds set status = 'closed', closed_on = coalesce(closed_on, $4::date)
         where organisation_id = $1 and use_case_id = $2 and id = $3
         returning ${ROUND_COLUMNS}`,
        [key.organisationId, key.useCaseId, key.roundId, closedOn],
      );
      return row ? toRound(row) : null;
    },

    /**
     * Stores one response, spending its one-time ticket in the same transaction: a ticket used before
     * throws TicketUsedError and stores nothing. The round must still be open (false otherwise).
     */
    async addResponse(input: {
      roundId: string;
      organisationId: string;
      response: SurveyResponse;
      submittedOn: string;
      ticketDigest: string;
      ticketExpiresOn: string;
    }): Promise<boolean> {
      return db.transaction(async (tx) => {
        const [open] = await tx.query(
          `select 1 from survey_rounds where id = $1 and organisation_id = $2 and status = 'open' for update`,
          [input.roundId, input.organisationId],
        );
        if (!open) return false;
        try {
          await tx.query('insert into survey_used_tickets (digest, expires_on) values ($1, $2::date)', [
            input.ticketDigest,
            input.ticketExpiresOn,
          ]);
        } catch (e) {
          if (isUniqueViolation(e)) throw new TicketUsedError();
          throw e;
        }
        await tx.query(
          `insert into survey_responses (round_id, organisation_id, group_key, answers, open_answers, submitted_on)
           values ($1, $2, $3, $4::jsonb, $5::jsonb, $6::date)`,
          [
            input.roundId,
            input.organisationId,
            input.response.group,
            JSON.stringify(input.response.answers),
            JSON.stringify(input.response.open),
            input.submittedOn,
          ],
        );
        return true;
      });
    },

    /**
     * The responses of a round, in no meaningful order (callers shuffle what they show). `published`:
     * only those an open round's results may show (all of them at the last multiple of k).
     */
    async responses(roundId: string, which: 'all' | 'published' = 'all'): Promise<SurveyResponse[]> {
      const published = 'and id = any(select unnest(published_ids) from survey_rounds where id = $1)';
      const rows = await db.query(
        `select group_key, answers, open_answers from survey_responses
         where round_id = $1 ${which === 'published' ? published : ''}
         order by id`,
        [roundId],
      );
      return rows.map((r) => ({
        group: r.group_key === null || r.group_key === undefined ? null : String(r.group_key),
        answers: json<SurveyAnswers>(r.answers),
        open: json<SurveyResponse['open']>(r.open_answers),
      }));
    },

    /**
     * Publishes an open round's responses for its results when at least k arrived since the last
     * publication (or since the start): each change in what the results show then comes from k
     * people or more. Done when someone asks for the results, so a round nobody looked at while open
     * publishes nothing before it closes.
     */
    async publish(roundId: string, k: number): Promise<void> {
      await db.query(
        `update survey_rounds set published_ids =
           (select coalesce(array_agg(id order by id), '{}') from survey_responses where round_id = $1)
         where id = $1 and status = 'open'
           and (select count(*) from survey_responses where round_id = $1) - cardinality(published_ids) >= $2`,
        [roundId, k],
      );
    },

    /** How many responses the round has, and how many of them are published. */
    async responseCount(roundId: string): Promise<{ all: number; published: number }> {
      const [row] = await db.query(
        `select (select count(*)::int from survey_responses where round_id = $1) as n,
           (select cardinality(published_ids) from survey_rounds where id = $1) as published`,
        [roundId],
      );
      return { all: Number(row?.n ?? 0), published: Number(row?.published ?? 0) };
    },

    /** Forgets used tickets that have expired anyway (they cannot be used again). */
    async sweepTickets(today: string): Promise<number> {
      const rows = await db.query('delete from survey_used_tickets where expires_on < $1::date returning 1', [
        today,
      ]);
      return rows.length;
    },

    /** A secret the server signs with, made once per database (the first caller's value wins). */
    async secret(name: string, candidate: string): Promise<string> {
      await db.query('insert into app_secrets (name, value) values ($1, $2) on conflict (name) do nothing', [
        name,
        candidate,
      ]);
      const [row] = await db.query('select value from app_secrets where name = $1', [name]);
      return String(row?.value);
    },
  };
}
export type SurveysRepository = ReturnType<typeof surveysRepository>;
