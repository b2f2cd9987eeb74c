/**
 * Downloads the supervisors' CSV export. The route authenticates with the same bearer token as
 * the API, which a plain link cannot send, so the file is fetched with the session and saved from
 * a Blob. Errors (a bad period, no permission) come back as the API's JSON errors.
 */
import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { problemOf, type ApiProblem } from '../../lib/errors';
import { useAuth } from '../auth/AuthProvider';
import { downloadName } from './shape';

export function ExportButton({ url, fallbackName, label }: { url: string; fallbackName: string; label: string }) {
  const { t } = useTranslation();
  const { authFetch } = useAuth();
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const [saved, setSaved] = useState<string | null>(null);

  const download = async () => {
    setBusy(true);
    setProblems([]);
    setSaved(null);
    try {
      const res = await authFetch(url, { method: 'GET', headers: { Accept: 'text/csv' } });
      if (!res.ok) {
        const body = (await res.json().catch(() => null)) as { errors?: { message: string; extensions?: Record<string, unknown> }[] } | null;
        setProblems(body?.errors?.length ? body.errors.map(problemOf) : [{ code: 'UNKNOWN', message: `HTTP ${res.status}` }]);
        return;
      }
      const blob = await res.blob();
      const name = downloadName(res.headers.get('Content-Disposition'), fallbackName);
      const href = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = href;
      a.download = name;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(href), 10_000);
      setSaved(name);
    } catch (e) {
      setProblems([{ code: 'NETWORK', message: e instanceof Error ? e.message : String(e) }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="ms-export">
      <Button icon={<DownloadOutlined aria-hidden />} onClick={download} loading={busy}>
        {label}
      </Button>
      <ApiErrorAlert problems={problems} />
      <p aria-live="polite" className="ms-saved">
        {saved ? t('oversight.export.saved', { name: saved }) : null}
      </p>
    </div>
  );
}
