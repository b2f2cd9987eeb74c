import { Button, Checkbox, Form, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { clearErrorsOnChange, showProblemsOnForm } from '../../components/FormProblems';
import { PageHeading } from '../../components/PageHeading';
import type { AdminUsersQuery as Result } from '../../gql/graphql';
import { problemsOf, type ApiProblem } from '../../lib/errors';
import { useLocalName } from '../catalogue/hooks';
import { AdminUsersQuery, UpdateUserMutation } from './queries';

type User = Result['users'][number];
/** Role codes as the admin API takes them. */
const ROLES = ['resident', 'agent', 'staff', 'supervisor', 'admin'] as const;
const PAGE = 50;

/** Accounts: role, department, head of department, active. People sign up as residents. */
export function UsersPage() {
  const { t } = useTranslation();
  const name = useLocalName();
  const [role, setRole] = useState<string | undefined>(undefined);
  const [first, setFirst] = useState(PAGE);
  const [{ data, error, fetching }, reexecute] = useQuery({ query: AdminUsersQuery, variables: { role: role ?? null, departmentId: null, after: null, first } });
  const [editing, setEditing] = useState<User | null>(null);
  const users = data?.users ?? [];
  const departments = data?.allDepartments ?? [];
  const byId = new Map(departments.map((d) => [d.id, d]));
  const roleLabel = (r: string) => t(`enums.Role.${r.toUpperCase()}`, { defaultValue: r });
  return (
    <div className="ms-page">
      <PageHeading>{t('admin.users.title')}</PageHeading>
      <p>{t('admin.users.intro')}</p>
      <Form layout="inline" className="ms-filters">
        <Form.Item label={t('admin.users.role')} htmlFor="user-role-filter">
          <Select
            id="user-role-filter"
            allowClear
            className="ms-filter-select"
            placeholder={t('common.any')}
            value={role}
            onChange={(v) => {
              setRole(v);
              setFirst(PAGE);
            }}
            options={ROLES.map((r) => ({ value: r, label: roleLabel(r) }))}
          />
        </Form.Item>
      </Form>
      <ApiErrorAlert error={error} />
      {editing ? (
        <UserForm
          key={editing.id}
          user={editing}
          departments={departments}
          onDone={() => {
            setEditing(null);
            reexecute({ requestPolicy: 'network-only' });
          }}
          onCancel={() => setEditing(null)}
        />
      ) : null}
      <Table<User>
        className="ms-admin-table"
        rowKey="id"
        loading={fetching}
        dataSource={users}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          { key: 'name', title: t('admin.name'), dataIndex: 'displayName' },
          { key: 'email', title: t('auth.email'), dataIndex: 'email' },
          { key: 'role', title: t('admin.users.role'), render: (_, u) => roleLabel(u.role) },
          { key: 'department', title: t('admin.users.department'), render: (_, u) => name(u.departmentId ? byId.get(u.departmentId) : null) },
          { key: 'head', title: t('admin.users.head'), render: (_, u) => (u.isDepartmentHead ? t('common.yes') : t('common.no')) },
          { key: 'active', title: t('admin.active'), render: (_, u) => (u.active ? t('common.yes') : t('common.no')) },
          {
            key: 'edit',
            title: t('admin.actions'),
            render: (_, u) => (
              <Button onClick={() => setEditing(u)} aria-label={`${t('admin.edit')} ${u.displayName}`}>
                {t('admin.edit')}
              </Button>
            ),
          },
        ]}
      />
      {users.length >= first ? (
        <Button className="ms-after-table" onClick={() => setFirst((f) => Math.min(f + PAGE, 100))} disabled={first >= 100}>
          {t('common.loadMore')}
        </Button>
      ) : null}
    </div>
  );
}

function UserForm({
  user,
  departments,
  onDone,
  onCancel,
}: {
  user: User;
  departments: Result['allDepartments'];
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const name = useLocalName();
  const [form] = Form.useForm<{ role: string; departmentId?: string; isDepartmentHead: boolean; active: boolean }>();
  const role = Form.useWatch('role', form);
  const [{ fetching }, update] = useMutation(UpdateUserMutation);
  const [general, setGeneral] = useState<ApiProblem[]>([]);
  return (
    <section className="ms-section ms-edit-panel" aria-labelledby="user-form-title">
      <h2 id="user-form-title">{t('admin.editing', { name: user.displayName })}</h2>
      <Form
        form={form}
        onValuesChange={clearErrorsOnChange(form)}
        layout="vertical"
        className="ms-one-column"
        initialValues={{ ...user, departmentId: user.departmentId ?? undefined }}
        onFinish={async (v) => {
          setGeneral([]);
          const r = await update({
            id: user.id,
            role: v.role,
            departmentId: v.role === 'staff' ? v.departmentId : undefined,
            isDepartmentHead: v.role === 'staff' && !!v.isDepartmentHead,
            active: !!v.active,
          });
          if (r.data?.updateUser) onDone();
          else setGeneral(showProblemsOnForm(form, problemsOf(r.error), t));
        }}
      >
        <Form.Item name="role" label={t('admin.users.role')}>
          <Select options={ROLES.map((r) => ({ value: r, label: t(`enums.Role.${r.toUpperCase()}`) }))} />
        </Form.Item>
        {role === 'staff' ? (
          <>
            <Form.Item
              name="departmentId"
              label={t('admin.users.department')}
              rules={[{ required: true, message: t('errors.required', { field: t('admin.users.department') }) }]}
            >
              <Select showSearch optionFilterProp="label" options={departments.filter((d) => d.active).map((d) => ({ value: d.id, label: name(d) }))} />
            </Form.Item>
            <Form.Item name="isDepartmentHead" valuePropName="checked">
              <Checkbox>{t('admin.users.head')}</Checkbox>
            </Form.Item>
          </>
        ) : null}
        <Form.Item name="active" valuePropName="checked">
          <Checkbox>{t('admin.active')}</Checkbox>
        </Form.Item>
        <ApiErrorAlert problems={general} />
        <Space wrap>
          <Button type="primary" htmlType="submit" loading={fetching}>
            {t('admin.save')}
          </Button>
          <Button onClick={onCancel}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </section>
  );
}
