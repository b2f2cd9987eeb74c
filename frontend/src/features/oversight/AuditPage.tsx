/**
 * Audit (SPEC §9): walk the whole tamper-evident event log on demand and say whether it is
 * intact or which entry broke, and read the log of who revealed a confidential complainant.
 * Each verification is itself recorded in the log by the server.
 */
import { CheckCircleOutlined, SafetyCertificateOutlined, WarningOutlined } from '@ant-design/icons';
import { Button, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useClient } from 'urql';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageHeading } from '../../components/PageHeading';
import { usePagedTickets } from '../../components/usePagedTickets';
import type { IdentityViewsQuery, VerifyAuditChainQuery as VerifyResult } from '../../gql/graphql';
import { problemsOf, type ApiProblem } from '../../lib/errors';
import { formatDateTime } from '../../lib/time';
import { IdentityViewsQuery as IdentityViews, VerifyAuditChainQuery } from './queries';

type Verification = VerifyResult['verifyAuditChain'];
type ViewRow = IdentityViewsQuery['identityViews']['nodes'][number];

export function AuditPage() {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ at: string; v: Verification } | null>(null);
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const views = usePagedTickets(IdentityViews, {}, (d) => d.identityViews);

  const verify = async () => {
    setBusy(true);
    setProblems([]);
    try {
      const r = await client.query(VerifyAuditChainQuery, {}, { requestPolicy: 'network-only' }).toPromise();
      if (r.data) setResult({ at: new Date().toISOString(), v: r.data.verifyAuditChain });
      else setProblems(problemsOf(r.error));
    } finally {
      setBusy(false);
    }
  };

  const v = result?.v;
  return (
    <div className="ms-page">
      <PageHeading>{t('audit.title')}</PageHeading>
      <p>{t('audit.intro')}</p>
      <section className="ms-section" aria-labelledby="verify-heading">
        <h2 id="verify-heading">{t('audit.verifyTitle')}</h2>
        <p>{t('audit.verifyIntro')}</p>
        <Button type="primary" icon={<SafetyCertificateOutlined aria-hidden />} onClick={verify} loading={busy}>
          {busy ? t('audit.verifying') : t('audit.verify')}
        </Button>
        <ApiErrorAlert problems={problems} />
        <div aria-live="polite" className="ms-audit-result">
          {v ? (
            v.intact ? (
              <div className="ms-result ms-result--good" role="status">
                <p className="ms-result-title">
                  <CheckCircleOutlined aria-hidden /> {t('audit.intact')}
                </p>
                <p data-metric="audit-checked">{t('audit.checked', { count: v.checked })}</p>
                <p className="ms-muted">{t('audit.verifiedAt', { at: formatDateTime(result.at, i18n.language) })}</p>
              </div>
            ) : (
              <div className="ms-result ms-result--bad" role="alert">
                <p className="ms-result-title">
                  <WarningOutlined aria-hidden /> {t('audit.broken')}
                </p>
                <dl className="ms-facts">
                  {v.firstBadSeq !== null ? (
                    <div>
                      <dt>{t('audit.position')}</dt>
                      <dd>{v.firstBadSeq}</dd>
                    </div>
                  ) : null}
                  <div>
                    <dt>{t('audit.entry')}</dt>
                    <dd className="ms-reference">{v.firstBadEntryId ?? t('audit.entryMissing')}</dd>
                  </div>
                  <div>
                    <dt>{t('audit.checkedBefore')}</dt>
                    <dd>{v.checked}</dd>
                  </div>
                  {v.problem ? (
                    <div>
                      <dt>{t('audit.problem')}</dt>
                      <dd>{t('errors.detail', { message: v.problem })}</dd>
                    </div>
                  ) : null}
                </dl>
                <p>{t('audit.brokenAdvice')}</p>
              </div>
            )
          ) : null}
        </div>
      </section>

      <section className="ms-section" aria-labelledby="views-heading">
        <h2 id="views-heading">{t('audit.viewsTitle')}</h2>
        <p>{t('audit.viewsIntro')}</p>
        <ApiErrorAlert error={views.error} />
        <p className="ms-count" aria-live="polite">
          {views.fetching && views.rows.length === 0 ? t('app.loading') : t('common.total', { count: views.totalCount })}
        </p>
        <Table<ViewRow>
          rowKey="id"
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={views.rows}
          loading={views.fetching}
          caption={<span className="ms-visually-hidden">{t('audit.viewsTitle')}</span>}
          locale={{ emptyText: <span className="ms-empty">{t('common.noData')}</span> }}
          columns={[
            { key: 'at', title: t('audit.viewedAt'), render: (_, r) => formatDateTime(r.viewedAt, i18n.language) },
            {
              key: 'ticket',
              title: t('tickets.reference'),
              render: (_, r) => (
                <Link to={`/tickets/${r.ticketId}`} className="ms-reference">
                  {r.ticketReference}
                </Link>
              ),
            },
            { key: 'viewer', title: t('audit.viewer'), render: (_, r) => r.viewerName },
            {
              key: 'role',
              title: t('audit.viewerRole'),
              render: (_, r) => {
                const key = `enums.Role.${r.viewerRole.toUpperCase()}`;
                return i18n.exists(key) ? t(key) : r.viewerRole;
              },
            },
          ]}
        />
        <Space className="ms-after-table">
          {views.hasMore ? <Button onClick={views.loadMore}>{t('common.loadMore')}</Button> : null}
          <Button onClick={views.refresh}>{t('common.reload')}</Button>
        </Space>
      </section>
    </div>
  );
}
