import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { Layout } from './components/layout.tsx';
import { BusinessCasePage } from './pages/business-case-page.tsx';
import { DataPage } from './pages/data-page.tsx';
import { HistoryPage } from './pages/history-page.tsx';
import { IntakePage } from './pages/intake-page.tsx';
import { InvitePage } from './pages/invite-page.tsx';
import { LoginPage } from './pages/login-page.tsx';
import { NewUseCasePage } from './pages/new-use-case-page.tsx';
import { ResultsPage } from './pages/results-page.tsx';
import { SettingsPage } from './pages/settings-page.tsx';
import { UseCaseListPage } from './pages/use-case-list-page.tsx';
import { UseCasePage } from './pages/use-case-page.tsx';
import { useSession } from './session.ts';

export function App() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <p className="loading">{t('web.common.loading')}</p>;
  if (session.isError) return <p role="alert">{t('web.common.serverDown')}</p>;
  const me = session.data;
  if (!me) {
    return (
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/invite/:secret" element={<InvitePage me={null} />} />
        <Route path="*" element={<Navigate to="/login" replace state={{ from: location.pathname }} />} />
      </Routes>
    );
  }
  const first = me.memberships[0]?.organisationId;
  // Just logged in: go where the login was asked for (an invitation, a deep link), not to the start.
  const from = (location.state as { from?: string } | null)?.from;
  return (
    <Routes>
      <Route path="/login" element={<Navigate to={from && from !== '/login' ? from : '/'} replace />} />
      <Route path="/invite/:secret" element={<InvitePage me={me} />} />
      <Route path="/o/:orgId" element={<Layout me={me} />}>
        <Route index element={<UseCaseListPage />} />
        <Route path="use-cases/new" element={<NewUseCasePage />} />
        <Route path="use-cases/:useCaseId" element={<UseCasePage />} />
        <Route path="use-cases/:useCaseId/history" element={<HistoryPage />} />
        <Route path="use-cases/:useCaseId/intake" element={<IntakePage />} />
        <Route path="use-cases/:useCaseId/results" element={<ResultsPage />} />
        <Route path="use-cases/:useCaseId/data" element={<DataPage />} />
        <Route path="use-cases/:useCaseId/business-case" element={<BusinessCasePage />} />
        <Route path="use-cases/:useCaseId/intake/:step" element={<IntakePage />} />
        <Route path="settings" element={<SettingsPage me={me} />} />
      </Route>
      <Route path="*" element={first ? <Navigate to={`/o/${first}`} replace /> : <Layout me={me} empty />} />
    </Routes>
  );
}
