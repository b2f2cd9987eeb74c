/**
 * The actions the viewer may take on a ticket, as the server lists them in `availableActions`.
 * Each opens its form in place (nothing pops up unasked); the form passes the ticket's version,
 * and a CONFLICT offers to reload the ticket.
 */
import { Button, DatePicker, Form, Input, Radio, Space } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { clearErrorsOnChange, showProblemsOnForm } from '../../components/FormProblems';
import type { Satisfaction, TicketAction, TicketDetailFieldsFragment } from '../../gql/graphql';
import { problemsOf, type ApiProblem } from '../../lib/errors';
import { useDepartmentOptions } from '../catalogue/hooks';
import { FormSelect } from '../../components/FormSelect';
import { AttachmentPicker } from '../attachments/AttachmentPicker';
import { withUploadField } from '../attachments/files';
import { ACTION_FIELD_ALIASES, offeredActions, type ActionSpec, type FieldSpec } from './actionSpecs';
import { runAction, type ActionValues } from './runAction';

/** antd's RadioGroup passes `role` on at run time but does not type it; a radiogroup may carry the aria-required that Form.Item adds. */
const RADIOGROUP = { role: 'radiogroup' } as object;

const SATISFACTION: Satisfaction[] = ['VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED', 'VERY_DISSATISFIED'];

export function ActionPanel({
  ticket,
  onDone,
  onReload,
}: {
  ticket: TicketDetailFieldsFragment;
  /** After a successful action: the ticket as it now is, or null when the viewer lost sight of it. */
  onDone: (action: TicketAction, ticket: TicketDetailFieldsFragment | null) => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<TicketAction | null>(null);
  const specs = offeredActions(ticket.availableActions);
  // An action that is no longer available closes its form.
  useEffect(() => {
    if (open && !ticket.availableActions.includes(open)) setOpen(null);
  }, [open, ticket.availableActions]);
  if (specs.length === 0) return <p>{t('tickets.noActions')}</p>;
  const current = specs.find((s) => s.action === open);
  return (
    <div className="ms-actions">
      <div className="ms-action-buttons" role="group" aria-label={t('tickets.actions')}>
        {specs.map((s) => (
          <Button
            key={s.action}
            type={open === s.action ? 'primary' : 'default'}
            danger={s.danger}
            aria-expanded={open === s.action}
            aria-controls={`action-form-${s.action}`}
            onClick={() => setOpen(open === s.action ? null : s.action)}
            data-action={s.action}
          >
            {t(`enums.TicketAction.${s.action}`)}
          </Button>
        ))}
      </div>
      {current ? (
        <ActionForm
          key={current.action}
          spec={current}
          ticket={ticket}
          onCancel={() => setOpen(null)}
          onReload={onReload}
          onDone={(updated) => {
            setOpen(null);
            onDone(current.action, updated);
          }}
        />
      ) : null}
    </div>
  );
}

function ActionForm({
  spec,
  ticket,
  onCancel,
  onDone,
  onReload,
}: {
  spec: ActionSpec;
  ticket: TicketDetailFieldsFragment;
  onCancel: () => void;
  onDone: (ticket: TicketDetailFieldsFragment | null) => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const [form] = Form.useForm<ActionValues>();
  const [busy, setBusy] = useState(false);
  const [general, setGeneral] = useState<ApiProblem[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  const actionName = t(`enums.TicketAction.${spec.action}`);
  useEffect(() => heading.current?.focus(), []);

  const submit = async (values: ActionValues) => {
    if (busy) return;
    setBusy(true);
    setGeneral([]);
    try {
      const { ticket: updated, result } = await runAction(client, spec.action, ticket, values);
      if (!result.error) {
        onDone(updated);
        return;
      }
      const problems = withUploadField(problemsOf(result.error));
      if (spec.action === 'MERGE' && problems.some((p) => p.code === 'NOT_FOUND')) {
        form.setFields([{ name: 'parentReference', errors: [t('actions.parentNotFound')] }]);
        return;
      }
      setGeneral(showProblemsOnForm(form, problems, t, ACTION_FIELD_ALIASES));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section id={`action-form-${spec.action}`} className="ms-action-form" aria-labelledby={`action-title-${spec.action}`}>
      <h3 id={`action-title-${spec.action}`} ref={heading} tabIndex={-1}>
        {t('actions.heading', { action: actionName })}
      </h3>
      {spec.hint ? <p>{t(spec.hint)}</p> : null}
      <Form form={form}
        onValuesChange={clearErrorsOnChange(form)} layout="vertical" onFinish={submit} className="ms-one-column">
        {spec.fields.map((f) => (
          <ActionField key={f.name} field={f} existingFiles={ticket.attachments?.length ?? 0} />
        ))}
        <ApiErrorAlert problems={general} onReload={onReload} />
        <Form.Item>
          <Space wrap>
            <Button type="primary" danger={spec.danger} htmlType="submit" loading={busy} data-submit={spec.action}>
              {t('actions.confirm', { action: actionName })}
            </Button>
            <Button onClick={onCancel}>{t('common.cancel')}</Button>
          </Space>
        </Form.Item>
      </Form>
    </section>
  );
}

function ActionField({ field, existingFiles }: { field: FieldSpec; existingFiles: number }) {
  const { t } = useTranslation();
  const { options: departments } = useDepartmentOptions();
  const label = t(field.label);
  const rules = field.required ? [{ required: true, message: t('errors.required', { field: label }) }] : undefined;
  const common = { name: field.name, label, rules, extra: field.help ? t(field.help) : undefined };
  switch (field.kind) {
    case 'text':
    case 'reference':
      return (
        <Form.Item {...common}>
          <Input autoComplete="off" />
        </Form.Item>
      );
    case 'longText':
      return (
        <Form.Item {...common} rules={field.required ? [{ required: true, whitespace: true, message: t('errors.required', { field: label }) }] : undefined}>
          <Input.TextArea rows={4} maxLength={4000} showCount />
        </Form.Item>
      );
    case 'attachments':
      return (
        <Form.Item {...common}>
          <AttachmentPicker existing={existingFiles} />
        </Form.Item>
      );
    case 'department':
      return (
        <Form.Item {...common}>
          <FormSelect showSearch optionFilterProp="label" placeholder={t('actions.departmentPlaceholder')} options={departments} />
        </Form.Item>
      );
    case 'dateTime':
      return (
        <Form.Item {...common}>
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            disabledDate={(d) => d.isBefore(dayjs().startOf('day'))}
            className="ms-full-width"
          />
        </Form.Item>
      );
    case 'solved':
      return (
        <Form.Item {...common}>
          <Radio.Group className="ms-radio-list" {...RADIOGROUP} aria-label={label}>
            <Radio value="yes">{t('actions.solvedYes')}</Radio>
            <Radio value="no">{t('actions.solvedNo')}</Radio>
          </Radio.Group>
        </Form.Item>
      );
    case 'satisfaction':
      return (
        <Form.Item {...common}>
          <Radio.Group className="ms-radio-list" {...RADIOGROUP} aria-label={label}>
            {SATISFACTION.map((s) => (
              <Radio key={s} value={s}>
                {t(`enums.Satisfaction.${s}`)}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
      );
  }
}
