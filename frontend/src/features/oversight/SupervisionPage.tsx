/**
 * Supervision orders (督办单). Supervisors see every order, issue new ones (to the department of
 * an open ticket, found by its reference) and read the departments' answers; agents read them
 * all; staff see their own department's orders and answer each once.
 */
import { CheckCircleOutlined, ClockCircleOutlined, RobotOutlined } from '@ant-design/icons';
import { Button, Checkbox, DatePicker, Form, Input, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useClient, useMutation } from 'urql';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { clearErrorsOnChange, showProblemsOnForm } from '../../components/FormProblems';
import { PageHeading } from '../../components/PageHeading';
import { usePagedTickets } from '../../components/usePagedTickets';
import type { SupervisionOrderFieldsFragment } from '../../gql/graphql';
import { problemsOf, type ApiProblem } from '../../lib/errors';
import { formatDateTime, pickerToInstant } from '../../lib/time';
import { useAuth } from '../auth/AuthProvider';
import { useDepartmentOptions, useDepartments, useLocalName } from '../catalogue/hooks';
import { IssueSupervisionMutation, RespondToSupervisionMutation, SupervisionOrdersQuery, TicketToSuperviseQuery } from './queries';

export function SupervisionPage() {
  const { t } = useTranslation();
  const { role } = useAuth();
  const [openOnly, setOpenOnly] = useState(false);
  const [departmentId, setDepartmentId] = useState<string | null>(null);
  const { options: departmentOptions } = useDepartmentOptions();
  const list = usePagedTickets(
    SupervisionOrdersQuery,
    { openOnly, departmentId },
    (d) => d.supervisionOrders,
  );
  const staff = role === 'STAFF';
  return (
    <div className="ms-page">
      <PageHeading>{t('supervision.title')}</PageHeading>
      <p>{t(staff ? 'supervision.introStaff' : 'supervision.intro')}</p>
      {role === 'SUPERVISOR' ? <IssueOrder onIssued={list.refresh} /> : null}
      <section className="ms-filters" aria-label={t('filters.legend')}>
        <Form layout="inline">
          {!staff ? (
            <Form.Item label={t('filters.department')} htmlFor="orders-department">
              <Select
                id="orders-department"
                allowClear
                showSearch
                optionFilterProp="label"
                className="ms-filter-select"
                placeholder={t('common.any')}
                value={departmentId ?? undefined}
                onChange={(v?: string) => setDepartmentId(v ?? null)}
                options={departmentOptions}
              />
            </Form.Item>
          ) : null}
          <Form.Item>
            <Checkbox checked={openOnly} onChange={(e) => setOpenOnly(e.target.checked)}>
              {t('supervision.openOnly')}
            </Checkbox>
          </Form.Item>
        </Form>
      </section>
      <ApiErrorAlert error={list.error} />
      <p className="ms-count" aria-live="polite">
        {list.fetching && list.rows.length === 0 ? t('app.loading') : t('common.total', { count: list.totalCount })}
      </p>
      {!list.fetching && list.rows.length === 0 ? <p className="ms-empty">{t('supervision.none')}</p> : null}
      <ol className="ms-plain-list ms-orders">
        {list.rows.map((o) => (
          <li key={o.id}>
            <OrderCard order={o} canAnswer={staff} onAnswered={list.refresh} />
          </li>
        ))}
      </ol>
      <Space className="ms-after-table">
        {list.hasMore ? <Button onClick={list.loadMore}>{t('common.loadMore')}</Button> : null}
        <Button onClick={list.refresh}>{t('common.reload')}</Button>
      </Space>
    </div>
  );
}

