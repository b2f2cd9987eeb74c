import { Alert, Button } from 'antd';
import type { CombinedError } from '@urql/core';
import { useTranslation } from 'react-i18next';
import { errorCodeKey, problemsOf, type ApiProblem } from '../lib/errors';

/**
 * Errors that belong to no field: the code in the user's language, the server's words as detail.
 * A CONFLICT offers to reload, since someone else changed the ticket meanwhile.
 */
export function ApiErrorAlert({
  error,
  problems,
  onReload,
}: {
  error?: CombinedError | null;
  problems?: ApiProblem[];
  onReload?: () => void;
}) {
  const { t } = useTranslation();
  const list = problems ?? problemsOf(error);
  if (list.length === 0) return null;
  const first = list[0];
  const details = list
    .filter((p) => p.message && p.code !== 'NETWORK')
    .map((p) => t('errors.detail', { message: p.message }));
  const showReload = onReload && list.some((p) => p.code === 'CONFLICT');
  return (
    <Alert
      className="ms-error-alert"
      type="error"
      showIcon
      message={t(errorCodeKey(first.code))}
      description={details.length > 0 ? details.map((d, i) => <div key={i}>{d}</div>) : undefined}
      action={
        showReload ? (
          <Button onClick={onReload}>{t('common.reload')}</Button>
        ) : undefined
      }
    />
  );
}
