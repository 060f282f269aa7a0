/**
 * When the database is gone (restarting, or this process is shutting down and closed it while a
 * keep-alive client still sends requests), the answer is 503 "try again", never a 500.
 */
import { describe, expect, it } from 'vitest';
import { freshStore, testEngines } from '../support/databases.ts';
import { createUser, login, testApp } from '../support/test-app.ts';

describe.each(testEngines())('database unavailable on $name', (engine) => {
  it('answers 503 UNAVAILABLE after the database has closed', async () => {
    const store = await freshStore(engine);
    const app = await testApp(store);
    const org = await store.accounts.createOrganisation('Sluiterij');
    await createUser(store, { email: 'laatste@example.nl', organisationId: org.id });
    const client = await login(app, 'laatste@example.nl');
    expect((await client.request('GET', '/api/orgs')).statusCode).toBe(200);
    await store.close();
    const res = await client.request('GET', `/api/orgs/${org.id}/use-cases`, undefined, {
      'accept-language': 'en',
    });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toEqual({
      error: { code: 'UNAVAILABLE', message: expect.stringContaining('try again') },
    });
    await app.close();
  });
});
