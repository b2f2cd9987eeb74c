import { Button, Checkbox, Form, InputNumber, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { clearErrorsOnChange, showProblemsOnForm } from '../../components/FormProblems';
import { PageHeading } from '../../components/PageHeading';
import type { EscalationRule, SlaPolicyInput, SlaPolicyQuery as Result, TargetBasis } from '../../gql/graphql';
import { problemsOf, type ApiProblem } from '../../lib/errors';
import { SlaPolicyQuery, UpdateSlaPolicyMutation } from './queries';

const BASES: TargetBasis[] = ['WORKING_DAYS', 'WORKING_MINUTES', 'CALENDAR_MINUTES', 'NONE'];
const RULES: EscalationRule[] = ['YELLOW_CARD', 'RED_CARD', 'ACCEPT_OVERDUE', 'ACCEPT_OVERDUE_SUPERVISORS', 'AUTO_SUPERVISION', 'PROBLEM_TICKET'];
type Target = { basis: TargetBasis; value: number };
type Values = SlaPolicyInput;

/** One deadline: how it is counted and how much. */
function TargetInput({ value, onChange, label }: { value?: Target; onChange?: (v: Target) => void; label: string }) {
  const { t } = useTranslation();
  const v = value ?? { basis: 'WORKING_DAYS', value: 0 };
  return (
    <Space.Compact>
      <Select<TargetBasis>
        aria-label={`${label} · ${t('admin.sla.basis')}`}
        value={v.basis}
        className="ms-basis-select"
        onChange={(basis) => onChange?.({ ...v, basis })}
        options={BASES.map((b) => ({ value: b, label: t(`admin.sla.basisName.${b}`) }))}
      />
      {v.basis !== 'NONE' ? (
        <InputNumber
          aria-label={`${label} · ${t('admin.sla.amount')}`}
          min={0}
          value={v.value}
          onChange={(n) => onChange?.({ ...v, value: Number(n ?? 0) })}
        />
      ) : null}
    </Space.Compact>
  );
}

function toInput(d: Result): Values {
  const target = (x: Target) => ({ basis: x.basis, value: x.value });
  return {
    entries: d.slaPolicy.entries.map((e) => ({
      kind: e.kind,
      priority: e.priority,
      dispatchWithin: target(e.dispatchWithin),
      acceptWithin: target(e.acceptWithin),
      replyWithin: target(e.replyWithin),
    })),
    returnWithin: target(d.slaPolicy.returnWithin),
    maxExtensions: d.slaPolicy.maxExtensions,
    maxExtension: target(d.slaPolicy.maxExtension),
    reopenWindow: target(d.slaPolicy.reopenWindow),
    ratingWindow: target(d.slaPolicy.ratingWindow),
    autoRedoOnDissatisfied: d.slaPolicy.autoRedoOnDissatisfied,
    escalation: {
      yellowBefore: target(d.escalationSettings.yellowBefore),
      yellowFraction: d.escalationSettings.yellowFraction,
      acceptSecondPeriod: target(d.escalationSettings.acceptSecondPeriod),
      supervisionAfterRed: target(d.escalationSettings.supervisionAfterRed),
      problemRedos: d.escalationSettings.problemRedos,
      problemDepartments: d.escalationSettings.problemDepartments,
      enabled: d.escalationSettings.enabled,
    },
  };
}

/** The SLA policy: the three deadlines for each kind × priority, and the escalation thresholds. */
export function SlaPage() {
  const { t } = useTranslation();
  const [{ data, error }, reexecute] = useQuery({ query: SlaPolicyQuery });
  return (
    <div className="ms-page">
      <PageHeading>{t('admin.sla.title')}</PageHeading>
      <p>{t('admin.sla.intro')}</p>
      <ApiErrorAlert error={error} />
      {data ? <SlaForm key={JSON.stringify(data)} initial={toInput(data)} onSaved={() => reexecute({ requestPolicy: 'network-only' })} /> : null}
    </div>
  );
}

function SlaForm({ initial, onSaved }: { initial: Values; onSaved: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [{ fetching }, update] = useMutation(UpdateSlaPolicyMutation);
  const [general, setGeneral] = useState<ApiProblem[]>([]);
  const [saved, setSaved] = useState(false);
  const row = (i: number) => `${t(`enums.TicketKind.${initial.entries[i].kind}`)} · ${t(`enums.Priority.${initial.entries[i].priority}`)}`;
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={initial}
      onValuesChange={(changed) => {
        setSaved(false);
        clearErrorsOnChange(form)(changed);
      }}
      onFinish={async (v) => {
        setGeneral([]);
        const r = await update({ input: { ...initial, ...v, entries: initial.entries.map((e, i) => ({ ...e, ...v.entries?.[i] })), escalation: { ...initial.escalation, ...v.escalation } } });
        if (r.data) {
          setSaved(true);
          onSaved();
        } else setGeneral(showProblemsOnForm(form, problemsOf(r.error), t));
      }}
    >
      <section className="ms-section" aria-labelledby="sla-entries">
        <h2 id="sla-entries">{t('admin.sla.entries')}</h2>
        <Table
          rowKey={(_, i) => String(i)}
          dataSource={initial.entries.map((e, i) => ({ ...e, i }))}
          pagination={false}
          scroll={{ x: 'max-content' }}
          columns={[
            { key: 'kind', title: t('tickets.kind'), render: (_, e) => t(`enums.TicketKind.${e.kind}`) },
            { key: 'priority', title: t('tickets.priority'), render: (_, e) => t(`enums.Priority.${e.priority}`) },
            ...(['dispatchWithin', 'acceptWithin', 'replyWithin'] as const).map((f) => ({
              key: f,
              title: t(`admin.sla.${f}`),
              render: (_: unknown, e: { i: number }) => (
                <Form.Item name={['entries', e.i, f]} noStyle>
                  <TargetInput label={`${row(e.i)} · ${t(`admin.sla.${f}`)}`} />
                </Form.Item>
              ),
            })),
          ]}
        />
      </section>
      <section className="ms-section" aria-labelledby="sla-rules">
        <h2 id="sla-rules">{t('admin.sla.rules')}</h2>
        {(['returnWithin', 'maxExtension', 'reopenWindow', 'ratingWindow'] as const).map((f) => (
          <Form.Item key={f} name={f} label={t(`admin.sla.${f}`)}>
            <TargetInput label={t(`admin.sla.${f}`)} />
          </Form.Item>
        ))}
        <Form.Item name="maxExtensions" label={t('admin.sla.maxExtensions')}>
          <InputNumber min={0} />
        </Form.Item>
        <Form.Item name="autoRedoOnDissatisfied" valuePropName="checked">
          <Checkbox>{t('admin.sla.autoRedoOnDissatisfied')}</Checkbox>
        </Form.Item>
      </section>
      <section className="ms-section" aria-labelledby="sla-escalation">
        <h2 id="sla-escalation">{t('admin.sla.escalation')}</h2>
        {(['yellowBefore', 'acceptSecondPeriod', 'supervisionAfterRed'] as const).map((f) => (
          <Form.Item key={f} name={['escalation', f]} label={t(`admin.sla.${f}`)}>
            <TargetInput label={t(`admin.sla.${f}`)} />
          </Form.Item>
        ))}
        <Form.Item name={['escalation', 'yellowFraction']} label={t('admin.sla.yellowFraction')}>
          <InputNumber min={0} max={1} step={0.05} />
        </Form.Item>
        <Form.Item name={['escalation', 'problemRedos']} label={t('admin.sla.problemRedos')}>
          <InputNumber min={0} />
        </Form.Item>
        <Form.Item name={['escalation', 'problemDepartments']} label={t('admin.sla.problemDepartments')}>
          <InputNumber min={0} />
        </Form.Item>
        <Form.Item name={['escalation', 'enabled']} label={t('admin.sla.enabled')}>
          <Checkbox.Group className="ms-radio-list" options={RULES.map((r) => ({ value: r, label: t(`admin.sla.rule.${r}`) }))} />
        </Form.Item>
      </section>
      <ApiErrorAlert problems={general} />
      <div aria-live="polite">{saved ? <p className="ms-saved">{t('admin.saved')}</p> : null}</div>
      <Button type="primary" htmlType="submit" loading={fetching}>
        {t('admin.save')}
      </Button>
    </Form>
  );
}
