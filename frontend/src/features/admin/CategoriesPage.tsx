import { Button, Checkbox, Form, Input, Select, Space, Table } from 'antd';
import { FormSelect } from '../../components/FormSelect';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { clearErrorsOnChange, showProblemsOnForm } from '../../components/FormProblems';
import { PageHeading } from '../../components/PageHeading';
import type { AdminCategoriesQuery as Result, TicketKind } from '../../gql/graphql';
import { problemsOf, type ApiProblem } from '../../lib/errors';
import { useLocalName } from '../catalogue/hooks';
import { KINDS } from '../filing/TicketForm';
import { AdminCategoriesQuery, RemoveRouteMutation, SaveCategoryMutation, SetRouteMutation } from './queries';

type Category = Result['allCategories'][number];
interface Values {
  code: string;
  nameZh: string;
  nameEn: string;
  description?: string;
  groupName?: string;
  keywords?: string;
  defaultKind: TicketKind;
  active: boolean;
}

/** Categories (what residents choose from) and the routing catalogue (category → department). */
export function CategoriesPage() {
  const { t } = useTranslation();
  const name = useLocalName();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: AdminCategoriesQuery });
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  const [editing, setEditing] = useState<Category | 'new' | null>(null);
  const categories = data?.allCategories ?? [];
  return (
    <div className="ms-page">
      <PageHeading>{t('admin.categories.title')}</PageHeading>
      <p>{t('admin.categories.intro')}</p>
      <ApiErrorAlert error={error} />
      <Button type="primary" onClick={() => setEditing('new')}>
        {t('admin.new')}
      </Button>
      {editing ? (
        <CategoryForm
          key={editing === 'new' ? 'new' : editing.id}
          category={editing === 'new' ? null : editing}
          onDone={() => {
            setEditing(null);
            reload();
          }}
          onCancel={() => setEditing(null)}
        />
      ) : null}
      <Table<Category>
        className="ms-admin-table"
        rowKey="id"
        loading={fetching}
        dataSource={categories}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          { key: 'code', title: t('admin.code'), dataIndex: 'code' },
          { key: 'name', title: t('admin.name'), render: (_, c) => name(c) },
          { key: 'group', title: t('admin.categories.group'), dataIndex: 'groupName' },
          { key: 'kind', title: t('admin.categories.defaultKind'), render: (_, c) => t(`enums.TicketKind.${c.defaultKind}`) },
          { key: 'active', title: t('admin.active'), render: (_, c) => (c.active ? t('common.yes') : t('common.no')) },
          {
            key: 'edit',
            title: t('admin.actions'),
            render: (_, c) => (
              <Button onClick={() => setEditing(c)} aria-label={`${t('admin.edit')} ${name(c)}`}>
                {t('admin.edit')}
              </Button>
            ),
          },
        ]}
      />
      {data ? <Routing data={data} onChanged={reload} /> : null}
    </div>
  );
}

