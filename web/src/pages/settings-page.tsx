import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Message } from '../../../src/core/message.ts';
import { ApiError, api, type CreatedInvitation, type Role, type SessionInfo } from '../api.ts';
import { CopyButton } from '../components/copy-button.tsx';
import { CreateOrganisationForm } from '../components/create-organisation-form.tsx';
import { NewPasswordField, weakPasswordReasons } from '../components/new-password-field.tsx';
import { ScrollTable } from '../components/scroll-table.tsx';
import { useFormat } from '../format.ts';

const ROLES: Role[] = ['owner', 'adviser', 'member'];
/** Lifetimes offered for a new API token, in days; the server's default is 90. */
const TOKEN_DAYS = [30, 90, 180, 365];

/**
 * The organisation's name (owners rename it), members and invitations (owners manage them), API
 * tokens (owners and advisers), your password, and a new organisation of your own.
 */
export function SettingsPage({ me }: { me: SessionInfo }) {
  const { t } = useTranslation();
  const { orgId } = useParams();
  const membership = me.memberships.find((m) => m.organisationId === orgId);
  const role = membership?.role;
  return (
    <section>
      <h1>{t('web.settings.title')}</h1>
      {role === 'owner' && membership && (
        <OrganisationName key={orgId} orgId={orgId!} name={membership.organisationName} />
      )}
      <Members orgId={orgId!} canManage={role === 'owner'} meId={me.user.id} />
      {role === 'owner' && <Invitations orgId={orgId!} />}
      {(role === 'owner' || role === 'adviser') && <Tokens orgId={orgId!} />}
      <OwnPassword me={me} />
      <div className="panel">
        <h2>{t('web.settings.newOrganisation')}</h2>
        <p className="muted">{t('web.settings.newOrganisationIntro')}</p>
        <CreateOrganisationForm />
      </div>
    </section>
  );
}

/** Rename the organisation (owners); the switcher in the header shows the new name at once. */
function OrganisationName({ orgId, name }: { orgId: string; name: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [value, setValue] = useState(name);
  const rename = useMutation({
    mutationFn: () => api.patch('/api/orgs/:orgId', { params: { orgId }, body: { name: value } }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['me'] }),
  });
  return (
    <div className="panel">
      <h2>{t('web.settings.organisation')}</h2>
      <form
        className="inline-form row"
        onSubmit={(e) => {
          e.preventDefault();
          rename.mutate();
        }}
      >
        <label>
          {t('web.settings.organisationName')}
          <input
            value={value}
            onChange={(e) => {
              setValue(e.target.value);
              rename.reset();
            }}
            maxLength={200}
            required
          />
        </label>
        <button type="submit" disabled={rename.isPending || value.trim() === '' || value.trim() === name}>
          {t('web.settings.rename')}
        </button>
      </form>
      {rename.isSuccess && <p role="status">{t('web.settings.renamed')}</p>}
      {rename.isError && (
        <p className="error" role="alert">
          {errorText(rename.error)}
        </p>
      )}
    </div>
  );
}

function useErrorText() {
  return (e: unknown) => (e instanceof ApiError ? e.message : String(e));
}

