import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError, type ApiToken, api, type Member, type Role, type SessionInfo } from '../api.ts';
import { useFormat } from '../format.ts';

const ROLES: Role[] = ['owner', 'adviser', 'member'];

/** Members (owners manage them) and API tokens (owners and advisers). */
export function SettingsPage({ me }: { me: SessionInfo }) {
  const { t } = useTranslation();
  const { orgId } = useParams();
  const role = me.memberships.find((m) => m.organisationId === orgId)?.role;
  return (
    <section>
      <h1>{t('web.settings.title')}</h1>
      <Members orgId={orgId!} canManage={role === 'owner'} meId={me.user.id} />
      {(role === 'owner' || role === 'adviser') && <Tokens orgId={orgId!} />}
    </section>
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
    queryFn: () => api<Member[]>('GET', `/api/orgs/${orgId}/members`),
  });
  const [form, setForm] = useState({ email: '', name: '', role: 'member' as Role, password: '' });
  const [status, setStatus] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['members', orgId] });
  const add = useMutation({
    mutationFn: () =>
      api('POST', `/api/orgs/${orgId}/members`, {
        email: form.email,
        name: form.name,
        role: form.role,
        ...(form.password ? { password: form.password } : {}),
      }),
    onSuccess: () => {
      setForm({ email: '', name: '', role: 'member', password: '' });
      void refresh();
    },
  });
  const resetPassword = useMutation({
    mutationFn: (input: { userId: string; password: string }) =>
      api('POST', `/api/orgs/${orgId}/members/${input.userId}/password`, { password: input.password }),
    onSuccess: () => setStatus(t('web.settings.passwordReset')),
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    add.mutate();
  }

  return (
    <div className="panel">
      <h2>{t('web.settings.members')}</h2>
      {members.isError && <p role="alert">{errorText(members.error)}</p>}
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
              <td>{t(`web.role.${m.role}`)}</td>
              {canManage && (
                <td>
                  {m.userId !== meId && (
                    <button
                      type="button"
                      onClick={() => {
                        const password = window.prompt(t('web.settings.newPasswordPrompt', { name: m.name }));
                        if (password) resetPassword.mutate({ userId: m.userId, password });
                      }}
                    >
                      {t('web.settings.resetPassword')}
                    </button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {resetPassword.isError && (
        <p className="error" role="alert">
          {errorText(resetPassword.error)}
        </p>
      )}
      {status && <p role="status">{status}</p>}
      {canManage && (
        <form className="inline-form" onSubmit={submit}>
          <h3>{t('web.settings.addMember')}</h3>
          <div className="grid-2">
            <label>
              {t('web.settings.name')}
              <input
                value={form.name}
                onChange={(e) => setForm({ ...form, name: e.target.value })}
                required
              />
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
              <select value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as Role })}>
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {t(`web.role.${r}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('web.settings.initialPassword')}
              <input
                type="password"
                autoComplete="new-password"
                value={form.password}
                onChange={(e) => setForm({ ...form, password: e.target.value })}
              />
              <span className="hint">{t('web.settings.initialPasswordHint')}</span>
            </label>
          </div>
          {add.isError && (
            <p className="error" role="alert">
              {errorText(add.error)}
            </p>
          )}
          <button type="submit" className="primary" disabled={add.isPending}>
            {t('web.settings.add')}
          </button>
        </form>
      )}
    </div>
  );
}

function Tokens({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [secret, setSecret] = useState<string | null>(null);
  const tokens = useQuery({
    queryKey: ['tokens', orgId],
    queryFn: () => api<ApiToken[]>('GET', `/api/orgs/${orgId}/tokens`),
  });
  const create = useMutation({
    mutationFn: () => api<ApiToken & { secret: string }>('POST', `/api/orgs/${orgId}/tokens`, { name }),
    onSuccess: (created) => {
      setSecret(created.secret);
      setName('');
      void queryClient.invalidateQueries({ queryKey: ['tokens', orgId] });
    },
  });
  const revoke = useMutation({
    mutationFn: (id: string) => api('DELETE', `/api/orgs/${orgId}/tokens/${id}`),
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
        </div>
      )}
      <table className="table">
        <thead>
          <tr>
            <th>{t('web.settings.name')}</th>
            <th>{t('web.settings.tokenPrefix')}</th>
            <th>{t('web.settings.created')}</th>
            <th>{t('web.settings.lastUsed')}</th>
            <th>{t('web.settings.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {tokens.data?.map((tok) => (
            <tr key={tok.id} className={tok.revokedAt ? 'muted' : ''}>
              <td>{tok.name}</td>
              <td>
                <code>{tok.prefix}…</code>
              </td>
              <td>{fmt.date(tok.createdAt)}</td>
              <td>{tok.lastUsedAt ? fmt.dateTime(tok.lastUsedAt) : '—'}</td>
              <td>
                {tok.revokedAt ? (
                  t('web.settings.revoked')
                ) : (
                  <button type="button" onClick={() => revoke.mutate(tok.id)}>
                    {t('web.settings.revoke')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
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
        <button type="submit" disabled={create.isPending || name.trim() === ''}>
          {t('web.settings.createToken')}
        </button>
      </form>
      {create.isError && (
        <p className="error" role="alert">
          {errorText(create.error)}
        </p>
      )}
    </div>
  );
}
