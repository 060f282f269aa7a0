import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { Layout } from './components/layout.tsx';
import { LoginPage } from './pages/login-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { UseCaseListPage } from './pages/use-case-list-page.tsx';
import { useSession } from './session.ts';
import { loadVendorTexts } from './vendors/vendor-texts.ts';

/**
 * Every page but the first two (login, the use-case list) is its own chunk, loaded when it is
 * first visited: the charts (recharts) and the business-case code stay out of the first download.
 */
const BusinessCasePage = lazy(() =>
  import('./pages/business-case-page.tsx').then((m) => ({ default: m.BusinessCasePage })),
);
const EmployeesPage = lazy(() =>
  import('./pages/employees-page.tsx').then((m) => ({ default: m.EmployeesPage })),
);
const DataPage = lazy(() => import('./pages/data-page.tsx').then((m) => ({ default: m.DataPage })));
const HistoryPage = lazy(() => import('./pages/history-page.tsx').then((m) => ({ default: m.HistoryPage })));
const IntakePage = lazy(() => import('./pages/intake-page.tsx').then((m) => ({ default: m.IntakePage })));
const InvitePage = lazy(() => import('./pages/invite-page.tsx').then((m) => ({ default: m.InvitePage })));
const NewUseCasePage = lazy(() =>
  import('./pages/new-use-case-page.tsx').then((m) => ({ default: m.NewUseCasePage })),
);
const PilotPage = lazy(() => import('./pages/pilot-page.tsx').then((m) => ({ default: m.PilotPage })));
const PortfolioPage = lazy(() =>
  import('./pages/portfolio-page.tsx').then((m) => ({ default: m.PortfolioPage })),
);
const PublicFeedbackPage = lazy(() =>
  import('./pages/public-feedback-page.tsx').then((m) => ({ default: m.PublicFeedbackPage })),
);
const PublicSurveyPage = lazy(() =>
  import('./pages/public-survey-page.tsx').then((m) => ({ default: m.PublicSurveyPage })),
);
// The vendor pages bring their texts along (not in the first download).
const PublicVendorPage = lazy(() =>
  Promise.all([import('./pages/public-vendor-page.tsx'), loadVendorTexts()]).then(([m]) => ({
    default: m.PublicVendorPage,
  })),
);
const ResultsPage = lazy(() => import('./pages/results-page.tsx').then((m) => ({ default: m.ResultsPage })));
const SettingsPage = lazy(() =>
  import('./pages/settings-page.tsx').then((m) => ({ default: m.SettingsPage })),
);
const UseCasePage = lazy(() => import('./pages/use-case-page.tsx').then((m) => ({ default: m.UseCasePage })));
const VendorsPage = lazy(() =>
  Promise.all([import('./pages/vendors-page.tsx'), loadVendorTexts()]).then(([m]) => ({
    default: m.VendorsPage,
  })),
);

export function App() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <p className="loading">{t('web.common.loading')}</p>;
  if (session.isError) return <p role="alert">{t('web.common.serverDown')}</p>;
  const me = session.data;
  if (!me) {
    return (
      <Suspense fallback={<p className="loading">{t('web.common.loading')}</p>}>
        <Routes>
          <Route path="/login" element={<LoginPage />} />
          <Route path="/invite/:secret" element={<InvitePage me={null} />} />
          <Route path="/s/:token" element={<PublicSurveyPage />} />
          <Route path="/f/:token" element={<PublicFeedbackPage />} />
          <Route path="/v/:token" element={<PublicVendorPage />} />
          <Route path="*" element={<Navigate to="/login" replace state={{ from: location.pathname }} />} />
        </Routes>
      </Suspense>
    );
  }
  const first = me.memberships[0]?.organisationId;
  // Just logged in: go where the login was asked for (an invitation, a deep link), not to the start.
  const from = (location.state as { from?: string } | null)?.from;
  return (
    <Suspense fallback={<p className="loading">{t('web.common.loading')}</p>}>
      <Routes>
        <Route path="/login" element={<Navigate to={from && from !== '/login' ? from : '/'} replace />} />
        <Route path="/invite/:secret" element={<InvitePage me={me} />} />
        {/* A survey, feedback or vendor link is the same page, logged in or not: it knows no account. */}
        <Route path="/s/:token" element={<PublicSurveyPage />} />
        <Route path="/f/:token" element={<PublicFeedbackPage />} />
        <Route path="/v/:token" element={<PublicVendorPage />} />
        <Route path="/portfolio" element={<Layout me={me} />}>
          <Route index element={<PortfolioPage />} />
        </Route>
        <Route path="/o/:orgId" element={<Layout me={me} />}>
          <Route index element={<UseCaseListPage />} />
          <Route path="use-cases/new" element={<NewUseCasePage />} />
          <Route path="use-cases/:useCaseId" element={<UseCasePage />} />
          <Route path="use-cases/:useCaseId/history" element={<HistoryPage />} />
          <Route path="use-cases/:useCaseId/intake" element={<IntakePage />} />
          <Route path="use-cases/:useCaseId/results" element={<ResultsPage />} />
          <Route path="use-cases/:useCaseId/data" element={<DataPage />} />
          <Route path="use-cases/:useCaseId/business-case" element={<BusinessCasePage />} />
          <Route path="use-cases/:useCaseId/pilot" element={<PilotPage />} />
          <Route path="use-cases/:useCaseId/employees" element={<EmployeesPage />} />
          <Route path="use-cases/:useCaseId/vendors" element={<VendorsPage />} />
          <Route path="use-cases/:useCaseId/intake/:step" element={<IntakePage />} />
          <Route path="settings" element={<SettingsPage me={me} />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
        <Route
          path="*"
          element={first ? <Navigate to={`/o/${first}`} replace /> : <Layout me={me} empty />}
        />
      </Routes>
    </Suspense>
  );
}