function Members({ orgId, canManage, meId }: { orgId: string; canManage: boolean; meId: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const members = useQuery({
    queryKey: ['members', orgId],
    queryFn: () => api.get('/api/orgs/:orgId/members', { params: { orgId } }),
  });
  const remove = useMutation({
    mutationFn: (userId: string) =>
      api.delete('/api/orgs/:orgId/members/:userId', { params: { orgId, userId } }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['members', orgId] }),
  });
  const changeRole = useMutation({
    mutationFn: (input: { userId: string; role: Role }) =>
      api.patch('/api/orgs/:orgId/members/:userId', {
        params: { orgId, userId: input.userId },
        body: { role: input.role },
      }),
    onSettled: async (_member, _error, input) => {
      await queryClient.invalidateQueries({ queryKey: ['members', orgId] });
      // Your own role is part of the session (it decides what this page shows).
      if (input.userId === meId) await queryClient.invalidateQueries({ queryKey: ['me'] });
    },
  });

  return (
    <div className="panel">
      <h2>{t('web.settings.members')}</h2>
      {members.isError && <p role="alert">{errorText(members.error)}</p>}
      <ScrollTable label={t('web.settings.members')}>
        <table className="table">
          <thead>
            <tr>
              <th>{t('web.settings.name')}</th>
              <th>{t('web.login.email')}</th>
              <th>{t('web.settings.role')}</th>
              {canManage && <th>{t('web.settings.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {members.data?.map((m) => (
              <tr key={m.userId}>
                <td>{m.name}</td>
                <td>{m.email}</td>
                <td>
                  {canManage ? (
                    <select
                      aria-label={t('web.settings.roleOf', { name: m.name })}
                      value={m.role}
                      disabled={changeRole.isPending}
                      onChange={(e) => changeRole.mutate({ userId: m.userId, role: e.target.value as Role })}
                    >
                      {ROLES.map((r) => (
                        <option key={r} value={r}>
                          {t(`web.role.${r}`)}
                        </option>
                      ))}
                    </select>
                  ) : (
                    t(`web.role.${m.role}`)
                  )}
                </td>
                {canManage && (
                  <td>
                    {m.userId !== meId && (
                      <button
                        type="button"
                        onClick={() => {
                          if (window.confirm(t('web.settings.removeConfirm', { name: m.name })))
                            remove.mutate(m.userId);
                        }}
                      >
                        {t('web.settings.remove')}
                      </button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      {changeRole.isSuccess && (
        <p role="status">
          {t('web.settings.roleChanged', {
            name: changeRole.data.name,
            role: t(`web.role.${changeRole.data.role}`),
          })}
        </p>
      )}
      {changeRole.isError && (
        <p className="error" role="alert">
          {errorText(changeRole.error)}
        </p>
      )}
      {remove.isError && (
        <p className="error" role="alert">
          {errorText(remove.error)}
        </p>
      )}
    </div>
  );
}

/** Invite by e-mail: the link is shown once, to pass on; open invitations can be revoked. */
function Invitations({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [form, setForm] = useState({ email: '', name: '', role: 'member' as Role });
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const invitations = useQuery({
    queryKey: ['invitations', orgId],
    queryFn: () => api.get('/api/orgs/:orgId/invitations', { params: { orgId } }),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['invitations', orgId] });
  const invite = useMutation({
    mutationFn: () => api.post('/api/orgs/:orgId/invitations', { params: { orgId }, body: form }),
    onSuccess: (answer) => {
      setCreated(answer);
      setForm({ email: '', name: '', role: 'member' });
      void refresh();
    },
  });
  const revoke = useMutation({
    mutationFn: (invitationId: string) =>
      api.delete('/api/orgs/:orgId/invitations/:invitationId', { params: { orgId, invitationId } }),
    onSuccess: () => void refresh(),
  });
  const link = created ? `${window.location.origin}${created.link}` : '';

  function submit(e: FormEvent) {
    e.preventDefault();
    invite.mutate();
  }

  return (
    <div className="panel">
      <h2>{t('web.settings.invitations')}</h2>
      <p className="muted">{t('web.settings.invitationsIntro')}</p>
      {created && (
        <div className="notice" role="status">
          <p>
            {t('web.settings.invitationOnce', { email: created.email, date: fmt.date(created.expiresAt) })}
          </p>
          <strong>{t('web.settings.invitationLink')}</strong>
          <code className="secret">{link}</code>
          <CopyButton text={link} label={t('web.settings.copy')} />
        </div>
      )}
      {invitations.data && invitations.data.length > 0 && (
        <ScrollTable label={t('web.settings.pending')}>
          <table className="table">
            <caption className="visually-hidden">{t('web.settings.pending')}</caption>
            <thead>
              <tr>
                <th>{t('web.settings.name')}</th>
                <th>{t('web.login.email')}</th>
                <th>{t('web.settings.role')}</th>
                <th>{t('web.settings.expires')}</th>
                <th>{t('web.settings.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {invitations.data.map((inv) => (
                <tr key={inv.id}>
                  <td>{inv.name}</td>
                  <td>{inv.email}</td>
                  <td>{t(`web.role.${inv.role}`)}</td>
                  <td>{fmt.date(inv.expiresAt)}</td>
                  <td>
                    <button type="button" onClick={() => revoke.mutate(inv.id)}>
                      {t('web.settings.revoke')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
      {revoke.isError && (
        <p className="error" role="alert">
          {errorText(revoke.error)}
        </p>
      )}
      <form className="inline-form" onSubmit={submit}>
        <h3>{t('web.settings.invite')}</h3>
        <div className="grid-2">
          <label>
            {t('web.settings.name')}
            <input value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} required />
          </label>
          <label>
            {t('web.login.email')}
            <input
              type="email"
              value={form.email}
              onChange={(e) => setForm({ ...form, email: e.target.value })}
              required
            />
          </label>
          <label>
            {t('web.settings.role')}
            <select
              aria-label={t('web.settings.role')}
              value={form.role}
              onChange={(e) => setForm({ ...form, role: e.target.value as Role })}
            >
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`web.role.${r}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        {invite.isError && (
          <p className="error" role="alert">
            {errorText(invite.error)}
          </p>
        )}
        <button type="submit" className="primary" disabled={invite.isPending}>
          {t('web.settings.makeInvitation')}
        </button>
      </form>
    </div>
  );
}

function Tokens({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [days, setDays] = useState(90);
  const [secret, setSecret] = useState<string | null>(null);
  const tokens = useQuery({
    queryKey: ['tokens', orgId],
    queryFn: () => api.get('/api/orgs/:orgId/tokens', { params: { orgId } }),
  });
  const create = useMutation({
    mutationFn: () =>
      api.post('/api/orgs/:orgId/tokens', { params: { orgId }, body: { name, expiresInDays: days } }),
    onSuccess: (created) => {
      setSecret(created.secret);
      setName('');
      void queryClient.invalidateQueries({ queryKey: ['tokens', orgId] });
    },
  });
  const revoke = useMutation({
    mutationFn: (tokenId: string) =>
      api.delete('/api/orgs/:orgId/tokens/:tokenId', { params: { orgId, tokenId } }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['tokens', orgId] }),
  });
  return (
    <div className="panel">
      <h2>{t('web.settings.tokens')}</h2>
      <p className="muted">{t('web.settings.tokensIntro')}</p>
      {secret && (
        <div className="notice" role="status">
          <p>{t('web.settings.tokenOnce')}</p>
          <code className="secret">{secret}</code>
          <CopyButton text={secret} label={t('web.settings.copyToken')} />
        </div>
      )}
      <ScrollTable label={t('web.settings.tokens')}>
        <table className="table">
          <thead>
            <tr>
              <th>{t('web.settings.name')}</th>
              <th>{t('web.settings.tokenPrefix')}</th>
              <th>{t('web.settings.createdBy')}</th>
              <th>{t('web.settings.created')}</th>
              <th>{t('web.settings.expires')}</th>
              <th>{t('web.settings.lastUsed')}</th>
              <th>{t('web.settings.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {tokens.data?.map((tok) => (
              <tr key={tok.id} className={tok.state === 'active' ? '' : 'muted'}>
                <td>{tok.name}</td>
                <td>
                  <code>{tok.prefix}…</code>
                </td>
                <td>{tok.createdByName ?? '—'}</td>
                <td>{fmt.date(tok.createdAt)}</td>
                <td>{fmt.date(tok.expiresAt)}</td>
                <td>{tok.lastUsedAt ? fmt.dateTime(tok.lastUsedAt) : '—'}</td>
                <td>
                  {tok.state === 'revoked' ? (
                    t('web.settings.revoked')
                  ) : (
                    <>
                      {tok.state !== 'active' && <span>{t(`web.settings.tokenState.${tok.state}`)} </span>}
                      <button type="button" onClick={() => revoke.mutate(tok.id)}>
                        {t('web.settings.revoke')}
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <form
        className="inline-form row"
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate();
        }}
      >
        <label>
          {t('web.settings.tokenName')}
          <input value={name} onChange={(e) => setName(e.target.value)} required />
        </label>
        <label>
          {t('web.settings.tokenLifetime')}
          <select value={days} onChange={(e) => setDays(Number(e.target.value))}>
            {TOKEN_DAYS.map((d) => (
              <option key={d} value={d}>
                {t('web.settings.days', { count: d })}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={create.isPending || name.trim() === ''}>
          {t('web.settings.createToken')}
        </button>
      </form>
      <p className="hint">{t('web.settings.tokenRules')}</p>
      {create.isError && (
        <p className="error" role="alert">
          {errorText(create.error)}
        </p>
      )}
    </div>
  );
}

/** Change your own password; the server ends your other sessions. */
function OwnPassword({ me }: { me: SessionInfo }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [serverReasons, setServerReasons] = useState<Message[] | undefined>(undefined);
  const [isDone, setIsDone] = useState(false);
  const change = useMutation({
    mutationFn: () =>
      api.post('/api/auth/password', { body: { currentPassword: current, newPassword: next } }),
    onSuccess: () => {
      setCurrent('');
      setNext('');
      setIsDone(true);
    },
    onError: (e) => setServerReasons(e instanceof ApiError ? weakPasswordReasons(e.details) : undefined),
  });
  return (
    <div className="panel">
      <h2>{t('web.settings.ownPassword')}</h2>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          setIsDone(false);
          change.mutate();
        }}
      >
        <label>
          {t('web.settings.currentPassword')}
          <input
            type="password"
            autoComplete="current-password"
            value={current}
            onChange={(e) => setCurrent(e.target.value)}
            required
          />
        </label>
        <NewPasswordField
          label={t('web.settings.newPassword')}
          value={next}
          onChange={(value) => {
            setNext(value);
            setServerReasons(undefined);
          }}
          email={me.user.email}
          name={me.user.name}
          {...(serverReasons ? { serverReasons } : {})}
        />
        {change.isError && !serverReasons && (
          <p className="error" role="alert">
            {errorText(change.error)}
          </p>
        )}
        {isDone && <p role="status">{t('web.settings.passwordChanged')}</p>}
        <button type="submit" className="primary" disabled={change.isPending}>
          {t('web.settings.changePassword')}
        </button>
      </form>
    </div>
  );
}
