import type {
  AnsweredBy,
  ClaimSource,
  SwitchingInput,
  VendorAnswers,
  VendorClaim,
  VendorRecord,
  VendorScoredQuestion,
} from '../core/vendors/vendor-types.ts';
import type { Database, Queryable, Row } from './database.ts';
import { iso, isoOrNull, json } from './rows.ts';

/** A candidate vendor as stored, with when its questionnaire link (if any) expires. */
export type StoredVendor = VendorRecord & {
  useCaseId: string;
  /** Whether the questionnaire's claims went into the ledger (on the first submission). */
  claimsAdded: boolean;
  linkExpiresAt: string | null;
  createdAt: string;
  updatedAt: string;
};

export type VendorKey = { organisationId: string; useCaseId: string; vendorId: string };

/** A claim as stored: the ledger's shape (optional fields absent rather than null). */
export type StoredClaim = VendorClaim;

/** A claim to store; `vendorId` must be a vendor of the same use case. */
export type ClaimInput = Omit<VendorClaim, 'id'>;

export type StoredEvidenceFile = {
  id: string;
  vendorId: string;
  name: string;
  mediaType: string;
  bytes: number;
  content: Uint8Array;
};

/** The vendor's columns and its link's expiry; `v` is the vendors alias, `l` the links'. */
const VENDOR_COLUMNS = `v.id, v.use_case_id, v.name, v.website, v.answered_by, v.submitted_at, v.answers,
  v.switching, v.chosen, v.claims_added, v.created_at, v.updated_at, l.expires_at as link_expires_at`;

const FROM_VENDORS = 'vendors v left join vendor_links l on l.vendor_id = v.id';

const text = (v: unknown): string | undefined => (v === null || v === undefined ? undefined : String(v));

function toVendor(r: Row): StoredVendor {
  const website = text(r.website);
  const answeredBy = text(r.answered_by) as AnsweredBy | undefined;
  const submittedAt = isoOrNull(r.submitted_at);
  return {
    id: String(r.id),
    useCaseId: String(r.use_case_id),
    name: String(r.name),
    ...(website === undefined ? {} : { website }),
    ...(answeredBy === undefined ? {} : { answeredBy }),
    ...(submittedAt === null ? {} : { submittedAt }),
    answers: json<VendorAnswers>(r.answers),
    switching: json<SwitchingInput>(r.switching),
    chosen: r.chosen === true,
    claimsAdded: r.claims_added === true,
    linkExpiresAt: isoOrNull(r.link_expires_at),
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  };
}

const CLAIM_COLUMNS = `id, vendor_id, text, source, to_char(claimed_on, 'YYYY-MM-DD') as claimed_on, kpi_id, claimed`;

function toClaim(r: Row): StoredClaim {
  const vendorId = text(r.vendor_id);
  const kpiId = text(r.kpi_id);
  return {
    id: String(r.id),
    ...(vendorId === undefined ? {} : { vendorId }),
    text: String(r.text),
    source: r.source as ClaimSource,
    date: String(r.claimed_on),
    ...(kpiId === undefined ? {} : { kpiId }),
    ...(r.claimed === null || r.claimed === undefined ? {} : { claimed: Number(r.claimed) }),
  };
}

/**
 * Partner due diligence (DESIGN.md "Partner due diligence"): a use case's candidate vendors and
 * their questionnaires, the link each vendor answers through (only a digest of its token is kept),
 * the evidence files attached to answers, the claim ledger and the owner's weights. Every query is
 * scoped by organisation; a questionnaire link resolves to exactly one vendor of one use case.
 */
