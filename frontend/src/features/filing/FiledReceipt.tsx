import { CheckCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CopyButton } from '../../components/CopyButton';
import type { Filed } from './TicketForm';

/**
 * What the filer sees after filing: the reference and, for an anonymous filer, the tracking
 * code. The code is shown this once only (the server never shows it again), large, with a copy
 * button.
 */
export function FiledReceipt({ filed, signedIn, onAnother }: { filed: Filed; signedIn: boolean; onAnother: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { ticket, trackingCode } = filed;
  return (
    <Card className="ms-receipt">
      <h2 ref={heading} tabIndex={-1} className="ms-receipt-title">
        <CheckCircleOutlined aria-hidden /> {t('filing.receiptTitle')}
      </h2>
      {filed.replayed ? <p>{t('filing.receiptReplayed')}</p> : null}
      <dl className="ms-receipt-facts">
        <dt>{t('filing.reference')}</dt>
        <dd>
          <span className="ms-code" data-testid="reference">
            {ticket.reference}
          </span>
          <CopyButton text={ticket.reference} label={t('filing.copyReference')} />
        </dd>
        {trackingCode ? (
          <>
            <dt>{t('filing.trackingCode')}</dt>
            <dd>
              <span className="ms-code ms-code--large" data-testid="tracking-code">
                {trackingCode}
              </span>
              <CopyButton text={trackingCode} label={t('filing.copyTrackingCode')} />
            </dd>
          </>
        ) : null}
      </dl>
      {trackingCode ? (
        <Alert type="warning" role="note" showIcon icon={<WarningOutlined aria-hidden />} message={t('filing.trackingCodeWarning')} />
      ) : null}
      <Space wrap className="ms-receipt-actions">
        {signedIn ? (
          <Link className="ms-link-button ms-link-button--primary" to={`/tickets/${ticket.id}`}>
            {t('filing.viewTicket')}
          </Link>
        ) : (
          <Link className="ms-link-button ms-link-button--primary" to={`/track?reference=${encodeURIComponent(ticket.reference)}`}>
            {t('filing.trackNow')}
          </Link>
        )}
        <Button onClick={onAnother}>{t('filing.fileAnother')}</Button>
      </Space>
    </Card>
  );
}
