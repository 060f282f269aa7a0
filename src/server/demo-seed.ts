import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseUseCaseText } from '../core/use-case/parse-use-case.ts';
import type { UseCase } from '../core/use-case/use-case-schema.ts';
import { profileInChild, profileLimits } from '../profiler/profile-in-child.ts';
import type { Queryable } from '../store/database.ts';
import type { Store } from '../store/store.ts';
import { ASSESSMENT_VERSION, assessUseCase, useCaseEvidence } from './current-assessment.ts';
import { hashPassword } from './password.ts';
import { PROJECT_ROOT } from './project-root.ts';

export const DEMO_LOGIN = { email: 'demo@haalbaar.nl', password: 'haalbaar-demo' } as const;
export const DEMO_ORGANISATION = 'Installatiebedrijf Van Dijk (demo)';

/** The demo use case that is ready for a pilot: the invoice-entry example of the source article. */
export const DEMO_USE_CASE_FILE = join(PROJECT_ROOT, 'examples', 'invoice-entry.yaml');
/**
 * The demo use case that must be fixed first: predicting heat-pump failures from readings the
 * service technicians note by hand (weeks without any), with a platform vendor that locks it in.
 */
export const DEMO_FIX_FIRST_FILE = join(PROJECT_ROOT, 'examples', 'heat-pump-maintenance.yaml');
/** Its data file, as the technicians keep it; profiled when the demo is seeded. */
export const DEMO_DATA_FILE = join(PROJECT_ROOT, 'examples', 'data', 'warmtepompen-onderhoud.csv');
/** The settings a user would give for that file on the Data tab ("Meer instellingen"). */
const DEMO_DATA_OPTIONS = { timeColumn: 'datum', entityColumn: 'warmtepomp' } as const;

function readUseCase(path: string): UseCase {
  const parsed = parseUseCaseText(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(`${path} is not a valid use case: ${JSON.stringify(parsed.error)}`);
  // `data.files` names files beside the YAML for the CLI; in the app a file is an upload.
  const { files: _files, ...data } = parsed.value.data ?? {};
  return parsed.value.data ? { ...parsed.value, data } : parsed.value;
}

/** A use case with its first revision; `ageMinutes` orders the list (most recently changed first). */
async function insertUseCase(
  tx: Queryable,
  input: { organisationId: string; userId: string; document: UseCase; ageMinutes: number },
): Promise<string> {
  const document = JSON.stringify(input.document);
  const title = input.document.title ?? '';
  const [uc] = await tx.query(
    `insert into use_cases (organisation_id, title, status, document, revision, created_at, updated_at)
     values ($1, $2, 'assessing', $3::jsonb, 1, now() - make_interval(mins => $4), now() - make_interval(mins => $4))
     returning id`,
    [input.organisationId, title, document, input.ageMinutes],
  );
  await tx.query(
    `insert into use_case_revisions (use_case_id, revision, organisation_id, title, status, document, created_by)
     values ($1, 1, $2, $3, 'assessing', $4::jsonb, $5)`,
    [uc!.id, input.organisationId, title, document, input.userId],
  );
  return String(uc!.id);
}

/**
 * On an empty database, creates a demo organisation, its owner and two realistic use cases, so a
 * first `npm start` shows what Haalbaar is for: one ready for a pilot, one to fix first, with a
 * hand-kept data file and a vendor that locks the company in. The data file is profiled (in a child
 * process, like an upload) and both cases are assessed, so the list shows their verdicts at once.
 * A data file that cannot be profiled here is left out; the rest of the demo stands. Returns true
 * when it seeded.
 */
export async function seedDemoIfEmpty(store: Store): Promise<boolean> {
  if ((await store.accounts.countOrganisations()) > 0) return false;
  const ready = readUseCase(DEMO_USE_CASE_FILE);
  const fixFirst = readUseCase(DEMO_FIX_FIRST_FILE);
  const passwordHash = await hashPassword(DEMO_LOGIN.password);
  const ids = await store.db.transaction(async (tx) => {
    const [org] = await tx.query('insert into organisations (name) values ($1) returning id', [
      DEMO_ORGANISATION,
    ]);
    const [user] = await tx.query(
      `insert into users (email, name, password_hash) values ($1, 'Demo-eigenaar', $2) returning id`,
      [DEMO_LOGIN.email, passwordHash],
    );
    const organisationId = String(org!.id);
    const userId = String(user!.id);
    await tx.query(`insert into memberships (user_id, organisation_id, role) values ($1, $2, 'owner')`, [
      userId,
      organisationId,
    ]);
    const fixFirstId = await insertUseCase(tx, {
      organisationId,
      userId,
      document: fixFirst,
      ageMinutes: 1,
    });
    const readyId = await insertUseCase(tx, { organisationId, userId, document: ready, ageMinutes: 0 });
    return { organisationId, userId, cases: [readyId, fixFirstId] as const };
  });

  await addDemoDataFile(store, { ...ids, useCaseId: ids.cases[1] });
  for (const useCaseId of ids.cases) {
    const useCase = await store.useCases.get(ids.organisationId, useCaseId);
    if (!useCase) continue;
    const evidence = await useCaseEvidence(store, {
      orgId: ids.organisationId,
      useCaseId,
      document: useCase.document,
    });
    await store.assessments.create({
      organisationId: ids.organisationId,
      useCaseId,
      revision: useCase.revision,
      result: assessUseCase(useCase.document, evidence),
      evidenceHash: evidence.hash,
      modelVersion: ASSESSMENT_VERSION,
      userId: ids.userId,
    });
  }
  return true;
}

/** Profiles the demo's data file and stores it as a finished upload of the fix-first case. */
async function addDemoDataFile(
  store: Store,
  input: { organisationId: string; userId: string; useCaseId: string },
): Promise<void> {
  const { limits, memoryLimit } = profileLimits({ memoryMb: 512, minutes: 2 });
  const profiled = await profileInChild(DEMO_DATA_FILE, { ...DEMO_DATA_OPTIONS, memoryLimit }, limits);
  if (!profiled.ok) return;
  const fileName = 'warmtepompen-onderhoud.csv';
  const file = await store.dataFiles.create({
    organisationId: input.organisationId,
    useCaseId: input.useCaseId,
    fileName,
    bytes: readFileSync(DEMO_DATA_FILE).length,
    storedPath: null,
    upload: null,
    keepFile: false,
    options: DEMO_DATA_OPTIONS,
    userId: input.userId,
  });
  if (file) await store.dataFiles.setProfile(file.id, { ...profiled.value, file: fileName });
}
