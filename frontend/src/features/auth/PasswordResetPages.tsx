import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { clearErrorsOnChange, showProblemsOnForm } from '../../components/FormProblems';
import { PageHeading } from '../../components/PageHeading';
import { problemsOf, type ApiProblem } from '../../lib/errors';
import { RequestPasswordResetMutation, ResetPasswordMutation } from './queries';

/** Asks for a reset email. The answer is the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [{ fetching }, request] = useMutation(RequestPasswordResetMutation);
  const [sent, setSent] = useState(false);
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  return (
    <div className="ms-page ms-narrow">
      <PageHeading>{t('auth.forgotTitle')}</PageHeading>
      <p>{t('auth.forgotIntro')}</p>
      {sent ? (
        <Alert type="success" role="status" showIcon message={t('auth.forgotSent')} />
      ) : (
        <Form<{ email: string }>
          layout="vertical"
          className="ms-form ms-one-column"
          noValidate
          onFinish={async (v) => {
            const r = await request({ email: v.email.trim() });
            if (r.data) setSent(true);
            else setProblems(problemsOf(r.error));
          }}
        >
          <Form.Item
            name="email"
            label={t('auth.email')}
            rules={[{ required: true, whitespace: true, message: t('errors.required', { field: t('auth.email') }) }]}
          >
            <Input type="email" autoComplete="email" />
          </Form.Item>
          <ApiErrorAlert problems={problems} />
          <Form.Item>
            <Button type="primary" htmlType="submit" loading={fetching}>
              {t('auth.forgotSend')}
            </Button>
          </Form.Item>
        </Form>
      )}
    </div>
  );
}

/** Sets a new password with the token from the reset email: /reset-password?token=… */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [form] = Form.useForm<{ newPassword: string }>();
  const [{ fetching }, reset] = useMutation(ResetPasswordMutation);
  const [done, setDone] = useState(false);
  const [general, setGeneral] = useState<ApiProblem[]>([]);
  return (
    <div className="ms-page ms-narrow">
      <PageHeading>{t('auth.resetTitle')}</PageHeading>
      {!token ? <Alert type="warning" showIcon message={t('auth.resetMissingToken')} /> : null}
      {done ? (
        <Alert type="success" role="status" showIcon message={t('auth.resetDone')} action={<Link to="/login">{t('auth.signIn')}</Link>} />
      ) : token ? (
        <Form
          form={form}
        onValuesChange={clearErrorsOnChange(form)}
          layout="vertical"
          className="ms-form ms-one-column"
          onFinish={async (v) => {
            setGeneral([]);
            const r = await reset({ token, newPassword: v.newPassword });
            if (r.data?.resetPassword) setDone(true);
            else setGeneral(showProblemsOnForm(form, problemsOf(r.error), t, { password: 'newPassword' }));
          }}
        >
          <Form.Item
            name="newPassword"
            label={t('auth.newPassword')}
            extra={t('auth.passwordHelp')}
            rules={[
              { required: true, message: t('errors.required', { field: t('auth.newPassword') }) },
              { min: 10, message: t('errors.rule.tooShort', { min: 10 }) },
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <ApiErrorAlert problems={general} />
          <Form.Item>
            <Button type="primary" htmlType="submit" loading={fetching}>
              {t('auth.resetSubmit')}
            </Button>
          </Form.Item>
        </Form>
      ) : null}
    </div>
  );
}
