/**
 * A ticket's photos and documents. `GET /attachments/{id}` needs the bearer token (unless an
 * official published the file), which an <img> or a plain link cannot send, so each file is
 * fetched with the session and shown from a blob: URL — photos as thumbnails that open full
 * size, PDFs as a download. Officials (staff, agents, supervisors) may publish a file.
 */
import { DownloadOutlined, FilePdfOutlined, GlobalOutlined, LockOutlined } from '@ant-design/icons';
import { Button, Checkbox } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import type { AttachmentFieldsFragment, Role } from '../../gql/graphql';
import { problemOf, problemsOf, type ApiProblem } from '../../lib/errors';
import { formatDateTime } from '../../lib/time';
import { useAuth } from '../auth/AuthProvider';
import { formatSize, isImageType } from './files';
import { SetAttachmentPublicMutation } from './queries';
import '../../styles/matters.css';

/** The roles that may publish an attachment (setAttachmentPublic). */
export const PUBLISHING_ROLES: readonly Role[] = ['STAFF', 'AGENT', 'SUPERVISOR'];

export function mayPublish(role: Role | null): boolean {
  return !!role && PUBLISHING_ROLES.includes(role);
}

/** Fetches a file with the session and keeps a blob: URL for it while mounted. */
function useBlobUrl(url: string, enabled: boolean) {
  const { authFetch } = useAuth();
  const [state, setState] = useState<{ href: string | null; failed: boolean }>({ href: null, failed: false });
  useEffect(() => {
    if (!enabled) return;
    let href: string | null = null;
    let cancelled = false;
    authFetch(url, { method: 'GET' })
      .then(async (res) => {
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        const blob = await res.blob();
        if (cancelled) return;
        href = URL.createObjectURL(blob);
        setState({ href, failed: false });
      })
      .catch(() => {
        if (!cancelled) setState({ href: null, failed: true });
      });
    return () => {
      cancelled = true;
      if (href) URL.revokeObjectURL(href);
    };
  }, [authFetch, url, enabled]);
  return state;
}

export function TicketAttachments({ attachments }: { attachments: readonly AttachmentFieldsFragment[] }) {
  const { t } = useTranslation();
  const { role } = useAuth();
  if (attachments.length === 0) return null;
  return (
    <section className="ms-section" aria-labelledby="attachments-heading">
      <h2 id="attachments-heading">{t('attachments.title', { count: attachments.length })}</h2>
      <ul className="ms-attachments">
        {attachments.map((a) => (
          <AttachmentItem key={a.id} attachment={a} publishable={mayPublish(role)} />
        ))}
      </ul>
    </section>
  );
}

function AttachmentItem({ attachment: a, publishable }: { attachment: AttachmentFieldsFragment; publishable: boolean }) {
  const { t, i18n } = useTranslation();
  const image = isImageType(a.contentType);
  const { authFetch } = useAuth();
  const blob = useBlobUrl(a.url, image);
  const [isPublic, setIsPublic] = useState(a.public);
  useEffect(() => setIsPublic(a.public), [a.public]);
  const [{ fetching }, setPublic] = useMutation(SetAttachmentPublicMutation);
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  /** A document is fetched with the session when asked for, and saved under its name. */
  const download = async () => {
    setSaving(true);
    setSaved(null);
    setProblems([]);
    try {
      const res = await authFetch(a.url, { method: 'GET' });
      if (!res.ok) {
        const body = (await res.json().catch(() => null)) as { errors?: { message: string; extensions?: Record<string, unknown> }[] } | null;
        setProblems(body?.errors?.length ? body.errors.map(problemOf) : [{ code: 'UNKNOWN', message: `HTTP ${res.status}` }]);
        return;
      }
      const href = URL.createObjectURL(await res.blob());
      const link = document.createElement('a');
      link.href = href;
      link.download = a.fileName;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(href), 10_000);
      setSaved(t('attachments.saved', { name: a.fileName }));
    } catch (e) {
      setProblems([{ code: 'NETWORK', message: e instanceof Error ? e.message : String(e) }]);
    } finally {
      setSaving(false);
    }
  };

  const toggle = async (next: boolean) => {
    setProblems([]);
    const r = await setPublic({ id: a.id, public: next });
    if (r.data?.setAttachmentPublic) setIsPublic(r.data.setAttachmentPublic.public);
    else setProblems(problemsOf(r.error));
  };

  const meta = [
    formatSize(a.sizeBytes, i18n.language),
    formatDateTime(a.createdAt, i18n.language),
    a.messageId ? t('attachments.withMessage') : t('attachments.withFiling'),
  ].join(' · ');

  return (
    <li className="ms-attachment" data-attachment={a.id}>
      {image ? (
        blob.href ? (
          <a href={blob.href} target="_blank" rel="noopener" className="ms-attachment-thumb-link">
            <img src={blob.href} alt={t('attachments.photoAlt', { name: a.fileName })} className="ms-attachment-thumb" />
            <span className="ms-visually-hidden">{t('attachments.opensNewTab')}</span>
          </a>
        ) : (
          <span className="ms-attachment-thumb ms-attachment-thumb--empty">{blob.failed ? t('attachments.loadFailed') : t('app.loading')}</span>
        )
      ) : (
        <FilePdfOutlined aria-hidden className="ms-attachment-icon" />
      )}
      <div className="ms-attachment-body">
        <p className="ms-attachment-name">{a.fileName}</p>
        <p className="ms-muted">{meta}</p>
        <p className="ms-attachment-visibility">
          {isPublic ? <GlobalOutlined aria-hidden /> : <LockOutlined aria-hidden />} {isPublic ? t('attachments.public') : t('attachments.private')}
        </p>
        {!image ? (
          <Button icon={<DownloadOutlined aria-hidden />} onClick={() => void download()} loading={saving} aria-label={t('attachments.download', { name: a.fileName })}>
            {t('attachments.downloadShort')}
          </Button>
        ) : null}
        <p aria-live="polite" className="ms-saved">
          {saved}
        </p>
        {publishable ? (
          <>
            <Checkbox checked={isPublic} disabled={fetching} onChange={(e) => void toggle(e.target.checked)}>
              {t('attachments.makePublic')}
            </Checkbox>
            <p className="ms-muted">{t('attachments.makePublicHelp')}</p>
            <ApiErrorAlert problems={problems} />
          </>
        ) : null}
      </div>
    </li>
  );
}
