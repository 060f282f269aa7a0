import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseUseCaseText } from '../core/use-case/parse-use-case.ts';
import type { Store } from '../store/store.ts';
import { hashPassword } from './password.ts';
import { PROJECT_ROOT } from './project-root.ts';

export const DEMO_LOGIN = { email: 'demo@haalbaar.nl', password: 'haalbaar-demo' } as const;
export const DEMO_ORGANISATION = 'Installatiebedrijf Van Dijk (demo)';

/** The demo use case: the invoice-entry example of the source article. */
export const DEMO_USE_CASE_FILE = join(PROJECT_ROOT, 'examples', 'invoice-entry.yaml');

/**
 * On an empty database, creates a demo organisation, its owner and one realistic use case, so a
 * first `npm start` shows something real. Returns true when it seeded.
 */
export async function seedDemoIfEmpty(store: Store): Promise<boolean> {
  if ((await store.accounts.countOrganisations()) > 0) return false;
  const parsed = parseUseCaseText(readFileSync(DEMO_USE_CASE_FILE, 'utf8'));
  if (!parsed.ok)
    throw new Error(`${DEMO_USE_CASE_FILE} is not a valid use case: ${JSON.stringify(parsed.error)}`);
  const passwordHash = await hashPassword(DEMO_LOGIN.password);
  await store.db.transaction(async (tx) => {
    const [org] = await tx.query('insert into organisations (name) values ($1) returning id', [
      DEMO_ORGANISATION,
    ]);
    const [user] = await tx.query(
      `insert into users (email, name, password_hash) values ($1, 'Demo-eigenaar', $2) returning id`,
      [DEMO_LOGIN.email, passwordHash],
    );
    await tx.query(`insert into memberships (user_id, organisation_id, role) values ($1, $2, 'owner')`, [
      user!.id,
      org!.id,
    ]);
    const document = JSON.stringify(parsed.value);
    const [uc] = await tx.query(
      `insert into use_cases (organisation_id, title, status, document, revision)
       values ($1, $2, 'assessing', $3::jsonb, 1) returning id`,
      [org!.id, parsed.value.title ?? '', document],
    );
    await tx.query(
      `insert into use_case_revisions (use_case_id, revision, organisation_id, title, status, document, created_by)
       values ($1, 1, $2, $3, 'assessing', $4::jsonb, $5)`,
      [uc!.id, org!.id, parsed.value.title ?? '', document, user!.id],
    );
  });
  return true;
}
