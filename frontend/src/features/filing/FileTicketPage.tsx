import { Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { useAuth } from '../auth/AuthProvider';
import { FiledReceipt } from './FiledReceipt';
import { TicketForm, type Filed } from './TicketForm';

/** Filing by a resident, signed in or anonymous. */
export function FileTicketPage() {
  return <FilingPage mode="public" />;
}

/** An agent registers a phone call as a ticket on the caller's behalf. */
export function PhoneIntakePage() {
  return <FilingPage mode="intake" />;
}

function FilingPage({ mode }: { mode: 'public' | 'intake' }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const [filed, setFiled] = useState<Filed | null>(null);
  // A new form (and a new idempotency key) for each filing.
  const [formKey, setFormKey] = useState(0);
  const intake = mode === 'intake';
  return (
    <div className="ms-page ms-narrow">
      <PageHeading>{intake ? t('filing.intakeTitle') : t('filing.title')}</PageHeading>
      {filed ? (
        <FiledReceipt
          filed={filed}
          signedIn={!!user}
          onAnother={() => {
            setFiled(null);
            setFormKey((k) => k + 1);
          }}
        />
      ) : (
        <>
          <Typography.Paragraph>{intake ? t('filing.intakeIntro') : t('filing.intro')}</Typography.Paragraph>
          <TicketForm key={formKey} mode={mode} onFiled={setFiled} />
        </>
      )}
    </div>
  );
}
