import { Button, Checkbox, Form, Input, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { clearErrorsOnChange, showProblemsOnForm } from '../../components/FormProblems';
import { PageHeading } from '../../components/PageHeading';
import type { AdminDepartmentsQuery as Result } from '../../gql/graphql';
import { problemsOf, type ApiProblem } from '../../lib/errors';
import { useLocalName } from '../catalogue/hooks';
import { AdminDepartmentsQuery, SaveDepartmentMutation } from './queries';

type Department = Result['allDepartments'][number];
interface Values {
  code: string;
  nameZh: string;
  nameEn: string;
  parentId?: string;
  calendarId?: string;
  active: boolean;
}

/** Departments and their hierarchy (a district over its street offices). */
export function DepartmentsPage() {
  const { t } = useTranslation();
  const name = useLocalName();
  const [{ data, error, fetching }, reload] = useQuery({ query: AdminDepartmentsQuery });
  const [editing, setEditing] = useState<Department | 'new' | null>(null);
  const departments = data?.allDepartments ?? [];
  const byId = new Map(departments.map((d) => [d.id, d]));
  return (
    <div className="ms-page">
      <PageHeading>{t('admin.departments.title')}</PageHeading>
      <p>{t('admin.departments.intro')}</p>
      <ApiErrorAlert error={error} />
      <Button type="primary" onClick={() => setEditing('new')}>
        {t('admin.new')}
      </Button>
      {editing ? (
        <DepartmentForm
          key={editing === 'new' ? 'new' : editing.id}
          department={editing === 'new' ? null : editing}
          departments={departments}
          calendars={data?.calendars ?? []}
          onDone={() => {
            setEditing(null);
            reload({ requestPolicy: 'network-only' });
          }}
          onCancel={() => setEditing(null)}
        />
      ) : null}
      <Table<Department>
        className="ms-admin-table"
        rowKey="id"
        loading={fetching}
        dataSource={departments}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          { key: 'code', title: t('admin.code'), dataIndex: 'code' },
          { key: 'nameZh', title: t('admin.nameZh'), dataIndex: 'nameZh' },
          { key: 'nameEn', title: t('admin.nameEn'), dataIndex: 'nameEn' },
          { key: 'parent', title: t('admin.departments.parent'), render: (_, d) => name(d.parentId ? byId.get(d.parentId) : null) },
          { key: 'active', title: t('admin.active'), render: (_, d) => (d.active ? t('common.yes') : t('common.no')) },
          {
            key: 'edit',
            title: t('admin.actions'),
            render: (_, d) => (
              <Button onClick={() => setEditing(d)} aria-label={`${t('admin.edit')} ${d.nameZh}`}>
                {t('admin.edit')}
              </Button>
            ),
          },
        ]}
      />
    </div>
  );
}

function DepartmentForm({
  department,
  departments,
  calendars,
  onDone,
  onCancel,
}: {
  department: Department | null;
  departments: Department[];
  calendars: { id: string; name: string }[];
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const name = useLocalName();
  const [form] = Form.useForm<Values>();
  const [{ fetching }, save] = useMutation(SaveDepartmentMutation);
  const [general, setGeneral] = useState<ApiProblem[]>([]);
  const required = (label: string) => [{ required: true, whitespace: true, message: t('errors.required', { field: label }) }];
  return (
    <section className="ms-section ms-edit-panel" aria-labelledby="department-form-title">
      <h2 id="department-form-title">{department ? t('admin.editing', { name: department.nameZh }) : t('admin.departments.new')}</h2>
      <Form<Values>
        form={form}
        onValuesChange={clearErrorsOnChange(form)}
        layout="vertical"
        className="ms-one-column"
        initialValues={department ? { ...department, parentId: department.parentId ?? undefined } : { active: true }}
        onFinish={async (v) => {
          setGeneral([]);
          const r = await save({
            id: department?.id,
            input: {
              code: v.code.trim(),
              nameZh: v.nameZh.trim(),
              nameEn: v.nameEn.trim(),
              parentId: v.parentId || undefined,
              calendarId: v.calendarId || undefined,
              active: !!v.active,
            },
          });
          if (r.data) onDone();
          else setGeneral(showProblemsOnForm(form, problemsOf(r.error), t));
        }}
      >
        <Form.Item name="code" label={t('admin.code')} rules={required(t('admin.code'))}>
          <Input />
        </Form.Item>
        <Form.Item name="nameZh" label={t('admin.nameZh')} rules={required(t('admin.nameZh'))}>
          <Input />
        </Form.Item>
        <Form.Item name="nameEn" label={t('admin.nameEn')} rules={required(t('admin.nameEn'))}>
          <Input />
        </Form.Item>
        <Form.Item name="parentId" label={t('admin.departments.parent')}>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('common.none')}
            options={departments.filter((d) => d.id !== department?.id).map((d) => ({ value: d.id, label: name(d) }))}
          />
        </Form.Item>
        <Form.Item name="calendarId" label={t('admin.departments.calendar')} extra={t('admin.departments.calendarHelp')}>
          <Select allowClear placeholder={t('common.none')} options={calendars.map((c) => ({ value: c.id, label: c.name }))} />
        </Form.Item>
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
