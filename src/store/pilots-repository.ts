import type { MeasuredRange } from '../core/pilot/measured-business-case.ts';
import type {
  BaselinePeriod,
  DecisionOutcome,
  PilotMeasurement,
  PredictedSavings,
} from '../core/pilot/pilot-schema.ts';
import type { Range } from '../core/use-case/use-case-schema.ts';
import type { Database, Queryable, Row } from './database.ts';
import { iso, isoOrNull, json } from './rows.ts';

export const PILOT_STATUSES = ['planned', 'running', 'decided'] as const;
export type PilotStatus = (typeof PILOT_STATUSES)[number];

/**
 * A pilot as stored. `plan` is whatever the edge keeps as the plan (a draft while planned, complete
 * once started); the store only keeps it. `frozenPlan` and `frozenBaseline` are set once, at the start.
 */
export type StoredPilot<Plan = unknown> = {
  id: string;
  organisationId: string;
  useCaseId: string;
  status: PilotStatus;
  plan: Plan;
  frozenPlan: Plan | null;
  frozenBaseline: BaselinePeriod[] | null;
  /** The business case's yearly savings when the pilot started; null before, or when there was none. */
  predicted: PredictedSavings | null;
  startedAt: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
};

/** A pilot in the list of its use case, with the outcome once it is decided. */
export type PilotSummary<Plan = unknown> = StoredPilot<Plan> & { outcome: DecisionOutcome | null };

/** A week of the pilot as stored: the schema's measurement plus who recorded it and when. */
export type StoredMeasurement = PilotMeasurement & { recordedBy: string | null; updatedAt: string };

export type StoredAmendment<Plan = unknown> = {
  id: string;
  date: string;
  what: string;
  reason: string;
  by: string | null;
  byName: string | null;
  planBefore: Plan;
  planAfter: Plan;
  createdAt: string;
};

export type StoredIteration = {
  id: string;
  week: number;
  change: string;
  why: string;
  createdBy: string | null;
  createdAt: string;
};

/** What a Go changed in the business case: the new use-case revision and the range it replaced. */
export type BusinessCaseUpdate = MeasuredRange & { revision: number; previous: Range | null };

export type StoredDecision = {
  outcome: DecisionOutcome;
  businessCase: BusinessCaseUpdate | null;
  proposedOutcome: DecisionOutcome | null;
  on: string;
  by: string;
  byUserId: string | null;
  reasons: string;
  createdAt: string;
};

/** A pilot with everything recorded about it. */
export type PilotRecord<Plan = unknown> = StoredPilot<Plan> & {
  baseline: BaselinePeriod[];
  measurements: StoredMeasurement[];
  amendments: StoredAmendment<Plan>[];
  iterations: StoredIteration[];
  decision: StoredDecision | null;
};

const PILOT_COLUMNS = `id, organisation_id, use_case_id, status, plan, frozen_plan, frozen_baseline, predicted,
  started_at, created_by, created_at, updated_at`;

const nullableString = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const nullableNumber = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

function toPilot<Plan>(r: Row): StoredPilot<Plan> {
  return {
    id: String(r.id),
    organisationId: String(r.organisation_id),
    useCaseId: String(r.use_case_id),
    status: r.status as PilotStatus,
    plan: json<Plan>(r.plan),
    frozenPlan: r.frozen_plan === null || r.frozen_plan === undefined ? null : json<Plan>(r.frozen_plan),
    frozenBaseline:
      r.frozen_baseline === null || r.frozen_baseline === undefined
        ? null
        : json<BaselinePeriod[]>(r.frozen_baseline),
    predicted: r.predicted === null || r.predicted === undefined ? null : json<PredictedSavings>(r.predicted),
    startedAt: isoOrNull(r.started_at),
    createdBy: nullableString(r.created_by),
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  };
}

