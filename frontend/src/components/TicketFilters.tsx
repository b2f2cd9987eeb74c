import { Button, Checkbox, Form, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Priority, TicketFilterInput, TicketState } from '../gql/graphql';
import { useCategoryOptions, useDepartmentOptions } from '../features/catalogue/hooks';
import { usePreferences } from '../preferences/PreferencesProvider';

export const ALL_STATES: TicketState[] = [
  'SUBMITTED',
  'DISPATCHED',
  'ACCEPTED',
  'AWAITING_RESIDENT',
  'REPLIED',
  'CLOSED',
  'RETURNED',
  'REFUSED',
  'WITHDRAWN',
  'MERGED',
];
const PRIORITIES: Priority[] = ['NORMAL', 'URGENT', 'CRITICAL'];

interface Values {
  text?: string;
  states?: TicketState[];
  priority?: Priority;
  categoryId?: string;
  departmentId?: string;
  overdue?: 'yes' | 'no';
  problem?: boolean;
}

/** Turns the form's values into the API's filter, leaving out what is not set. */
export function toFilter(v: Values): TicketFilterInput {
  const f: TicketFilterInput = {};
  if (v.text?.trim()) f.text = v.text.trim();
  if (v.states?.length) f.states = v.states;
  if (v.priority) f.priority = v.priority;
  if (v.categoryId) f.categoryId = v.categoryId;
  if (v.departmentId) f.departmentId = v.departmentId;
  if (v.overdue) f.overdue = v.overdue === 'yes';
  if (v.problem) f.problem = true;
  return f;
}

/** The filters above a ticket list; the list changes when the person presses Search. */
export function TicketFilters({
  onChange,
  states = ALL_STATES,
  withDepartment = false,
  withProblem = false,
}: {
  onChange: (filter: TicketFilterInput) => void;
  states?: TicketState[];
  withDepartment?: boolean;
  withProblem?: boolean;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { options: categoryOptions } = useCategoryOptions();
  const { options: departmentOptions } = useDepartmentOptions();
  const { elderly } = usePreferences();
  return (
    <section aria-label={t('filters.legend')} className="ms-filters">
      <Form
        form={form}
        layout={elderly ? 'vertical' : 'inline'}
        onFinish={(v) => onChange(toFilter(v))}
        className="ms-filters-form"
      >
        <Form.Item name="text" label={t('filters.text')}>
          <Input placeholder={t('filters.textPlaceholder')} allowClear />
        </Form.Item>
        <Form.Item name="states" label={t('filters.states')}>
          <Select
            mode="multiple"
            allowClear
            className="ms-filter-select"
            placeholder={t('common.any')}
            options={states.map((s) => ({ value: s, label: t(`enums.TicketState.${s}`) }))}
          />
        </Form.Item>
        <Form.Item name="priority" label={t('filters.priority')}>
          <Select
            allowClear
            className="ms-filter-select"
            placeholder={t('common.any')}
            options={PRIORITIES.map((p) => ({ value: p, label: t(`enums.Priority.${p}`) }))}
          />
        </Form.Item>
        <Form.Item name="categoryId" label={t('filters.category')}>
          <Select allowClear showSearch optionFilterProp="label" className="ms-filter-select" placeholder={t('common.any')} options={categoryOptions} />
        </Form.Item>
        {withDepartment ? (
          <Form.Item name="departmentId" label={t('filters.department')}>
            <Select allowClear showSearch optionFilterProp="label" className="ms-filter-select" placeholder={t('common.any')} options={departmentOptions} />
          </Form.Item>
        ) : null}
        <Form.Item name="overdue" label={t('filters.overdue')}>
          <Select
            allowClear
            className="ms-filter-select"
            placeholder={t('common.any')}
            options={[
              { value: 'yes', label: t('filters.overdueOnly') },
              { value: 'no', label: t('filters.notOverdue') },
            ]}
          />
        </Form.Item>
        {withProblem ? (
          <Form.Item name="problem" valuePropName="checked">
            <Checkbox>{t('filters.problem')}</Checkbox>
          </Form.Item>
        ) : null}
        <Form.Item>
          <Space wrap>
            <Button type="primary" htmlType="submit">
              {t('common.search')}
            </Button>
            <Button
              onClick={() => {
                form.resetFields();
                onChange({});
              }}
            >
              {t('common.reset')}
            </Button>
          </Space>
        </Form.Item>
      </Form>
    </section>
  );
}
