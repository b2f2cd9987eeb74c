/**
 * The filing form, in one column and plain words, asking for the five elements (五要素): who
 * (contact), when (occurredAt), where (address, district), what (title) and the course of events
 * (description). The same form serves residents, anonymous visitors, and agents taking a phone
 * call (mode "intake": priority and the caller's details).
 */
import { Alert, Button, Checkbox, DatePicker, Form, Input, Radio, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { clearErrorsOnChange, showProblemsOnForm } from '../../components/FormProblems';
import type { FileTicketInput, FileTicketMutation as FileTicketResult, Priority, TicketKind } from '../../gql/graphql';
import { problemsOf, type ApiProblem } from '../../lib/errors';
import { newIdempotencyKey } from '../../lib/idempotency';
import { pickerToInstant } from '../../lib/time';
import { useAuth } from '../auth/AuthProvider';
import { AttachmentPicker } from '../attachments/AttachmentPicker';
import { isImageType, typeOf, withUploadField } from '../attachments/files';
import { useCategoryOptions } from '../catalogue/hooks';
import { SimilarTickets } from '../similar/SimilarTickets';
import { FILING_FIELD_ALIASES } from './fieldAliases';
import { FileTicketMutation } from './queries';

/** antd's RadioGroup passes `role` on at run time but does not type it; a radiogroup may carry the aria-required that Form.Item adds. */
const RADIOGROUP = { role: 'radiogroup' } as object;

export const KINDS: TicketKind[] = ['COMPLAINT', 'HELP', 'ENQUIRY', 'REPORT', 'SUGGESTION', 'PRAISE'];
const PRIORITIES: Priority[] = ['NORMAL', 'URGENT', 'CRITICAL'];

export interface FilingValues {
  kind?: TicketKind;
  categoryId?: string;
  title?: string;
  occurredAt?: Dayjs | null;
  address?: string;
  district?: string;
  description?: string;
  contactName?: string;
  contactPhone?: string;
  contactEmail?: string;
  onBehalf?: boolean;
  relationship?: string;
  priority?: Priority;
  confidential?: boolean;
  /** Photos and PDFs, kept in the browser until the form is sent. */
  attachments?: File[];
  /** The resident agrees that a photo's GPS position may fill in the location. */
  locationFromPhoto?: boolean;
}

export type Filed = FileTicketResult['fileTicket'];

const blank = (s: string | undefined) => {
  const v = s?.trim();
  return v ? v : undefined;
};

/** The API input for the form's values. */
export function toFileTicketInput(
  v: FilingValues,
  opts: { intake: boolean; locale: string; idempotencyKey: string },
): FileTicketInput {
  const input: FileTicketInput = {
    kind: v.kind ?? 'COMPLAINT',
    title: v.title ?? '',
    description: v.description ?? '',
    categoryId: v.categoryId || undefined,
    address: blank(v.address),
    district: blank(v.district),
    occurredAt: v.occurredAt ? pickerToInstant(v.occurredAt) : undefined,
    contactName: blank(v.contactName),
    contactPhone: blank(v.contactPhone),
    contactEmail: blank(v.contactEmail),
    confidential: !!v.confidential,
    locale: opts.locale,
    idempotencyKey: opts.idempotencyKey,
  };
  const files = v.attachments ?? [];
  if (files.length > 0) {
    // Files make this a multipart request (see lib/graphql/multipart.ts).
    input.attachments = files;
    if (v.locationFromPhoto && files.some((f) => isImageType(typeOf(f)))) input.locationFromPhoto = true;
  }
  if (opts.intake) {
    input.priority = v.priority ?? 'NORMAL';
    const rel = blank(v.relationship);
    if (rel) input.onBehalfOf = { relationship: rel };
  } else if (v.onBehalf && blank(v.relationship)) {
    input.onBehalfOf = { relationship: blank(v.relationship)! };
  }
  return input;
}

export function TicketForm({ mode, onFiled }: { mode: 'public' | 'intake'; onFiled: (filed: Filed) => void }) {
  const { t, i18n } = useTranslation();
  const { user } = useAuth();
  const [form] = Form.useForm<FilingValues>();
  const [, fileTicket] = useMutation(FileTicketMutation);
  const { options: categoryOptions } = useCategoryOptions();
  const [general, setGeneral] = useState<ApiProblem[]>([]);
  const [submitting, setSubmitting] = useState(false);
  // One key per filing: a double click or a retry after a lost answer files one ticket.
  const idempotencyKey = useRef(newIdempotencyKey());
  const inFlight = useRef(false);
  const intake = mode === 'intake';
  const onBehalf = Form.useWatch('onBehalf', form);
  const attachments = Form.useWatch('attachments', form);
  const hasPhoto = (attachments ?? []).some((f) => isImageType(typeOf(f)));
  const draft = {
    categoryId: Form.useWatch('categoryId', form),
    title: Form.useWatch('title', form),
    description: Form.useWatch('description', form),
    address: Form.useWatch('address', form),
    district: Form.useWatch('district', form),
  };
  const required = (field: string) => [{ required: true, whitespace: true, message: t('errors.required', { field }) }];

  const submit = async (values: FilingValues) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setSubmitting(true);
    setGeneral([]);
    try {
      const input = toFileTicketInput(values, { intake, locale: i18n.language, idempotencyKey: idempotencyKey.current });
      const result = await fileTicket({ input });
      const filed = result.data?.fileTicket;
      if (filed) {
        idempotencyKey.current = newIdempotencyKey();
        onFiled(filed);
        return;
      }
      setGeneral(showProblemsOnForm(form, withUploadField(problemsOf(result.error)), t, FILING_FIELD_ALIASES));
    } finally {
      inFlight.current = false;
      setSubmitting(false);
    }
  };

  return (
    <Form<FilingValues>
      form={form}
        onValuesChange={clearErrorsOnChange(form)}
      layout="vertical"
      className="ms-form ms-one-column"
      onFinish={submit}
      initialValues={{
        confidential: false,
        priority: 'NORMAL',
        relationship: intake ? t('filing.callerRelationshipDefault') : undefined,
        contactName: !intake && user ? user.displayName : undefined,
        contactEmail: !intake && user?.email ? user.email : undefined,
      }}
      scrollToFirstError={{ block: 'center', focus: true }}
      requiredMark
      noValidate
    >
      {!intake && !user ? (
        <Alert
          className="ms-notice"
          type="info"
          role="note"
          showIcon
          message={t('filing.anonymousNotice')}
          action={<Link to="/login?next=/file">{t('filing.signInInstead')}</Link>}
        />
      ) : null}
      {!intake && user ? <Alert className="ms-notice" type="info" role="note" showIcon message={t('filing.signedInNotice')} /> : null}

      <fieldset className="ms-fieldset">
        <legend>{t('filing.sectionKind')}</legend>
        <Form.Item name="kind" label={t('filing.kind')} rules={[{ required: true, message: t('errors.required', { field: t('filing.kind') }) }]}>
          <Radio.Group className="ms-radio-list" {...RADIOGROUP} aria-label={t('filing.kind')}>
            {KINDS.map((k) => (
              <Radio key={k} value={k}>
                <strong>{t(`enums.TicketKind.${k}`)}</strong>
                <span className="ms-radio-hint">{t(`kindHint.${k}`)}</span>
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item name="categoryId" label={t('filing.category')} extra={t('filing.categoryHelp')}>
          <Select allowClear showSearch optionFilterProp="label" placeholder={t('filing.categoryPlaceholder')} options={categoryOptions} />
        </Form.Item>
        {intake ? (
          <Form.Item name="priority" label={t('filing.priority')}>
            <Radio.Group optionType="button" buttonStyle="solid">
              {PRIORITIES.map((p) => (
                <Radio.Button key={p} value={p}>
                  {t(`enums.Priority.${p}`)}
                </Radio.Button>
              ))}
            </Radio.Group>
          </Form.Item>
        ) : null}
      </fieldset>

      <fieldset className="ms-fieldset">
        <legend>{t('filing.sectionWhat')}</legend>
        <Form.Item name="title" label={t('filing.titleField')} extra={t('filing.titleHelp')} rules={required(t('filing.titleField'))}>
          <Input maxLength={120} showCount />
        </Form.Item>
        <SimilarTickets draft={draft} />
      </fieldset>

      <fieldset className="ms-fieldset">
        <legend>{t('filing.sectionWhen')}</legend>
        <Form.Item name="occurredAt" label={t('filing.occurredAt')} extra={t('filing.occurredAtHelp')}>
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            disabledDate={(d) => d.isAfter(dayjs().endOf('day'))}
            className="ms-full-width"
          />
        </Form.Item>
      </fieldset>

      <fieldset className="ms-fieldset">
        <legend>{t('filing.sectionWhere')}</legend>
        <Form.Item name="address" label={t('filing.address')} extra={t('filing.addressHelp')}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="district" label={t('filing.district')}>
          <Input maxLength={100} />
        </Form.Item>
      </fieldset>

      <fieldset className="ms-fieldset">
        <legend>{t('filing.sectionCourse')}</legend>
        <Form.Item
          name="description"
          label={t('filing.description')}
          extra={t('filing.descriptionHelp')}
          rules={required(t('filing.description'))}
        >
          <Input.TextArea rows={6} maxLength={4000} showCount />
        </Form.Item>
        <Form.Item name="attachments" label={t('attachments.field')} extra={t('attachments.filingHelp')}>
          <AttachmentPicker />
        </Form.Item>
        {hasPhoto ? (
          <Form.Item name="locationFromPhoto" valuePropName="checked" extra={t('attachments.locationFromPhotoHelp')}>
            <Checkbox>{t('attachments.locationFromPhoto')}</Checkbox>
          </Form.Item>
        ) : null}
      </fieldset>

      <fieldset className="ms-fieldset">
        <legend>{intake ? t('filing.sectionCaller') : t('filing.sectionWho')}</legend>
        {!intake && user ? (
          <Form.Item name="onBehalf" valuePropName="checked" extra={t('filing.onBehalfHelp')}>
            <Checkbox>{t('filing.onBehalf')}</Checkbox>
          </Form.Item>
        ) : null}
        {intake || onBehalf ? (
          <Form.Item
            name="relationship"
            label={intake ? t('filing.callerRelationship') : t('filing.relationship')}
            extra={intake ? undefined : t('filing.relationshipHelp')}
            rules={intake ? undefined : required(t('filing.relationship'))}
          >
            <Input maxLength={50} />
          </Form.Item>
        ) : null}
        <Form.Item name="contactName" label={intake ? t('filing.callerName') : t('filing.contactName')} extra={intake ? undefined : t('filing.contactHelp')}>
          <Input maxLength={100} autoComplete="name" />
        </Form.Item>
        <Form.Item name="contactPhone" label={intake ? t('filing.callerPhone') : t('filing.contactPhone')}>
          <Input inputMode="tel" autoComplete="tel" maxLength={20} />
        </Form.Item>
        <Form.Item name="contactEmail" label={intake ? t('filing.callerEmail') : t('filing.contactEmail')}>
          <Input type="email" autoComplete="email" maxLength={254} />
        </Form.Item>
      </fieldset>

      <fieldset className="ms-fieldset">
        <legend>{t('filing.sectionOptions')}</legend>
        <Form.Item name="confidential" valuePropName="checked" extra={t('filing.confidentialHelp')}>
          <Checkbox>{t('filing.confidential')}</Checkbox>
        </Form.Item>
      </fieldset>

      <ApiErrorAlert problems={general} />
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" size="large" loading={submitting} disabled={submitting}>
            {submitting ? t('filing.submitting') : t('filing.submit')}
          </Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