function toMeasurement(r: Row): StoredMeasurement {
  const adoption = nullableNumber(r.adoption);
  const hours = nullableNumber(r.hours);
  const costs = nullableNumber(r.cost_eur);
  const note = String(r.note ?? '');
  return {
    week: Number(r.week),
    ...(r.period_start === null || r.period_start === undefined ? {} : { date: String(r.period_start) }),
    values: json<Record<string, number>>(r.kpi_values),
    ...(adoption === null ? {} : { adoption }),
    ...(hours === null ? {} : { hoursSpent: hours }),
    ...(costs === null ? {} : { costsEur: costs }),
    ...(note === '' ? {} : { note }),
    recordedBy: nullableString(r.recorded_by),
    updatedAt: iso(r.updated_at),
  };
}

/** The scope every statement repeats: the pilot, in its use case, in its organisation. */
type PilotKey = { organisationId: string; useCaseId: string; pilotId: string };

/**
 * Pilots of a use case: the plan (edited while planned), the frozen plan and baseline (set once at
 * the start), baseline periods and weekly measurements, amendments with the plan before and after,
 * the iteration log and the decision. Every call is scoped by organisation and use case: a pilot of
 * another organisation is simply not found. Status changes are conditional updates, so two requests
 * racing cannot both start (or both decide) one pilot.
 */