function OrderCard({ order, canAnswer, onAnswered }: { order: SupervisionOrderFieldsFragment; canAnswer: boolean; onAnswered: () => void }) {
  const { t, i18n } = useTranslation();
  const { departments } = useDepartments();
  const name = useLocalName();
  const department = departments.find((d) => d.id === order.departmentId);
  const answered = order.response !== null;
  return (
    <article className="ms-section ms-order" aria-labelledby={`order-${order.id}`}>
      <h2 id={`order-${order.id}`} className="ms-order-title">
        <Link to={`/tickets/${order.ticketId}`} className="ms-reference">
          {order.ticketReference}
        </Link>{' '}
        {department ? <span>{name(department)}</span> : null}
      </h2>
      <p className="ms-status-line">
        {answered ? (
          <span className="ms-flag ms-flag--good">
            <CheckCircleOutlined aria-hidden /> {t('supervision.answered')}
          </span>
        ) : (
          <span className="ms-flag ms-flag--bad">
            <ClockCircleOutlined aria-hidden /> {t('supervision.unanswered')}
          </span>
        )}
        {order.automatic ? (
          <span className="ms-flag">
            <RobotOutlined aria-hidden /> {t('supervision.automatic')}
          </span>
        ) : null}
      </p>
      <dl className="ms-facts">
        <div>
          <dt>{t('supervision.issuedAt')}</dt>
          <dd>{formatDateTime(order.createdAt, i18n.language)}</dd>
        </div>
        {order.dueAt ? (
          <div>
            <dt>{t('supervision.dueAt')}</dt>
            <dd>{formatDateTime(order.dueAt, i18n.language)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('supervision.reason')}</dt>
          <dd className="ms-pre">{order.reason}</dd>
        </div>
        {answered ? (
          <div>
            <dt>{t('supervision.response')}</dt>
            <dd className="ms-pre">
              {order.response}
              {order.respondedAt ? <span className="ms-muted"> ({formatDateTime(order.respondedAt, i18n.language)})</span> : null}
            </dd>
          </div>
        ) : null}
      </dl>
      {canAnswer && !answered ? <AnswerForm orderId={order.id} onAnswered={onAnswered} /> : null}
    </article>
  );
}

function AnswerForm({ orderId, onAnswered }: { orderId: string; onAnswered: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ response: string }>();
  const [{ fetching }, respond] = useMutation(RespondToSupervisionMutation);
  const [general, setGeneral] = useState<ApiProblem[]>([]);
  return (
    <Form
      form={form}
      layout="vertical"
      onValuesChange={clearErrorsOnChange(form)}
      onFinish={async (v) => {
        setGeneral([]);
        const r = await respond({ orderId, response: v.response });
        if (r.data) onAnswered();
        else setGeneral(showProblemsOnForm(form, problemsOf(r.error), t));
      }}
    >
      <Form.Item name="response" label={t('supervision.answer')} rules={[{ required: true, whitespace: true, message: t('errors.rule.empty') }]}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <ApiErrorAlert problems={general} />
      <Button type="primary" htmlType="submit" loading={fetching}>
        {t('supervision.sendAnswer')}
      </Button>
    </Form>
  );
}

interface IssueValues {
  reference: string;
  reason: string;
  dueAt?: Dayjs;
}

/** A new order: the ticket by its reference (it must be open), the reason, an optional due time. */
function IssueOrder({ onIssued }: { onIssued: () => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const [form] = Form.useForm<IssueValues>();
  const [busy, setBusy] = useState(false);
  const [general, setGeneral] = useState<ApiProblem[]>([]);
  const [done, setDone] = useState<string | null>(null);
  return (
    <section className="ms-section" aria-labelledby="issue-heading">
      <h2 id="issue-heading">{t('supervision.issueTitle')}</h2>
      <p>{t('supervision.issueIntro')}</p>
      <Form<IssueValues>
        form={form}
        layout="vertical"
        onValuesChange={(changed) => {
          setDone(null);
          clearErrorsOnChange(form)(changed);
        }}
        onFinish={async (v) => {
          setGeneral([]);
          setDone(null);
          setBusy(true);
          try {
            const reference = v.reference.trim().toUpperCase();
            const found = await client.query(TicketToSuperviseQuery, { reference }, { requestPolicy: 'network-only' }).toPromise();
            const ticket = found.data?.ticketByReference;
            if (!ticket) {
              const problems = problemsOf(found.error);
              form.setFields([{ name: 'reference', errors: [t('supervision.noSuchTicket')] }]);
              if (problems.some((p) => p.code !== 'NOT_FOUND' && p.code !== 'BAD_USER_INPUT')) setGeneral(problems);
              return;
            }
            if (!ticket.availableActions.includes('SUPERVISE')) {
              form.setFields([{ name: 'reference', errors: [t('supervision.cannotSupervise')] }]);
              return;
            }
            const r = await client
              .mutation(IssueSupervisionMutation, {
                id: ticket.id,
                reason: v.reason,
                dueAt: v.dueAt ? pickerToInstant(v.dueAt) : null,
                expectedVersion: ticket.version,
              })
              .toPromise();
            if (r.data) {
              form.resetFields();
              setDone(t('supervision.issued', { reference: ticket.reference }));
              onIssued();
            } else {
              setGeneral(showProblemsOnForm(form, problemsOf(r.error), t));
            }
          } finally {
            setBusy(false);
          }
        }}
      >
        <Form.Item name="reference" label={t('supervision.reference')} rules={[{ required: true, whitespace: true, message: t('errors.rule.empty') }]}>
          <Input placeholder="MS-2026-000123" autoComplete="off" />
        </Form.Item>
        <Form.Item name="reason" label={t('supervision.reason')} rules={[{ required: true, whitespace: true, message: t('errors.rule.empty') }]}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        <Form.Item name="dueAt" label={`${t('supervision.dueAt')}${t('common.optional')}`}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
        </Form.Item>
        <ApiErrorAlert problems={general} />
        <div aria-live="polite">{done ? <p className="ms-saved">{done}</p> : null}</div>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('supervision.issue')}
        </Button>
      </Form>
    </section>
  );
}
