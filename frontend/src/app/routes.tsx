/**
 * Every page and who may open it. Areas whose API is not there yet (administration, metrics
 * dashboards, the public transparency page) slot in as one route and one NAV entry each.
 */
import type { JSX } from 'react';
import type { RouteObject } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../components/PageHeading';
import { LoginPage } from '../features/auth/LoginPage';
import { ForgotPasswordPage, ResetPasswordPage } from '../features/auth/PasswordResetPages';
import { RegisterPage } from '../features/auth/RegisterPage';
import { RequireRole } from '../features/auth/RequireRole';
import { FileTicketPage, PhoneIntakePage } from '../features/filing/FileTicketPage';
import { FollowingPage } from '../features/following/FollowingPage';
import { RepeatMattersPage } from '../features/repeat-matters/RepeatMattersPage';
import { HomePage } from '../features/home/HomePage';
import { InboxPage } from '../features/inbox/InboxPage';
import { MyTicketsPage } from '../features/my-tickets/MyTicketsPage';
import { DepartmentQueuePage } from '../features/queue/DepartmentQueuePage';
import { SearchPage } from '../features/search/SearchPage';
import { TicketDetailPage } from '../features/tickets/TicketDetailPage';
import { TrackPage } from '../features/tracking/TrackPage';
import { AdminHomePage } from '../features/admin/AdminHomePage';
import { CalendarsPage } from '../features/admin/CalendarsPage';
import { CategoriesPage } from '../features/admin/CategoriesPage';
import { DepartmentsPage } from '../features/admin/DepartmentsPage';
import { SlaPage } from '../features/admin/SlaPage';
import { UsersPage } from '../features/admin/UsersPage';
import { AuditPage } from '../features/oversight/AuditPage';
import { DashboardPage } from '../features/oversight/DashboardPage';
import { SupervisionPage } from '../features/oversight/SupervisionPage';
import { TransparencyPage } from '../features/transparency/TransparencyPage';
import { AppShell } from './AppShell';

const admin = (page: JSX.Element) => <RequireRole roles={['ADMIN']}>{page}</RequireRole>;
const supervisor = (page: JSX.Element) => <RequireRole roles={['SUPERVISOR']}>{page}</RequireRole>;

function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="ms-page">
      <PageHeading>{t('errors.notFoundPage')}</PageHeading>
      <Link to="/">{t('nav.home')}</Link>
    </div>
  );
}

export const routes: RouteObject[] = [
  {
    element: <AppShell />,
    children: [
      { path: '/', element: <HomePage /> },
      { path: '/file', element: <FileTicketPage /> },
      { path: '/track', element: <TrackPage /> },
      { path: '/transparency', element: <TransparencyPage /> },
      { path: '/login', element: <LoginPage /> },
      { path: '/register', element: <RegisterPage /> },
      { path: '/forgot-password', element: <ForgotPasswordPage /> },
      { path: '/reset-password', element: <ResetPasswordPage /> },
      {
        path: '/my',
        element: (
          <RequireRole roles={['RESIDENT']}>
            <MyTicketsPage />
          </RequireRole>
        ),
      },
      {
        path: '/following',
        element: (
          <RequireRole roles={['RESIDENT']}>
            <FollowingPage />
          </RequireRole>
        ),
      },
      {
        path: '/tickets/:id',
        element: (
          <RequireRole roles={['RESIDENT', 'AGENT', 'STAFF', 'SUPERVISOR', 'ADMIN']}>
            <TicketDetailPage />
          </RequireRole>
        ),
      },
      {
        path: '/queue',
        element: (
          <RequireRole roles={['STAFF', 'AGENT', 'SUPERVISOR']}>
            <DepartmentQueuePage />
          </RequireRole>
        ),
      },
      {
        path: '/inbox',
        element: (
          <RequireRole roles={['AGENT', 'SUPERVISOR']}>
            <InboxPage />
          </RequireRole>
        ),
      },
      {
        path: '/intake',
        element: (
          <RequireRole roles={['AGENT']}>
            <PhoneIntakePage />
          </RequireRole>
        ),
      },
      {
        path: '/search',
        element: (
          <RequireRole roles={['AGENT', 'SUPERVISOR', 'STAFF']}>
            <SearchPage />
          </RequireRole>
        ),
      },
      { path: '/oversight', element: supervisor(<DashboardPage />) },
      { path: '/audit', element: supervisor(<AuditPage />) },
      { path: '/repeat-matters', element: supervisor(<RepeatMattersPage />) },
      {
        path: '/supervision',
        element: (
          <RequireRole roles={['SUPERVISOR', 'AGENT', 'STAFF']}>
            <SupervisionPage />
          </RequireRole>
        ),
      },
      { path: '/admin', element: admin(<AdminHomePage />) },
      { path: '/admin/departments', element: admin(<DepartmentsPage />) },
      { path: '/admin/categories', element: admin(<CategoriesPage />) },
      { path: '/admin/users', element: admin(<UsersPage />) },
      { path: '/admin/calendars', element: admin(<CalendarsPage />) },
      { path: '/admin/sla', element: admin(<SlaPage />) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
