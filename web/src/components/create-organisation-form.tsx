import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError, api } from '../api.ts';

/**
 * Creates an organisation with the signed-in person as its owner, then opens it. Offered in the
 * settings and to someone who belongs to no organisation yet.
 */
export function CreateOrganisationForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const create = useMutation({
    mutationFn: () => api.post('/api/orgs', { body: { name } }),
    onSuccess: async (org) => {
      setName('');
      // The organisation switcher reads the memberships of the session.
      await queryClient.invalidateQueries({ queryKey: ['me'] });
      navigate(`/o/${org.id}`);
    },
  });
  return (
    <form
      className="inline-form row"
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate();
      }}
    >
      <label>
        {t('web.settings.organisationName')}
        <input value={name} onChange={(e) => setName(e.target.value)} maxLength={200} required />
      </label>
      <button type="submit" className="primary" disabled={create.isPending || name.trim() === ''}>
        {t('web.settings.createOrganisation')}
      </button>
      {create.isError && (
        <p className="error" role="alert">
          {create.error instanceof ApiError ? create.error.message : String(create.error)}
        </p>
      )}
    </form>
  );
}
