/**
 * Account security (issue 15): the cross-organisation takeover chain, login and password-check
 * limits, tokens that end with their creator's access, sessions that end, and the password policy.
 * Each case is a request an attacker (or a careless client) would send, through the real app.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sha256 } from '../../src/server/auth.ts';
import { purgeExpired } from '../../src/server/housekeeping.ts';
import type { Store } from '../../src/store/store.ts';
import { freshStore, resetStore, testEngines } from '../support/databases.ts';
import { type Client, createUser, login, TEST_PASSWORD, testApp, tokenClient } from '../support/test-app.ts';

const NEW_PASSWORD = 'zeven groene kikkers zingen';

describe.each(testEngines())('account security on $name', (engine) => {
  let store: Store;
  let app: FastifyInstance;
  let realOrg: string;
  let evilOrg: string;
  let victimId: string;

  beforeAll(async () => {
    store = await freshStore(engine);
    app = await testApp(store);
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });
  beforeEach(async () => {
    await resetStore(store);
    realOrg = (await store.accounts.createOrganisation('Echt BV')).id;
    evilOrg = (await store.accounts.createOrganisation('Kwaad BV')).id;
    victimId = (
      await createUser(store, {
        email: 'victim@example.nl',
        name: 'Vera Slachtoffer',
        organisationId: realOrg,
        role: 'owner',
      })
    ).id;
    await createUser(store, { email: 'attacker@example.nl', organisationId: evilOrg, role: 'owner' });
  });

  /** Logs in from a given network address; returns the raw response. */
  const loginFrom = (target: FastifyInstance, ip: string, email: string, password: string) =>
    target.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: ip,
      payload: { email, password },
    });

  async function invite(client: Client, orgId: string, email: string, role = 'member') {
    const res = await client.request('POST', `/api/orgs/${orgId}/invitations`, {
      email,
      name: 'Nieuw',
      role,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; secret: string; link: string };
  }

  const accept = (secret: string, body: unknown = {}, client?: Client) =>
    client
      ? client.request('POST', `/api/invitations/${secret}/accept`, body)
      : app.inject({ method: 'POST', url: `/api/invitations/${secret}/accept`, payload: body as object });

  describe('the cross-organisation takeover chain fails at every step', () => {
    it('answers an invitation for an existing account exactly like one for a new address', async () => {
      const attacker = await login(app, 'attacker@example.nl');
      const existing = await attacker.request('POST', `/api/orgs/${evilOrg}/invitations`, {
        email: 'victim@example.nl',
        name: 'X',
        role: 'member',
      });
      const unknown = await attacker.request('POST', `/api/orgs/${evilOrg}/invitations`, {
        email: 'nobody@example.nl',
        name: 'X',
        role: 'member',
      });
      expect(existing.statusCode).toBe(201);
      expect(unknown.statusCode).toBe(201);
      expect(Object.keys(existing.json()).sort()).toEqual(Object.keys(unknown.json()).sort());
      expect(Object.keys(existing.json()).sort()).toEqual([
        'createdAt',
        'email',
        'expiresAt',
        'id',
        'link',
        'name',
        'role',
        'secret',
      ]);
      expect(existing.body).not.toContain('Vera');
      expect(existing.body).not.toContain(victimId);
      expect(existing.json().name).toBe('X');
    });

    it('has no route for an owner to set another account’s password, nor to add a member directly', async () => {
      const attacker = await login(app, 'attacker@example.nl');
      const setPassword = await attacker.request(
        'POST',
        `/api/orgs/${evilOrg}/members/${victimId}/password`,
        { password: 'a takeover password' },
      );
      expect(setPassword.statusCode).toBe(404);
      expect(setPassword.json().error.code).toBe('ROUTE_NOT_FOUND');
      const add = await attacker.request('POST', `/api/orgs/${evilOrg}/members`, {
        email: 'victim@example.nl',
        name: 'X',
        role: 'member',
      });
      expect(add.statusCode).toBe(404);
      expect(add.json().error.code).toBe('ROUTE_NOT_FOUND');
    });

    it('does not let another account’s session accept an invitation for the victim’s address', async () => {
      const attacker = await login(app, 'attacker@example.nl');
      const { secret } = await invite(attacker, evilOrg, 'victim@example.nl');
      const res = await accept(secret, {}, attacker);
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('INVITATION_WRONG_ACCOUNT');
      expect(res.json().error.message).toContain('victim@example.nl');
      expect(await store.accounts.getRole(victimId, evilOrg)).toBeNull();
    });

    it('never changes an existing account’s password through an invitation, accepted or not', async () => {
      const attacker = await login(app, 'attacker@example.nl');
      const { secret } = await invite(attacker, evilOrg, 'victim@example.nl');
      const hijack = await accept(secret, { name: 'Overgenomen', password: NEW_PASSWORD });
      expect(hijack.statusCode).toBe(401);
      expect(hijack.json().error.code).toBe('LOGIN_REQUIRED');
      expect(hijack.cookies.find((c) => c.name === 'hb_session')).toBeUndefined();
      await expect(login(app, 'victim@example.nl', NEW_PASSWORD)).rejects.toThrow();

      // The victim, logged in, may accept (it is their choice); the password stays theirs.
      const victim = await login(app, 'victim@example.nl');
      const accepted = await accept(secret, {}, victim);
      expect(accepted.statusCode, accepted.body).toBe(200);
      expect(await store.accounts.getRole(victimId, evilOrg)).toBe('member');
      await expect(login(app, 'victim@example.nl', TEST_PASSWORD)).resolves.toBeDefined();
      await expect(login(app, 'victim@example.nl', NEW_PASSWORD)).rejects.toThrow();
      expect((await store.accounts.getUser(victimId))?.name).toBe('Vera Slachtoffer');
    });

    it('refuses a supplied password instead of silently ignoring it, naming the field', async () => {
      const owner = await login(app, 'victim@example.nl');
      const withPassword = await owner.request('POST', `/api/orgs/${realOrg}/invitations`, {
        email: 'colleague@example.nl',
        name: 'Collega',
        role: 'member',
        password: NEW_PASSWORD,
      });
      expect(withPassword.statusCode).toBe(400);
      expect(withPassword.json().error.code).toBe('VALIDATION_FAILED');
      expect(withPassword.json().error.details.problems[0].path).toBe('body.password');
      expect(withPassword.json().error.message).toContain('Wachtwoord');

      const attacker = await login(app, 'attacker@example.nl');
      const { secret } = await invite(attacker, evilOrg, 'victim@example.nl');
      const loggedInWithPassword = await accept(secret, { password: NEW_PASSWORD }, owner);
      expect(loggedInWithPassword.statusCode).toBe(400);
      expect(loggedInWithPassword.json().error.details.problems[0].path).toBe('body.password');
      const unknownField = await accept(secret, { role: 'owner' }, owner);
      expect(unknownField.statusCode).toBe(400);
      expect(unknownField.json().error.message).toContain('role');
      expect(await store.accounts.getRole(victimId, evilOrg)).toBeNull();
    });
  });

  describe('invitations', () => {
    it('lets a new person accept with their own name and password, and land in the organisation', async () => {
      const owner = await login(app, 'victim@example.nl');
      const { secret, link, id } = await invite(owner, realOrg, 'nieuw@example.nl', 'adviser');
      expect(link).toBe(`/invite/${secret}`);
      expect((await owner.request('GET', `/api/orgs/${realOrg}/invitations`)).json()).toMatchObject([
        { id, email: 'nieuw@example.nl', role: 'adviser' },
      ]);

      const view = await app.inject({ method: 'GET', url: `/api/invitations/${secret}` });
      expect(view.statusCode).toBe(200);
      expect(view.json()).toMatchObject({
        organisationName: 'Echt BV',
        role: 'adviser',
        email: 'nieuw@example.nl',
      });

      const res = await accept(secret, { name: 'Nina Nieuw', password: NEW_PASSWORD });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ organisationId: realOrg, user: { email: 'nieuw@example.nl' } });
      expect(res.json().memberships).toEqual([
        { organisationId: realOrg, organisationName: 'Echt BV', role: 'adviser' },
      ]);
      const cookie = res.cookies.find((c) => c.name === 'hb_session')!;
      const me = await app.inject({
        method: 'GET',
        url: '/api/auth/me',
        cookies: { hb_session: cookie.value },
      });
      expect(me.json().user.name).toBe('Nina Nieuw');
      await expect(login(app, 'nieuw@example.nl', NEW_PASSWORD)).resolves.toBeDefined();

      const again = await accept(secret, { name: 'Nog eens', password: NEW_PASSWORD });
      expect(again.statusCode).toBe(404);
      expect(again.json().error.code).toBe('INVITATION_INVALID');
      expect((await owner.request('GET', `/api/orgs/${realOrg}/invitations`)).json()).toEqual([]);
    });

    it('names the missing fields when a new person leaves them out', async () => {
      const owner = await login(app, 'victim@example.nl');
      const { secret } = await invite(owner, realOrg, 'nieuw@example.nl');
      const res = await accept(secret, {});
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details.problems.map((p: { path: string }) => p.path)).toEqual([
        'body.name',
        'body.password',
      ]);
    });

    it('stops working when revoked, replaced by a newer invitation, or expired', async () => {
      const owner = await login(app, 'victim@example.nl');
      const revoked = await invite(owner, realOrg, 'a@example.nl');
      expect(
        (await owner.request('DELETE', `/api/orgs/${realOrg}/invitations/${revoked.id}`)).statusCode,
      ).toBe(204);
      const replaced = await invite(owner, realOrg, 'b@example.nl');
      await invite(owner, realOrg, 'B@example.nl');
      const expired = await invite(owner, realOrg, 'c@example.nl');
      await store.db.query(`update invitations set expires_at = now() - interval '1 minute' where id = $1`, [
        expired.id,
      ]);
      for (const { secret } of [revoked, replaced, expired]) {
        const res = await app.inject({ method: 'GET', url: `/api/invitations/${secret}` });
        expect(res.statusCode).toBe(404);
        expect(res.json().error.code).toBe('INVITATION_INVALID');
        expect((await accept(secret, { name: 'X', password: NEW_PASSWORD })).statusCode).toBe(404);
      }
      expect(await store.accounts.findUserByEmail('c@example.nl')).toBeNull();
    });

    it('lets only owners invite', async () => {
      await createUser(store, { email: 'member@example.nl', organisationId: realOrg, role: 'adviser' });
      const adviser = await login(app, 'member@example.nl');
      const res = await adviser.request('POST', `/api/orgs/${realOrg}/invitations`, {
        email: 'x@example.nl',
        name: 'X',
        role: 'owner',
      });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
    });
  });

  describe('login and password-check limits', () => {
    let limited: FastifyInstance;
    beforeAll(async () => {
      // The default limit per address, not the generous one the other tests use.
      limited = await testApp(store, { HAALBAAR_LOGIN_RATE_PER_MINUTE: '10' });
    });
    afterAll(async () => {
      await limited.close();
    });

    it('ten wrong logins for one account do not block another account’s correct login from the same address', async () => {
      await createUser(store, { email: 'colleague@example.nl', organisationId: realOrg, role: 'member' });
      const codes: number[] = [];
      for (let i = 0; i < 10; i++) {
        codes.push((await loginFrom(limited, '10.0.0.1', 'victim@example.nl', `guess ${i}`)).statusCode);
      }
      expect(codes.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
      expect(codes.slice(5)).toEqual([429, 429, 429, 429, 429]);
      const colleague = await loginFrom(limited, '10.0.0.1', 'colleague@example.nl', TEST_PASSWORD);
      expect(colleague.statusCode, colleague.body).toBe(200);

      // The attacked account is locked, also from a new address and also for the right password.
      const elsewhere = await loginFrom(limited, '10.9.9.9', 'VICTIM@example.nl ', TEST_PASSWORD);
      expect(elsewhere.statusCode).toBe(429);
      expect(elsewhere.json().error.code).toBe('RATE_LIMITED');
      expect(elsewhere.json().error.message).toMatch(/Wacht \d+ seconden/);
      expect(Number(elsewhere.headers['retry-after'])).toBeGreaterThan(0);
    });

    it('locks longer after each further failure, and forgets the failures after a correct login', async () => {
      // Each phase from its own address, so only the account's count is at play.
      for (let i = 0; i < 4; i++) await loginFrom(limited, '10.0.1.1', 'victim@example.nl', 'wrong');
      expect((await loginFrom(limited, '10.0.1.1', 'victim@example.nl', TEST_PASSWORD)).statusCode).toBe(200);
      for (let i = 0; i < 4; i++) {
        expect((await loginFrom(limited, '10.0.1.2', 'victim@example.nl', 'wrong')).statusCode).toBe(401);
      }
      expect((await loginFrom(limited, '10.0.1.2', 'victim@example.nl', TEST_PASSWORD)).statusCode).toBe(200);

      for (let i = 0; i < 5; i++) await loginFrom(limited, '10.0.1.3', 'victim@example.nl', 'wrong');
      const first = Number(
        (await loginFrom(limited, '10.0.0.3', 'victim@example.nl', 'x')).headers['retry-after'],
      );
      // Let the first lock run out (by moving it into the past), then fail once more.
      await store.db.query(
        `update auth_throttles set locked_until = now() where key = 'account:victim@example.nl'`,
      );
      expect((await loginFrom(limited, '10.0.0.3', 'victim@example.nl', 'wrong')).statusCode).toBe(401);
      const second = Number(
        (await loginFrom(limited, '10.0.0.3', 'victim@example.nl', 'x')).headers['retry-after'],
      );
      expect(second).toBeGreaterThan(first);
    });

    it('limits one address that tries many accounts', async () => {
      for (let i = 0; i < 10; i++) {
        expect((await loginFrom(limited, '10.0.0.4', `user${i}@example.nl`, 'Welkom01')).statusCode).toBe(
          401,
        );
      }
      const next = await loginFrom(limited, '10.0.0.4', 'victim@example.nl', TEST_PASSWORD);
      expect(next.statusCode).toBe(429);
      expect(Number(next.headers['retry-after'])).toBeGreaterThan(0);
      expect((await loginFrom(limited, '10.0.0.5', 'victim@example.nl', TEST_PASSWORD)).statusCode).toBe(200);
    });

    it('limits wrong current passwords on a password change', async () => {
      const res = await loginFrom(limited, '10.0.0.6', 'victim@example.nl', TEST_PASSWORD);
      const cookie = res.cookies.find((c) => c.name === 'hb_session')!.value;
      const change = (currentPassword: string) =>
        limited.inject({
          method: 'POST',
          url: '/api/auth/password',
          remoteAddress: '10.0.0.6',
          cookies: { hb_session: cookie },
          headers: { 'x-csrf-token': res.json().csrfToken },
          payload: { currentPassword, newPassword: NEW_PASSWORD },
        });
      const codes: number[] = [];
      for (let i = 0; i < 6; i++) codes.push((await change(`guess ${i}`)).statusCode);
      expect(codes).toEqual([401, 401, 401, 401, 401, 429]);
      const right = await change(TEST_PASSWORD);
      expect(right.statusCode).toBe(429);
      expect(right.json().error.message).toMatch(/\d+ seconden/);
      await expect(login(app, 'victim@example.nl', NEW_PASSWORD)).rejects.toThrow();
    });
  });

  describe('API tokens end with their creator’s access', () => {
    async function adviserToken(body: Record<string, unknown> = {}) {
      const adviser = await createUser(store, {
        email: 'adv@example.nl',
        organisationId: realOrg,
        role: 'adviser',
      });
      const client = await login(app, 'adv@example.nl');
      const created = await client.request('POST', `/api/orgs/${realOrg}/tokens`, {
        name: 'script',
        ...body,
      });
      expect(created.statusCode, created.body).toBe(201);
      const token = tokenClient(app, created.json().secret);
      expect((await token.request('GET', `/api/orgs/${realOrg}/use-cases`)).statusCode).toBe(200);
      return { adviserId: adviser.id, token, created: created.json() };
    }

    it('refuses a removed member’s token', async () => {
      const { adviserId, token } = await adviserToken();
      const owner = await login(app, 'victim@example.nl');
      expect((await owner.request('DELETE', `/api/orgs/${realOrg}/members/${adviserId}`)).statusCode).toBe(
        204,
      );
      const res = await token.request('POST', `/api/orgs/${realOrg}/use-cases`, {
        document: { title: 'Na vertrek' },
      });
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('UNAUTHENTICATED');
      expect(res.json().error.message).toMatch(/ingetrokken|eigenaar of adviseur/);
      expect(await store.useCases.list(realOrg)).toEqual([]);
      // Settings shows why it no longer works.
      const listed = (await owner.request('GET', `/api/orgs/${realOrg}/tokens`)).json();
      expect(listed).toMatchObject([{ name: 'script', state: 'creatorLostAccess', createdByName: 'adv' }]);
    });

    it('refuses a demoted member’s token', async () => {
      const { adviserId, token } = await adviserToken();
      const owner = await login(app, 'victim@example.nl');
      await owner.request('PATCH', `/api/orgs/${realOrg}/members/${adviserId}`, { role: 'member' });
      expect((await token.request('GET', `/api/orgs/${realOrg}/use-cases`)).statusCode).toBe(401);
    });

    it('refuses a token without a known creator', async () => {
      await store.sessions.createApiToken({
        organisationId: realOrg,
        name: 'old',
        tokenHash: sha256('hb_orphan'),
        prefix: 'hb_orph',
        createdBy: null,
        expiresAt: new Date(Date.now() + 86_400_000),
      });
      expect(
        (await tokenClient(app, 'hb_orphan').request('GET', `/api/orgs/${realOrg}/use-cases`)).statusCode,
      ).toBe(401);
    });

    it('expires after 90 days by default or the chosen number of days, and refuses an expired token', async () => {
      const { created, token } = await adviserToken({ expiresInDays: 7 });
      const days = (Date.parse(created.expiresAt) - Date.parse(created.createdAt)) / 86_400_000;
      expect(Math.round(days)).toBe(7);
      await store.db.query(`update api_tokens set expires_at = now() - interval '1 second' where id = $1`, [
        created.id,
      ]);
      const res = await token.request('GET', `/api/orgs/${realOrg}/use-cases`);
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('UNAUTHENTICATED');
      expect(res.json().error.message).toContain('verlopen');

      const owner = await login(app, 'victim@example.nl');
      const standard = (
        await owner.request('POST', `/api/orgs/${realOrg}/tokens`, { name: 'standaard' })
      ).json();
      expect(Math.round((Date.parse(standard.expiresAt) - Date.parse(standard.createdAt)) / 86_400_000)).toBe(
        90,
      );
      const listed = (await owner.request('GET', `/api/orgs/${realOrg}/tokens`)).json();
      expect(listed.every((t: { expiresAt?: string }) => typeof t.expiresAt === 'string')).toBe(true);
      const tooLong = await owner.request('POST', `/api/orgs/${realOrg}/tokens`, {
        name: 'x',
        expiresInDays: 366,
      });
      expect(tooLong.statusCode).toBe(400);
      expect(tooLong.json().error.details.problems[0].path).toBe('body.expiresInDays');
      expect(tooLong.json().error.message).toContain('Geldigheid in dagen');
    });
  });

  describe('sessions', () => {
    it('a password change ends the other sessions and keeps the current one', async () => {
      const here = await login(app, 'victim@example.nl');
      const elsewhere = await login(app, 'victim@example.nl');
      const res = await here.request('POST', '/api/auth/password', {
        currentPassword: TEST_PASSWORD,
        newPassword: NEW_PASSWORD,
      });
      expect(res.statusCode, res.body).toBe(204);
      expect((await here.request('GET', '/api/auth/me')).statusCode).toBe(200);
      const ended = await elsewhere.request('GET', '/api/auth/me');
      expect(ended.statusCode).toBe(401);
      expect(ended.json().error.message).toContain('beëindigd');
      await expect(login(app, 'victim@example.nl', NEW_PASSWORD)).resolves.toBeDefined();
      await expect(login(app, 'victim@example.nl', TEST_PASSWORD)).rejects.toThrow();
    });

    it('refuses a session idle for longer than HAALBAAR_SESSION_IDLE_HOURS', async () => {
      const client = await login(app, 'victim@example.nl');
      await store.db.query(`update sessions set last_seen_at = now() - interval '11 hours'`);
      expect((await client.request('GET', '/api/auth/me')).statusCode).toBe(200);
      // That request marked the session as seen again, so it is not idle now.
      await store.db.query(`update sessions set last_seen_at = now() - interval '13 hours'`);
      expect((await client.request('GET', '/api/auth/me')).statusCode).toBe(401);
    });

    it('marks a session as seen at most once a minute', async () => {
      const client = await login(app, 'victim@example.nl');
      const seen = async () =>
        String((await store.db.query('select last_seen_at::text as t from sessions'))[0]!.t);
      await store.db.query(`update sessions set last_seen_at = now() - interval '30 seconds'`);
      const recent = await seen();
      await client.request('GET', '/api/auth/me');
      expect(await seen()).toBe(recent);
      await store.db.query(`update sessions set last_seen_at = now() - interval '5 minutes'`);
      const old = await seen();
      await client.request('GET', '/api/auth/me');
      expect(await seen()).not.toBe(old);
    });

    it('purges expired and idle sessions and expired invitations, keeping live ones', async () => {
      const live = await login(app, 'victim@example.nl');
      for (const [hash, expires, seen] of [
        ['expired', "now() - interval '1 minute'", 'now()'],
        ['idle', "now() + interval '1 day'", "now() - interval '13 hours'"],
      ]) {
        await store.db.query(
          `insert into sessions (token_hash, user_id, csrf_token, expires_at, last_seen_at)
           values ($1, $2, 'c', ${expires}, ${seen})`,
          [hash, victimId],
        );
      }
      const owner = await login(app, 'victim@example.nl');
      const stale = await invite(owner, realOrg, 'laat@example.nl');
      await invite(owner, realOrg, 'op-tijd@example.nl');
      await store.db.query(`update invitations set expires_at = now() - interval '1 day' where id = $1`, [
        stale.id,
      ]);

      const counts = await purgeExpired(store, app.deps.config);
      expect(counts).toMatchObject({ sessions: 2, invitations: 1 });
      const left = await store.db.query<{ token_hash: string }>('select token_hash from sessions');
      expect(left.map((r) => r.token_hash)).not.toContain('expired');
      expect(left.map((r) => r.token_hash)).not.toContain('idle');
      expect(left).toHaveLength(2);
      expect((await live.request('GET', '/api/auth/me')).statusCode).toBe(200);
      expect((await store.invitations.listOpen(realOrg)).map((i) => i.email)).toEqual(['op-tijd@example.nl']);
    });
  });

  describe('password policy', () => {
    it('refuses the weak passwords the probe found accepted, naming the reason', async () => {
      const client = await login(app, 'victim@example.nl');
      const cases: [string, string[]][] = [
        ['aaaaaaaaaa', ['common.password.tooShort', 'common.password.repeated']],
        ['1234567890', ['common.password.tooShort', 'common.password.sequence', 'common.password.common']],
        ['password12', ['common.password.tooShort', 'common.password.common']],
        ['          ', ['common.password.tooShort', 'common.password.repeated']],
        ['victim@example.nl', ['common.password.containsEmail']],
        ['aaaaaaaaaaaaaaaaaaaa', ['common.password.repeated']],
        ['Wachtwoord2026!!', ['common.password.common']],
        ['vera slachtoffer 2026', ['common.password.containsName']],
      ];
      for (const [newPassword, keys] of cases) {
        const res = await client.request('POST', '/api/auth/password', {
          currentPassword: TEST_PASSWORD,
          newPassword,
        });
        expect(res.statusCode, newPassword).toBe(400);
        expect(res.json().error.code).toBe('WEAK_PASSWORD');
        expect(
          res.json().error.details.reasons.map((r: { key: string }) => r.key),
          newPassword,
        ).toEqual(keys);
      }
      const short = await client.request(
        'POST',
        '/api/auth/password',
        { currentPassword: TEST_PASSWORD, newPassword: 'password12' },
        { 'accept-language': 'en' },
      );
      expect(short.json().error.message).toContain('at least 15 characters');
      expect(short.json().error.message).toContain('New password');
      expect(short.json().error.message).not.toContain('body.');
      expect(short.json().error.details.field).toBe('body.newPassword');
      // None of them was stored.
      await expect(login(app, 'victim@example.nl')).resolves.toBeDefined();
    });

    it('applies the policy when a new person accepts an invitation', async () => {
      const owner = await login(app, 'victim@example.nl');
      const { secret } = await invite(owner, realOrg, 'nieuw@example.nl');
      const res = await accept(secret, { name: 'Nina', password: 'nieuw@example.nl' });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('WEAK_PASSWORD');
      expect(res.json().error.message).toContain('e-mailadres');
      expect(await store.accounts.findUserByEmail('nieuw@example.nl')).toBeNull();
    });
  });
});
