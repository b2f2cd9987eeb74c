import { Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageHeading } from '../../components/PageHeading';
import { problemsOf, type ApiProblem } from '../../lib/errors';
import { useAuth } from './AuthProvider';
import { homeFor, safeNext } from './navigation';
import { LoginMutation } from './queries';

interface Values {
  email: string;
  password: string;
}

export function LoginPage() {
  const { t } = useTranslation();
  const { signIn } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [{ fetching }, login] = useMutation(LoginMutation);
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const submit = async (v: Values) => {
    setProblems([]);
    const r = await login({ email: v.email.trim(), password: v.password });
    const session = r.data?.login;
    if (session) {
      signIn(session);
      navigate(safeNext(params.get('next')) ?? homeFor(session.user.role), { replace: true });
      return;
    }
    setProblems(problemsOf(r.error));
  };
  const wrongCredentials = problems.some((p) => p.code === 'UNAUTHENTICATED');
  return (
    <div className="ms-page ms-narrow">
      <PageHeading>{t('auth.signInTitle')}</PageHeading>
      <Form<Values> layout="vertical" className="ms-form ms-one-column" onFinish={submit} noValidate>
        <Form.Item
          name="email"
          label={t('auth.email')}
          rules={[{ required: true, whitespace: true, message: t('errors.required', { field: t('auth.email') }) }]}
        >
          <Input type="email" autoComplete="username" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('auth.password')}
          rules={[{ required: true, message: t('errors.required', { field: t('auth.password') }) }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        {wrongCredentials ? (
          <ApiErrorAlert problems={[{ code: 'UNAUTHENTICATED', message: t('auth.badCredentials') }]} />
        ) : (
          <ApiErrorAlert problems={problems} />
        )}
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={fetching}>
            {t('auth.signIn')}
          </Button>
        </Form.Item>
      </Form>
      <p>
        <Link to="/forgot-password">{t('auth.forgotPassword')}</Link>
      </p>
      <p>
        {t('auth.noAccount')} <Link to="/register">{t('auth.register')}</Link>
      </p>
    </div>
  );
}