function CategoryForm({ category, onDone, onCancel }: { category: Category | null; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [{ fetching }, save] = useMutation(SaveCategoryMutation);
  const [general, setGeneral] = useState<ApiProblem[]>([]);
  const required = (label: string) => [{ required: true, whitespace: true, message: t('errors.required', { field: label }) }];
  return (
    <section className="ms-section ms-edit-panel" aria-labelledby="category-form-title">
      <h2 id="category-form-title">{category ? t('admin.editing', { name: category.nameZh }) : t('admin.categories.new')}</h2>
      <Form<Values>
        form={form}
        onValuesChange={clearErrorsOnChange(form)}
        layout="vertical"
        className="ms-one-column"
        initialValues={category ?? { active: true, defaultKind: 'COMPLAINT' }}
        onFinish={async (v) => {
          setGeneral([]);
          const r = await save({
            id: category?.id,
            input: {
              code: v.code.trim(),
              nameZh: v.nameZh.trim(),
              nameEn: v.nameEn.trim(),
              description: v.description?.trim() ?? '',
              groupName: v.groupName?.trim() ?? '',
              keywords: v.keywords?.trim() ?? '',
              defaultKind: v.defaultKind,
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
        <Form.Item name="groupName" label={t('admin.categories.group')}>
          <Input />
        </Form.Item>
        <Form.Item name="description" label={t('admin.categories.description')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="keywords" label={t('admin.categories.keywords')} extra={t('admin.categories.keywordsHelp')}>
          <Input />
        </Form.Item>
        <Form.Item name="defaultKind" label={t('admin.categories.defaultKind')}>
          <Select options={KINDS.map((k) => ({ value: k, label: t(`enums.TicketKind.${k}`) }))} />
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

type Rule = Result['routingRules'][number];

function Routing({ data, onChanged }: { data: Result; onChanged: () => void }) {
  const { t } = useTranslation();
  const name = useLocalName();
  const [form] = Form.useForm<{ categoryId: string; district?: string; departmentId: string }>();
  const [{ fetching }, setRoute] = useMutation(SetRouteMutation);
  const [, removeRoute] = useMutation(RemoveRouteMutation);
  const [general, setGeneral] = useState<ApiProblem[]>([]);
  const categories = new Map(data.allCategories.map((c) => [c.id, c]));
  const departments = new Map(data.allDepartments.map((d) => [d.id, d]));
  return (
    <section className="ms-section" aria-labelledby="routing-title">
      <h2 id="routing-title">{t('admin.routing.title')}</h2>
      <p>{t('admin.routing.intro')}</p>
      <Table<Rule>
        rowKey="id"
        dataSource={data.routingRules}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('common.noData') }}
        columns={[
          { key: 'category', title: t('admin.routing.category'), render: (_, r) => name(categories.get(r.categoryId)) },
          { key: 'district', title: t('admin.routing.district'), render: (_, r) => r.district || t('admin.routing.cityWide') },
          { key: 'department', title: t('admin.routing.department'), render: (_, r) => name(departments.get(r.departmentId)) },
          {
            key: 'remove',
            title: t('admin.actions'),
            render: (_, r) => (
              <Button
                danger
                onClick={async () => {
                  const res = await removeRoute({ id: r.id });
                  if (res.error) setGeneral(problemsOf(res.error));
                  else onChanged();
                }}
              >
                {t('admin.remove')}
              </Button>
            ),
          },
        ]}
      />
      <h3>{t('admin.routing.add')}</h3>
      <Form
        form={form}
        onValuesChange={clearErrorsOnChange(form)}
        layout="vertical"
        className="ms-one-column"
        onFinish={async (v) => {
          setGeneral([]);
          const r = await setRoute({ categoryId: v.categoryId, district: v.district?.trim() ?? '', departmentId: v.departmentId });
          if (r.data) {
            form.resetFields();
            onChanged();
          } else setGeneral(showProblemsOnForm(form, problemsOf(r.error), t));
        }}
      >
        <Form.Item name="categoryId" label={t('admin.routing.category')} rules={[{ required: true, message: t('errors.required', { field: t('admin.routing.category') }) }]}>
          <FormSelect showSearch optionFilterProp="label" options={data.allCategories.map((c) => ({ value: c.id, label: name(c) }))} />
        </Form.Item>
        <Form.Item name="district" label={t('admin.routing.district')} extra={t('admin.routing.districtHelp')}>
          <Input />
        </Form.Item>
        <Form.Item name="departmentId" label={t('admin.routing.department')} rules={[{ required: true, message: t('errors.required', { field: t('admin.routing.department') }) }]}>
          <FormSelect showSearch optionFilterProp="label" options={data.allDepartments.filter((d) => d.active).map((d) => ({ value: d.id, label: name(d) }))} />
        </Form.Item>
        <ApiErrorAlert problems={general} />
        <Button type="primary" htmlType="submit" loading={fetching}>
          {t('admin.routing.save')}
        </Button>
      </Form>
    </section>
  );
}