export function vendorsRepository(db: Database) {
  async function insertClaims(
    tx: Queryable,
    key: { organisationId: string; useCaseId: string },
    claims: readonly ClaimInput[],
  ): Promise<StoredClaim[]> {
    const stored: StoredClaim[] = [];
    for (const claim of claims) {
      const [row] = await tx.query(
        `insert into vendor_claims (organisation_id, use_case_id, vendor_id, text, source, claimed_on, kpi_id, claimed)
         values ($1, $2, $3, $4, $5, $6::date, $7, $8) returning ${CLAIM_COLUMNS}`,
        [
          key.organisationId,
          key.useCaseId,
          claim.vendorId ?? null,
          claim.text,
          claim.source,
          claim.date,
          claim.kpiId ?? null,
          claim.claimed ?? null,
        ],
      );
      stored.push(toClaim(row!));
    }
    return stored;
  }

  async function getVendor(tx: Queryable, key: VendorKey): Promise<StoredVendor | null> {
    const [row] = await tx.query(
      `select ${VENDOR_COLUMNS} from ${FROM_VENDORS}
       where v.organisation_id = $1 and v.use_case_id = $2 and v.id = $3`,
      [key.organisationId, key.useCaseId, key.vendorId],
    );
    return row ? toVendor(row) : null;
  }

  /** Whether `vendorId` is a vendor of this use case (a claim may only point at one). */
  async function isVendorOf(
    tx: Queryable,
    key: { organisationId: string; useCaseId: string },
    vendorId: string | undefined,
  ): Promise<boolean> {
    if (vendorId === undefined) return true;
    const [row] = await tx.query(
      'select 1 from vendors where organisation_id = $1 and use_case_id = $2 and id::text = $3',
      [key.organisationId, key.useCaseId, vendorId],
    );
    return row !== undefined;
  }

  return {
    /** In the order they were added. */
    async list(organisationId: string, useCaseId: string): Promise<StoredVendor[]> {
      const rows = await db.query(
        `select ${VENDOR_COLUMNS} from ${FROM_VENDORS}
         where v.organisation_id = $1 and v.use_case_id = $2 order by v.seq`,
        [organisationId, useCaseId],
      );
      return rows.map(toVendor);
    },

    get: (key: VendorKey) => getVendor(db, key),

    /**
     * Adds a candidate vendor. Null when the use case is not in the organisation; 'full' when it has
     * `max` vendors already (checked under a lock on the use case, so two requests cannot both pass).
     */
    async create(input: {
      organisationId: string;
      useCaseId: string;
      name: string;
      website: string | undefined;
      max: number;
    }): Promise<StoredVendor | null | 'full'> {
      return db.transaction(async (tx) => {
        const [useCase] = await tx.query(
          'select 1 from use_cases where organisation_id = $1 and id = $2 for update',
          [input.organisationId, input.useCaseId],
        );
        if (!useCase) return null;
        const [count] = await tx.query(
          'select count(*)::int as n from vendors where organisation_id = $1 and use_case_id = $2',
          [input.organisationId, input.useCaseId],
        );
        if (Number(count?.n ?? 0) >= input.max) return 'full';
        const [row] = await tx.query(
          'insert into vendors (organisation_id, use_case_id, name, website) values ($1, $2, $3, $4) returning id',
          [input.organisationId, input.useCaseId, input.name, input.website ?? null],
        );
        return getVendor(tx, { ...input, vendorId: String(row!.id) });
      });
    },

    /**
     * Changes what is given. `answers` without `submission` makes the questionnaire a draft again
     * (changed answers were not submitted); with `submission` it is submitted by that party now, and
     * the first submission also puts `submission.claims` in the ledger. Choosing a vendor unchooses
     * the others of the use case. Null when the vendor is not there.
     */
    async update(
      key: VendorKey,
      patch: {
        name?: string;
        website?: string | null;
        answers?: VendorAnswers;
        switching?: SwitchingInput;
        chosen?: boolean;
        submission?: { answeredBy: AnsweredBy; claims: readonly ClaimInput[] };
      },
    ): Promise<StoredVendor | null> {
      return db.transaction(async (tx) => {
        const before = await getVendor(tx, key);
        if (!before) return null;
        const submission = patch.submission;
        const answersChanged = patch.answers !== undefined;
        await tx.query(
          `update vendors set
             name = coalesce($4, name),
             website = case when $5::boolean then $6 else website end,
             answers = coalesce($7::jsonb, answers),
             switching = coalesce($8::jsonb, switching),
             chosen = coalesce($9::boolean, chosen),
             answered_by = case when $10::text is not null then $10::text
                                when $11::boolean then null else answered_by end,
             submitted_at = case when $10::text is not null then now()
                                 when $11::boolean then null else submitted_at end,
             claims_added = claims_added or $10::text is not null,
             updated_at = now()
           where organisation_id = $1 and use_case_id = $2 and id = $3`,
          [
            key.organisationId,
            key.useCaseId,
            key.vendorId,
            patch.name ?? null,
            patch.website !== undefined,
            patch.website ?? null,
            answersChanged ? JSON.stringify(patch.answers) : null,
            patch.switching === undefined ? null : JSON.stringify(patch.switching),
            patch.chosen ?? null,
            submission?.answeredBy ?? null,
            answersChanged,
          ],
        );
        if (patch.chosen === true) {
          await tx.query(
            `update vendors set chosen = false, updated_at = now()
             where organisation_id = $1 and use_case_id = $2 and id <> $3 and chosen`,
            [key.organisationId, key.useCaseId, key.vendorId],
          );
        }
        if (submission && !before.claimsAdded) await insertClaims(tx, key, submission.claims);
        return getVendor(tx, key);
      });
    },

    /** Removes a vendor with its link, evidence files and claims. */
    async remove(key: VendorKey): Promise<boolean> {
      const rows = await db.query(
        'delete from vendors where organisation_id = $1 and use_case_id = $2 and id = $3 returning 1',
        [key.organisationId, key.useCaseId, key.vendorId],
      );
      return rows.length > 0;
    },

    /**
     * Makes the vendor's questionnaire link, replacing any older one (whose token then stops
     * working). Only the token's digest is stored. False when the vendor is not there.
     */
    async setLink(key: VendorKey, link: { digest: string; expiresAt: Date }): Promise<boolean> {
      const rows = await db.query(
        `insert into vendor_links (vendor_id, organisation_id, token_digest, expires_at)
         select id, organisation_id, $4, $5 from vendors
         where organisation_id = $1 and use_case_id = $2 and id = $3
         on conflict (vendor_id) do update
           set token_digest = excluded.token_digest, expires_at = excluded.expires_at, created_at = now()
         returning 1`,
        [key.organisationId, key.useCaseId, key.vendorId, link.digest, link.expiresAt.toISOString()],
      );
      return rows.length > 0;
    },

    /** Ends the vendor's link; false when the vendor is not there (no link is fine). */
    async removeLink(key: VendorKey): Promise<boolean> {
      return db.transaction(async (tx) => {
        if (!(await getVendor(tx, key))) return false;
        await tx.query('delete from vendor_links where organisation_id = $1 and vendor_id = $2', [
          key.organisationId,
          key.vendorId,
        ]);
        return true;
      });
    },

    /**
     * The vendor a link's token digest stands for, with what its questionnaire page may show: the
     * organisation's name, the use case's title and whether personal data is involved. Expired links
     * are returned too (with `expiresAt`), so the caller can tell expired from unknown.
     */
    async findByLink(digest: string): Promise<{
      key: VendorKey;
      vendor: StoredVendor;
      expiresAt: string;
      organisationName: string;
      useCaseTitle: string;
      personalData: boolean | undefined;
    } | null> {
      const [row] = await db.query(
        `select ${VENDOR_COLUMNS}, v.organisation_id, o.name as organisation_name, u.title as use_case_title,
           u.document->'data'->'personalData' as personal_data
         from vendor_links l
         join vendors v on v.id = l.vendor_id and v.organisation_id = l.organisation_id
         join organisations o on o.id = v.organisation_id
         join use_cases u on u.id = v.use_case_id and u.organisation_id = v.organisation_id
         where l.token_digest = $1`,
        [digest],
      );
      if (!row) return null;
      const vendor = toVendor(row);
      const personalData = json<unknown>(row.personal_data);
      return {
        key: {
          organisationId: String(row.organisation_id),
          useCaseId: vendor.useCaseId,
          vendorId: vendor.id,
        },
        vendor,
        expiresAt: vendor.linkExpiresAt ?? iso(0),
        organisationName: String(row.organisation_name),
        useCaseTitle: String(row.use_case_title ?? ''),
        personalData: typeof personalData === 'boolean' ? personalData : undefined,
      };
    },

    /**
     * Stores an evidence file of a vendor. Null when the vendor is not there; 'full' when it has
     * `max` files already.
     */
    async addEvidence(
      key: VendorKey,
      file: { name: string; mediaType: string; content: Uint8Array; max: number },
    ): Promise<{ id: string; name: string; bytes: number } | null | 'full'> {
      return db.transaction(async (tx) => {
        const [vendor] = await tx.query(
          'select 1 from vendors where organisation_id = $1 and use_case_id = $2 and id = $3 for update',
          [key.organisationId, key.useCaseId, key.vendorId],
        );
        if (!vendor) return null;
        const [count] = await tx.query(
          'select count(*)::int as n from vendor_evidence_files where organisation_id = $1 and vendor_id = $2',
          [key.organisationId, key.vendorId],
        );
        if (Number(count?.n ?? 0) >= file.max) return 'full';
        const [row] = await tx.query(
          `insert into vendor_evidence_files (organisation_id, vendor_id, name, media_type, bytes, content)
           values ($1, $2, $3, $4, $5, $6) returning id, name, bytes`,
          [
            key.organisationId,
            key.vendorId,
            file.name,
            file.mediaType,
            file.content.byteLength,
            file.content,
          ],
        );
        return { id: String(row!.id), name: String(row!.name), bytes: Number(row!.bytes) };
      });
    },

    /** The ids of a vendor's evidence files, to check the file evidence its answers name. */
    async evidenceIds(key: VendorKey): Promise<Set<string>> {
      const rows = await db.query(
        `select f.id from vendor_evidence_files f join vendors v on v.id = f.vendor_id
         where f.organisation_id = $1 and v.use_case_id = $2 and f.vendor_id = $3`,
        [key.organisationId, key.useCaseId, key.vendorId],
      );
      return new Set(rows.map((r) => String(r.id)));
    },

    /** One evidence file with its bytes, only through its own vendor, use case and organisation. */
    async evidence(key: VendorKey & { fileId: string }): Promise<StoredEvidenceFile | null> {
      const [row] = await db.query(
        `select f.id, f.vendor_id, f.name, f.media_type, f.bytes, f.content
         from vendor_evidence_files f join vendors v on v.id = f.vendor_id and v.organisation_id = f.organisation_id
         where f.organisation_id = $1 and v.use_case_id = $2 and f.vendor_id = $3 and f.id = $4`,
        [key.organisationId, key.useCaseId, key.vendorId, key.fileId],
      );
      if (!row) return null;
      return {
        id: String(row.id),
        vendorId: String(row.vendor_id),
        name: String(row.name),
        mediaType: String(row.media_type),
        bytes: Number(row.bytes),
        content: row.content as Uint8Array,
      };
    },

    /** The ledger of a use case, in the order the claims were made. */
    async claims(organisationId: string, useCaseId: string): Promise<StoredClaim[]> {
      const rows = await db.query(
        `select ${CLAIM_COLUMNS} from vendor_claims where organisation_id = $1 and use_case_id = $2
         order by claimed_on, seq`,
        [organisationId, useCaseId],
      );
      return rows.map(toClaim);
    },

    /**
     * Adds a claim. Null when the use case is not in the organisation; 'unknownVendor' when the
     * claim names a vendor that is not one of the use case's; 'full' at `max` claims.
     */
    async addClaim(
      key: { organisationId: string; useCaseId: string },
      claim: ClaimInput,
      max: number,
    ): Promise<StoredClaim | null | 'full' | 'unknownVendor'> {
      return db.transaction(async (tx) => {
        const [useCase] = await tx.query(
          'select 1 from use_cases where organisation_id = $1 and id = $2 for update',
          [key.organisationId, key.useCaseId],
        );
        if (!useCase) return null;
        if (!(await isVendorOf(tx, key, claim.vendorId))) return 'unknownVendor';
        const [count] = await tx.query(
          'select count(*)::int as n from vendor_claims where organisation_id = $1 and use_case_id = $2',
          [key.organisationId, key.useCaseId],
        );
        if (Number(count?.n ?? 0) >= max) return 'full';
        const [stored] = await insertClaims(tx, key, [claim]);
        return stored!;
      });
    },

    /** Replaces a claim's fields. Null when it is not there; 'unknownVendor' as for addClaim. */
    async updateClaim(
      key: { organisationId: string; useCaseId: string; claimId: string },
      claim: ClaimInput,
    ): Promise<StoredClaim | null | 'unknownVendor'> {
      if (!(await isVendorOf(db, key, claim.vendorId))) return 'unknownVendor';
      const [row] = await db.query(
        `update vendor_claims set vendor_id = $4, text = $5, source = $6, claimed_on = $7::date,
           kpi_id = $8, claimed = $9
         where organisation_id = $1 and use_case_id = $2 and id = $3
         returning ${CLAIM_COLUMNS}`,
        [
          key.organisationId,
          key.useCaseId,
          key.claimId,
          claim.vendorId ?? null,
          claim.text,
          claim.source,
          claim.date,
          claim.kpiId ?? null,
          claim.claimed ?? null,
        ],
      );
      return row ? toClaim(row) : null;
    },

    async removeClaim(key: { organisationId: string; useCaseId: string; claimId: string }): Promise<boolean> {
      const rows = await db.query(
        'delete from vendor_claims where organisation_id = $1 and use_case_id = $2 and id = $3 returning 1',
        [key.organisationId, key.useCaseId, key.claimId],
      );
      return rows.length > 0;
    },

    /** The owner's weights of the scored questions; empty when never set (the defaults apply). */
    async weights(
      organisationId: string,
      useCaseId: string,
    ): Promise<Partial<Record<VendorScoredQuestion, number>>> {
      const [row] = await db.query(
        'select weights from vendor_weights where organisation_id = $1 and use_case_id = $2',
        [organisationId, useCaseId],
      );
      return row ? json<Partial<Record<VendorScoredQuestion, number>>>(row.weights) : {};
    },

    /** Replaces the weights; false when the use case is not in the organisation. */
    async setWeights(
      organisationId: string,
      useCaseId: string,
      weights: Partial<Record<VendorScoredQuestion, number>>,
    ): Promise<boolean> {
      const rows = await db.query(
        `insert into vendor_weights (use_case_id, organisation_id, weights)
         select $2, $1, $3::jsonb where exists (select 1 from use_cases where organisation_id = $1 and id = $2)
         on conflict (use_case_id) do update set weights = excluded.weights, updated_at = now()
         returning 1`,
        [organisationId, useCaseId, JSON.stringify(weights)],
      );
      return rows.length > 0;
    },
  };
}
export type VendorsRepository = ReturnType<typeof vendorsRepository>;
