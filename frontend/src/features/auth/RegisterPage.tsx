import { Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { clearErrorsOnChange, showProblemsOnForm } from '../../components/FormProblems';
import { PageHeading } from '../../components/PageHeading';
import { problemsOf, type ApiProblem } from '../../lib/errors';
import { useAuth } from './AuthProvider';
import { RegisterMutation } from './queries';

interface Values {
  email: string;
  password: string;
  displayName: string;
  phone?: string;
}

export function RegisterPage() {
  const { t, i18n } = useTranslation();
  const { signIn } = useAuth();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [{ fetching }, register] = useMutation(RegisterMutation);
  const [general, setGeneral] = useState<ApiProblem[]>([]);
  const submit = async (v: Values) => {
    setGeneral([]);
    const r = await register({
      input: {
        email: v.email.trim(),
        password: v.password,
        displayName: v.displayName.trim(),
        phone: v.phone?.trim() || undefined,
        locale: i18n.language === 'en' ? 'EN' : 'ZH_CN',
      },
    });
    const session = r.data?.register;
    if (session) {
      signIn(session);
      navigate('/my', { replace: true });
      return;
    }
    setGeneral(showProblemsOnForm(form, problemsOf(r.error), t, { name: 'displayName' }));
  };
  const required = (label: string) => [{ required: true, whitespace: true, message: t('errors.required', { field: label }) }];
  return (
    <div className="ms-page ms-narrow">
      <PageHeading>{t('auth.registerTitle')}</PageHeading>
      <Form<Values> form={form}
        onValuesChange={clearErrorsOnChange(form)} layout="vertical" className="ms-form ms-one-column" onFinish={submit} noValidate>
        <Form.Item name="email" label={t('auth.email')} rules={required(t('auth.email'))}>
          <Input type="email" autoComplete="email" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('auth.password')}
          extra={t('auth.passwordHelp')}
          rules={[...required(t('auth.password')), { min: 10, message: t('errors.rule.tooShort', { min: 10 }) }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="displayName" label={t('auth.displayName')} extra={t('auth.displayNameHelp')} rules={required(t('auth.displayName'))}>
          <Input autoComplete="name" maxLength={100} />
        </Form.Item>
        <Form.Item name="phone" label={`${t('auth.phone')} ${t('common.optional')}`}>
          <Input inputMode="tel" autoComplete="tel" maxLength={20} />
        </Form.Item>
        <ApiErrorAlert problems={general} />
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={fetching}>
            {t('auth.register')}
          </Button>
        </Form.Item>
      </Form>
      <p>
        {t('auth.haveAccount')} <Link to="/login">{t('auth.signIn')}</Link>
      </p>
    </div>
  );
}