export function pilotsRepository(db: Database) {
  async function getPilot<Plan>(
    q: Queryable,
    key: PilotKey,
    lock = false,
  ): Promise<StoredPilot<Plan> | null> {
    const [row] = await q.query(
      `select ${PILOT_COLUMNS} from pilots where organisation_id = $1 and use_case_id = $2 and id = $3
       ${lock ? 'for update' : ''}`,
      [key.organisationId, key.useCaseId, key.pilotId],
    );
    return row ? toPilot<Plan>(row) : null;
  }

  return {
    /** Newest first. */
    async list<Plan>(organisationId: string, useCaseId: string): Promise<PilotSummary<Plan>[]> {
      const rows = await db.query(
        `select p.*, d.outcome
         from pilots p left join pilot_decisions d on d.pilot_id = p.id
         where p.organisation_id = $1 and p.use_case_id = $2 order by p.created_at desc, p.id`,
        [organisationId, useCaseId],
      );
      return rows.map((r) => ({
        ...toPilot<Plan>(r),
        outcome: (nullableString(r.outcome) as DecisionOutcome | null) ?? null,
      }));
    },

    /** A new pilot in 'planned'. Null when the use case is not in the organisation. */
    async create<Plan>(input: {
      organisationId: string;
      useCaseId: string;
      plan: Plan;
      userId: string | null;
    }): Promise<StoredPilot<Plan> | null> {
      const [row] = await db.query(
        `insert into pilots (organisation_id, use_case_id, status, plan, created_by)
         select $1, $2, 'planned', $3::jsonb, $4
         where exists (select 1 from use_cases where organisation_id = $1 and id = $2)
         returning ${PILOT_COLUMNS}`,
        [input.organisationId, input.useCaseId, JSON.stringify(input.plan), input.userId],
      );
      return row ? toPilot<Plan>(row) : null;
    },

    async get<Plan>(key: PilotKey): Promise<StoredPilot<Plan> | null> {
      return getPilot<Plan>(db, key);
    },

    /** The pilot with its baseline, measurements, amendments, iterations and decision. */
    async getRecord<Plan>(key: PilotKey): Promise<PilotRecord<Plan> | null> {
      const pilot = await getPilot<Plan>(db, key);
      if (!pilot) return null;
      const [measurementRows, amendmentRows, iterationRows, decisionRows] = await Promise.all([
        db.query(
          `select phase, week, to_char(period_start, 'YYYY-MM-DD') as period_start, kpi_values, adoption, hours,
             cost_eur, note, recorded_by, updated_at
           from pilot_measurements where pilot_id = $1 order by phase, week`,
          [pilot.id],
        ),
        db.query(
          `select a.id, to_char(a.amended_on, 'YYYY-MM-DD') as amended_on, a.what, a.reason, a.amended_by,
             u.name as amended_by_name, a.plan_before, a.plan_after, a.created_at
           from pilot_amendments a left join users u on u.id = a.amended_by
           where a.pilot_id = $1 order by a.seq`,
          [pilot.id],
        ),
        db.query(
          `select id, week, change, why, created_by, created_at from pilot_iterations
           where pilot_id = $1 order by week, seq`,
          [pilot.id],
        ),
        db.query(
          `select outcome, proposed_outcome, to_char(decided_on, 'YYYY-MM-DD') as decided_on, decided_by,
             decided_by_name, reasons, business_case, created_at
           from pilot_decisions where pilot_id = $1`,
          [pilot.id],
        ),
      ]);
      const decision = decisionRows[0];
      return {
        ...pilot,
        baseline: measurementRows
          .filter((r) => r.phase === 'baseline')
          .map((r) => ({
            period: String(r.period_start),
            values: json<Record<string, number>>(r.kpi_values),
          })),
        measurements: measurementRows.filter((r) => r.phase === 'pilot').map(toMeasurement),
        amendments: amendmentRows.map((r) => ({
          id: String(r.id),
          date: String(r.amended_on),
          what: String(r.what),
          reason: String(r.reason),
          by: nullableString(r.amended_by),
          byName: nullableString(r.amended_by_name),
          planBefore: json<Plan>(r.plan_before),
          planAfter: json<Plan>(r.plan_after),
          createdAt: iso(r.created_at),
        })),
        iterations: iterationRows.map((r) => ({
          id: String(r.id),
          week: Number(r.week),
          change: String(r.change),
          why: String(r.why),
          createdBy: nullableString(r.created_by),
          createdAt: iso(r.created_at),
        })),
        decision: decision
          ? {
              outcome: decision.outcome as DecisionOutcome,
              proposedOutcome: nullableString(decision.proposed_outcome) as DecisionOutcome | null,
              on: String(decision.decided_on),
              by: String(decision.decided_by_name),
              byUserId: nullableString(decision.decided_by),
              reasons: String(decision.reasons),
              businessCase:
                decision.business_case === null || decision.business_case === undefined
                  ? null
                  : json<BusinessCaseUpdate>(decision.business_case),
              createdAt: iso(decision.created_at),
            }
          : null,
      };
    },

    /** Replaces the plan of a pilot that has not started. Null when it is not there or not planned. */
    async replacePlan<Plan>(key: PilotKey, plan: Plan): Promise<StoredPilot<Plan> | null> {
      const [row] = await db.query(
        `update pilots set plan = $4::jsonb, updated_at = now()
         where organisation_id = $1 and use_case_id = $2 and id = $3 and status = 'planned'
         returning ${PILOT_COLUMNS}`,
        [key.organisationId, key.useCaseId, key.pilotId, JSON.stringify(plan)],
      );
      return row ? toPilot<Plan>(row) : null;
    },

    /**
     * Changes the plan of a running pilot and records the amendment with the plan before and after,
     * in one transaction. Null when the pilot is not there or not running.
     */
    async amendPlan<Plan>(
      key: PilotKey,
      input: { plan: Plan; date: string; what: string; reason: string; userId: string | null },
    ): Promise<StoredPilot<Plan> | null> {
      return db.transaction(async (tx) => {
        const before = await getPilot<Plan>(tx, key, true);
        if (before?.status !== 'running') return null;
        await tx.query(
          `insert into pilot_amendments (pilot_id, organisation_id, use_case_id, amended_on, what, reason, amended_by,
             plan_before, plan_after)
           values ($1, $2, $3, $4::date, $5, $6, $7, $8::jsonb, $9::jsonb)`,
          [
            key.pilotId,
            key.organisationId,
            key.useCaseId,
            input.date,
            input.what,
            input.reason,
            input.userId,
            JSON.stringify(before.plan),
            JSON.stringify(input.plan),
          ],
        );
        const [row] = await tx.query(
          `update pilots set plan = $2::jsonb, updated_at = now() where id = $1 returning ${PILOT_COLUMNS}`,
          [key.pilotId, JSON.stringify(input.plan)],
        );
        return row ? toPilot<Plan>(row) : null;
      });
    },

    /** Replaces the baseline periods of a pilot that has not started. False when it is not there or not planned. */
    async replaceBaseline(
      key: PilotKey,
      periods: readonly BaselinePeriod[],
      userId: string | null,
    ): Promise<boolean> {
      return db.transaction(async (tx) => {
        const pilot = await getPilot(tx, key, true);
        if (pilot?.status !== 'planned') return false;
        await tx.query(`delete from pilot_measurements where pilot_id = $1 and phase = 'baseline'`, [
          key.pilotId,
        ]);
        const sorted = [...periods].sort((a, b) => a.period.localeCompare(b.period));
        for (const [i, p] of sorted.entries()) {
          await tx.query(
            `insert into pilot_measurements (pilot_id, organisation_id, use_case_id, phase, week, period_start,
               kpi_values, recorded_by)
             values ($1, $2, $3, 'baseline', $4, $5::date, $6::jsonb, $7)`,
            [
              key.pilotId,
              key.organisationId,
              key.useCaseId,
              i + 1,
              p.period,
              JSON.stringify(p.values),
              userId,
            ],
          );
        }
        await tx.query('update pilots set updated_at = now() where id = $1', [key.pilotId]);
        return true;
      });
    },

    /**
     * Starts a planned pilot: status 'running', and the plan (as given, complete) and the baseline
     * frozen. Null when it is not there or no longer planned (someone started it in between).
     */
    async start<Plan>(
      key: PilotKey,
      input: {
        plan: Plan;
        baseline: readonly BaselinePeriod[];
        predicted: PredictedSavings | null;
        userId: string | null;
      },
    ): Promise<StoredPilot<Plan> | null> {
      const [row] = await db.query(
        `update pilots set status = 'running', plan = $4::jsonb, frozen_plan = $4::jsonb,
           frozen_baseline = $5::jsonb, predicted = $7::jsonb, started_at = now(), started_by = $6,
           updated_at = now()
         where organisation_id = $1 and use_case_id = $2 and id = $3 and status = 'planned'
         returning ${PILOT_COLUMNS}`,
        [
          key.organisationId,
          key.useCaseId,
          key.pilotId,
          JSON.stringify(input.plan),
          JSON.stringify(input.baseline),
          input.userId,
          input.predicted === null ? null : JSON.stringify(input.predicted),
        ],
      );
      return row ? toPilot<Plan>(row) : null;
    },

    /**
     * Records (or replaces) one week of a running pilot. Null when the pilot is not there or not running.
     */
    async recordMeasurement(
      key: PilotKey,
      m: PilotMeasurement,
      userId: string | null,
    ): Promise<StoredMeasurement | null> {
      const [row] = await db.query(
        `insert into pilot_measurements (pilot_id, organisation_id, use_case_id, phase, week, period_start,
           kpi_values, adoption, hours, cost_eur, note, recorded_by)
         select p.id, p.organisation_id, p.use_case_id, 'pilot', $4, $5::date, $6::jsonb, $7, $8, $9, $10, $11
         from pilots p where p.organisation_id = $1 and p.use_case_id = $2 and p.id = $3 and p.status = 'running'
         on conflict (pilot_id, phase, week) do update
           set period_start = excluded.period_start, kpi_values = excluded.kpi_values, adoption = excluded.adoption,
               hours = excluded.hours, cost_eur = excluded.cost_eur, note = excluded.note,
               recorded_by = excluded.recorded_by, updated_at = now()
         returning week, to_char(period_start, 'YYYY-MM-DD') as period_start, kpi_values, adoption, hours, cost_eur,
           note, recorded_by, updated_at`,
        [
          key.organisationId,
          key.useCaseId,
          key.pilotId,
          m.week,
          m.date ?? null,
          JSON.stringify(m.values),
          m.adoption ?? null,
          m.hoursSpent ?? null,
          m.costsEur ?? null,
          m.note ?? '',
          userId,
        ],
      );
      return row ? toMeasurement(row) : null;
    },

    /**
     * Removes one week of a running pilot (entered by mistake). False when the pilot is not there, not
     * running, or has no such week.
     */
    async deleteMeasurement(key: PilotKey, week: number): Promise<boolean> {
      const rows = await db.query(
        `delete from pilot_measurements m using pilots p
         where p.id = m.pilot_id and p.organisation_id = $1 and p.use_case_id = $2 and p.id = $3
           and p.status = 'running' and m.phase = 'pilot' and m.week = $4
         returning m.week`,
        [key.organisationId, key.useCaseId, key.pilotId, week],
      );
      return rows.length > 0;
    },

    /** Adds an entry to the iteration log of a running pilot. Null when it is not there or not running. */
    async addIteration(
      key: PilotKey,
      entry: { week: number; change: string; why: string; userId: string | null },
    ): Promise<StoredIteration | null> {
      const [row] = await db.query(
        `insert into pilot_iterations (pilot_id, organisation_id, use_case_id, week, change, why, created_by)
         select p.id, p.organisation_id, p.use_case_id, $4, $5, $6, $7
         from pilots p where p.organisation_id = $1 and p.use_case_id = $2 and p.id = $3 and p.status = 'running'
         returning id, week, change, why, created_by, created_at`,
        [key.organisationId, key.useCaseId, key.pilotId, entry.week, entry.change, entry.why, entry.userId],
      );
      return row
        ? {
            id: String(row.id),
            week: Number(row.week),
            change: String(row.change),
            why: String(row.why),
            createdBy: nullableString(row.created_by),
            createdAt: iso(row.created_at),
          }
        : null;
    },

    /**
     * Records the decision of a running pilot and moves it to 'decided', in one transaction. False
     * when the pilot is not there or not running (already decided, or not started).
     */
    async decide(
      key: PilotKey,
      input: {
        outcome: DecisionOutcome;
        proposedOutcome: DecisionOutcome | null;
        on: string;
        byName: string;
        userId: string | null;
        reasons: string;
      },
    ): Promise<boolean> {
      return db.transaction(async (tx) => {
        const [moved] = await tx.query(
          `update pilots set status = 'decided', updated_at = now()
           where organisation_id = $1 and use_case_id = $2 and id = $3 and status = 'running' returning id`,
          [key.organisationId, key.useCaseId, key.pilotId],
        );
        if (!moved) return false;
        await tx.query(
          `insert into pilot_decisions (pilot_id, organisation_id, use_case_id, outcome, proposed_outcome, decided_on,
             decided_by, decided_by_name, reasons)
           values ($1, $2, $3, $4, $5, $6::date, $7, $8, $9)`,
          [
            key.pilotId,
            key.organisationId,
            key.useCaseId,
            input.outcome,
            input.proposedOutcome,
            input.on,
            input.userId,
            input.byName,
            input.reasons,
          ],
        );
        return true;
      });
    },

    /** Keeps what a Go changed in the business case beside the decision. False when there is no decision. */
    async recordBusinessCaseUpdate(key: PilotKey, update: BusinessCaseUpdate): Promise<boolean> {
      const rows = await db.query(
        `update pilot_decisions set business_case = $4::jsonb
         where organisation_id = $1 and use_case_id = $2 and pilot_id = $3 returning pilot_id`,
        [key.organisationId, key.useCaseId, key.pilotId, JSON.stringify(update)],
      );
      return rows.length > 0;
    },
  };
}

export type PilotsRepository = ReturnType<typeof pilotsRepository>;
