import { EyeOutlined, LockOutlined } from '@ant-design/icons';
import { Alert, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import type { Role, TicketDetailFieldsFragment } from '../../gql/graphql';
import { RevealIdentityMutation } from './queries';

type Contact = TicketDetailFieldsFragment['contact'];

/**
 * The complainant's contact details. For a confidential complainant they arrive masked; agents
 * and supervisors may reveal them after confirming that the view is logged.
 */
export function ContactDetails({ ticket, role }: { ticket: TicketDetailFieldsFragment; role: Role | null }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [revealed, setRevealed] = useState<Contact | null>(null);
  const [{ fetching, error }, reveal] = useMutation(RevealIdentityMutation);
  const contact = revealed ?? ticket.contact;
  const mayReveal = ticket.confidential && (role === 'AGENT' || role === 'SUPERVISOR') && !revealed;
  return (
    <section className="ms-section" aria-labelledby="contact-heading">
      <h2 id="contact-heading">{t('tickets.contact')}</h2>
      {contact.masked && !revealed ? (
        <p>
          <LockOutlined aria-hidden /> {t('tickets.contactMasked')}
        </p>
      ) : null}
      {revealed ? <Alert type="info" role="status" showIcon message={t('tickets.revealed')} /> : null}
      <dl className="ms-facts">
        <div>
          <dt>{t('tickets.contactName')}</dt>
          <dd>{contact.name || t('common.none')}</dd>
        </div>
        <div>
          <dt>{t('tickets.contactPhone')}</dt>
          <dd>{contact.phone || t('common.none')}</dd>
        </div>
        <div>
          <dt>{t('tickets.contactEmail')}</dt>
          <dd>{contact.email || t('common.none')}</dd>
        </div>
      </dl>
      {mayReveal && !confirming ? (
        <Button icon={<EyeOutlined aria-hidden />} onClick={() => setConfirming(true)}>
          {t('tickets.reveal')}
        </Button>
      ) : null}
      {mayReveal && confirming ? (
        <div className="ms-confirm" role="group" aria-labelledby="reveal-confirm-title">
          <h3 id="reveal-confirm-title">{t('tickets.revealConfirmTitle')}</h3>
          <p>{t('tickets.revealConfirmText')}</p>
          <ApiErrorAlert error={error} />
          <Space wrap>
            <Button
              type="primary"
              loading={fetching}
              onClick={async () => {
                const r = await reveal({ id: ticket.id });
                if (r.data?.revealIdentity) {
                  setRevealed(r.data.revealIdentity);
                  setConfirming(false);
                }
              }}
            >
              {t('tickets.revealConfirm')}
            </Button>
            <Button onClick={() => setConfirming(false)}>{t('common.cancel')}</Button>
          </Space>
        </div>
      ) : null}
    </section>
  );
}
