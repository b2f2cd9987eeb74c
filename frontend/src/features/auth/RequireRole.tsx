import { Alert } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import type { Role } from '../../gql/graphql';
import { useAuth } from './AuthProvider';

/** Shows `children` to the given roles; sends others to sign in or tells them they may not. */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { role } = useAuth();
  const location = useLocation();
  const { t } = useTranslation();
  if (!role) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  if (!roles.includes(role)) {
    return <Alert type="warning" showIcon message={t('auth.forbiddenPage')} />;
  }
  return <>{children}</>;
}
