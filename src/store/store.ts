import { accountsRepository } from './accounts-repository.ts';
import { actionStatusRepository } from './action-status-repository.ts';
import { assessmentsRepository } from './assessments-repository.ts';
import { dataFilesRepository } from './data-files-repository.ts';
import { type Database, type DatabaseOptions, openDatabase } from './database.ts';
import { feedbackRepository } from './feedback-repository.ts';
import { invitationsRepository } from './invitations-repository.ts';
import { jobsRepository } from './jobs-repository.ts';
import { migrate } from './migrate.ts';
import { pilotsRepository } from './pilots-repository.ts';
import { sessionsRepository } from './sessions-repository.ts';
import { surveysRepository } from './surveys-repository.ts';
import { throttlesRepository } from './throttles-repository.ts';
import { useCasesRepository } from './use-cases-repository.ts';
import { vendorsRepository } from './vendors-repository.ts';

/** Every repository over one database. */
export function createStore(db: Database) {
  return {
    db,
    accounts: accountsRepository(db),
    sessions: sessionsRepository(db),
    invitations: invitationsRepository(db),
    throttles: throttlesRepository(db),
    useCases: useCasesRepository(db),
    assessments: assessmentsRepository(db),
    actions: actionStatusRepository(db),
    dataFiles: dataFilesRepository(db),
    pilots: pilotsRepository(db),
    surveys: surveysRepository(db),
    feedback: feedbackRepository(db),
    vendors: vendorsRepository(db),
    jobs: jobsRepository(db),
    close: () => db.close(),
  };
}
export type Store = ReturnType<typeof createStore>;

/** Opens the database, applies pending migrations, and returns the store. */
export async function openStore(options: DatabaseOptions): Promise<Store> {
  const db = await openDatabase(options);
  try {
    await migrate(db);
  } catch (e) {
    await db.close();
    throw e;
  }
  return createStore(db);
}
