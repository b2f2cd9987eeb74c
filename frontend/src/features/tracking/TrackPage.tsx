import { Alert, Button, Card, Descriptions, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageHeading } from '../../components/PageHeading';
import { StateTag } from '../../components/StateTag';
import { hasCode, problemsOf } from '../../lib/errors';
import { formatDateTime } from '../../lib/time';
import { TicketTimeline } from '../tickets/Timeline';
import { TicketAttachments } from '../attachments/TicketAttachments';
import { TrackTicketQuery } from './queries';

interface Values {
  reference: string;
  trackingCode: string;
}

/** Anyone with a reference and its tracking code sees the progress (no personal data). */
export function TrackPage() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const [asked, setAsked] = useState<Values | null>(null);
  const [{ data, error, fetching }] = useQuery({
    query: TrackTicketQuery,
    variables: asked ?? { reference: '', trackingCode: '' },
    pause: !asked,
    requestPolicy: 'network-only',
  });
  const problems = problemsOf(error);
  const tracked = data?.trackTicket;
  // A wrong code and an unknown reference look the same, by design.
  const notFound = hasCode(problems, 'NOT_FOUND') || hasCode(problems, 'BAD_USER_INPUT');
  return (
    <div className="ms-page ms-narrow">
      <PageHeading>{t('track.title')}</PageHeading>
      <p>{t('track.intro')}</p>
      <Form<Values>
        layout="vertical"
        className="ms-form ms-one-column"
        initialValues={{ reference: params.get('reference') ?? '' }}
        onFinish={(v) => setAsked({ reference: v.reference.trim(), trackingCode: v.trackingCode.trim() })}
      >
        <Form.Item
          name="reference"
          label={t('track.reference')}
          rules={[{ required: true, whitespace: true, message: t('errors.required', { field: t('track.reference') }) }]}
        >
          <Input placeholder={t('track.referencePlaceholder')} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="trackingCode"
          label={t('track.trackingCode')}
          rules={[{ required: true, whitespace: true, message: t('errors.required', { field: t('track.trackingCode') }) }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={fetching}>
            {t('track.submit')}
          </Button>
        </Form.Item>
      </Form>
      {notFound ? <Alert type="error" showIcon message={t('track.notFound')} /> : <ApiErrorAlert problems={problems} />}
      {tracked ? (
        <Card className="ms-track-result">
          <h2>{t('track.result')}</h2>
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label={t('tickets.reference')}>{tracked.reference}</Descriptions.Item>
            <Descriptions.Item label={t('tickets.titleColumn')}>{tracked.title}</Descriptions.Item>
            <Descriptions.Item label={t('tickets.state')}>
              <StateTag state={tracked.state} />
            </Descriptions.Item>
            <Descriptions.Item label={t('tickets.kind')}>{t(`enums.TicketKind.${tracked.kind}`)}</Descriptions.Item>
            <Descriptions.Item label={t('track.filedAt')}>{formatDateTime(tracked.filedAt, i18n.language)}</Descriptions.Item>
            {tracked.replyDue ? (
              <Descriptions.Item label={t('track.replyDue')}>{formatDateTime(tracked.replyDue, i18n.language)}</Descriptions.Item>
            ) : null}
            {tracked.repliedAt ? (
              <Descriptions.Item label={t('track.repliedAt')}>{formatDateTime(tracked.repliedAt, i18n.language)}</Descriptions.Item>
            ) : null}
            {tracked.closedAt ? (
              <Descriptions.Item label={t('track.closedAt')}>{formatDateTime(tracked.closedAt, i18n.language)}</Descriptions.Item>
            ) : null}
          </Descriptions>
          <h2>{t('tickets.timeline')}</h2>
          <TicketTimeline items={tracked.timeline} />
          {tracked.publicAttachments.length > 0 ? <TicketAttachments attachments={tracked.publicAttachments} /> : null}
        </Card>
      ) : null}
    </div>
  );
}
