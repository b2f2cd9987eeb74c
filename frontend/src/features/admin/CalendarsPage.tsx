import { Button, Calendar, DatePicker, Form, Input, Radio, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { clearErrorsOnChange, showProblemsOnForm } from '../../components/FormProblems';
import { PageHeading } from '../../components/PageHeading';
import type { CalendarsQuery as Result } from '../../gql/graphql';
import { problemsOf, type ApiProblem } from '../../lib/errors';
import { CalendarsQuery, SetCalendarDayMutation, SetWorkingWeekMutation } from './queries';
import { formatPeriods, parsePeriods } from './periods';

type BusinessCalendar = Result['calendars'][number];
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** Business calendars: holidays and make-up working days (调休) on a calendar, and working hours. */
export function CalendarsPage() {
  const { t } = useTranslation();
  const [{ data, error }, reexecute] = useQuery({ query: CalendarsQuery });
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const calendars = data?.calendars ?? [];
  const calendar = calendars.find((c) => c.id === chosen) ?? calendars[0];
  return (
    <div className="ms-page">
      <PageHeading>{t('admin.calendars.title')}</PageHeading>
      <p>{t('admin.calendars.intro')}</p>
      <ApiErrorAlert error={error} />
      {calendars.length > 1 ? (
        <Form layout="inline">
          <Form.Item label={t('admin.calendars.calendar')} htmlFor="calendar-choice">
            <Select
              id="calendar-choice"
              className="ms-filter-select"
              value={calendar?.id}
              onChange={setChosen}
              options={calendars.map((c) => ({ value: c.id, label: c.name }))}
            />
          </Form.Item>
        </Form>
      ) : null}
      {calendar ? (
        <>
          <DaysEditor key={calendar.id} calendar={calendar} onChanged={reload} />
          <WeekEditor key={`${calendar.id}-week`} calendar={calendar} onChanged={reload} />
        </>
      ) : data ? (
        <p>{t('common.noData')}</p>
      ) : null}
    </div>
  );
}

function DaysEditor({ calendar, onChanged }: { calendar: BusinessCalendar; onChanged: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ day: Dayjs; kind: 'holiday' | 'makeup' | 'workday'; name?: string }>();
  const [{ fetching }, setDay] = useMutation(SetCalendarDayMutation);
  const [general, setGeneral] = useState<ApiProblem[]>([]);
  const days = new Map(calendar.days.map((d) => [d.day, d]));
  const pick = (d: Dayjs) => {
    const known = days.get(d.format('YYYY-MM-DD'));
    form.setFieldsValue({ day: d, kind: (known?.kind as 'holiday' | 'makeup' | undefined) ?? 'workday', name: known?.name ?? '' });
  };
  const label = (kind: string) => (kind === 'holiday' ? t('admin.calendars.holiday') : kind === 'makeup' ? t('admin.calendars.makeup') : kind);
  return (
    <section className="ms-section" aria-labelledby="days-title">
      <h2 id="days-title">{t('admin.calendars.days', { name: calendar.name })}</h2>
      <p>{t('admin.calendars.daysHelp')}</p>
      <div className="ms-calendar-layout">
        <Calendar
          className="ms-calendar"
          fullscreen={false}
          headerRender={({ value, onChange }) => (
            <Space className="ms-calendar-header">
              <Select
                aria-label={t('admin.calendars.year')}
                value={value.year()}
                onChange={(y) => onChange(value.year(y))}
                options={Array.from({ length: 11 }, (_, i) => value.year() - 5 + i).map((y) => ({ value: y, label: String(y) }))}
              />
              <Select
                aria-label={t('admin.calendars.month')}
                value={value.month()}
                onChange={(m) => onChange(value.month(m))}
                options={Array.from({ length: 12 }, (_, m) => ({ value: m, label: value.month(m).format('MMM') }))}
              />
            </Space>
          )}
          onSelect={(d, info) => info.source === 'date' && pick(d)}
          fullCellRender={(d, info) => {
            if (info.type !== 'date') return info.originNode;
            const special = days.get(d.format('YYYY-MM-DD'));
            return (
              <div className={`ms-day${special ? ` ms-day--${special.kind}` : ''}`} title={special ? `${label(special.kind)} ${special.name}` : undefined}>
                <span>{d.date()}</span>
                {special ? <span className="ms-day-mark">{special.kind === 'holiday' ? t('admin.calendars.holidayShort') : t('admin.calendars.makeupShort')}</span> : null}
              </div>
            );
          }}
        />
        <Form
          form={form}
        onValuesChange={clearErrorsOnChange(form)}
          layout="vertical"
          className="ms-one-column"
          initialValues={{ kind: 'holiday', day: dayjs() }}
          onFinish={async (v) => {
            setGeneral([]);
            const r = await setDay({
              calendarId: calendar.id,
              day: v.day.format('YYYY-MM-DD'),
              kind: v.kind === 'workday' ? undefined : v.kind,
              name: v.name?.trim() ?? '',
            });
            if (r.data?.setCalendarDay) onChanged();
            else setGeneral(showProblemsOnForm(form, problemsOf(r.error), t));
          }}
        >
          <Form.Item name="day" label={t('admin.calendars.day')} rules={[{ required: true, message: t('errors.required', { field: t('admin.calendars.day') }) }]}>
            <DatePicker onChange={(d) => d && pick(d)} className="ms-full-width" />
          </Form.Item>
          <Form.Item name="kind" label={t('admin.calendars.kind')}>
            <Radio.Group className="ms-radio-list">
              <Radio value="holiday">{t('admin.calendars.holiday')}</Radio>
              <Radio value="makeup">{t('admin.calendars.makeup')}</Radio>
              <Radio value="workday">{t('admin.calendars.ordinary')}</Radio>
            </Radio.Group>
          </Form.Item>
          <Form.Item name="name" label={t('admin.calendars.dayName')} extra={t('admin.calendars.dayNameHelp')}>
            <Input maxLength={50} />
          </Form.Item>
          <ApiErrorAlert problems={general} />
          <Button type="primary" htmlType="submit" loading={fetching}>
            {t('admin.save')}
          </Button>
        </Form>
      </div>
      <h3>{t('admin.calendars.list')}</h3>
      <ul className="ms-day-list">
        {[...calendar.days]
          .sort((a, b) => a.day.localeCompare(b.day))
          .map((d) => (
            <li key={d.day}>
              <time dateTime={d.day}>{d.day}</time> · {label(d.kind)}
              {d.name ? ` · ${d.name}` : ''}
            </li>
          ))}
      </ul>
    </section>
  );
}

function WeekEditor({ calendar, onChanged }: { calendar: BusinessCalendar; onChanged: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Record<string, string>>();
  const [{ fetching }, save] = useMutation(SetWorkingWeekMutation);
  const [general, setGeneral] = useState<ApiProblem[]>([]);
  const initial: Record<string, string> = { timeZone: calendar.timeZone };
  WEEKDAYS.forEach((d, i) => (initial[d] = formatPeriods(calendar.weekly[i] ?? [])));
  return (
    <section className="ms-section" aria-labelledby="week-title">
      <h2 id="week-title">{t('admin.calendars.week')}</h2>
      <p>{t('admin.calendars.weekHelp')}</p>
      <Form
        form={form}
        onValuesChange={clearErrorsOnChange(form)}
        layout="vertical"
        className="ms-one-column"
        initialValues={initial}
        onFinish={async (v) => {
          setGeneral([]);
          const weekly = [];
          for (const d of WEEKDAYS) {
            const periods = parsePeriods(v[d] ?? '');
            if (!periods) {
              form.setFields([{ name: d, errors: [t('admin.calendars.periodsInvalid')] }]);
              return;
            }
            weekly.push(periods);
          }
          const r = await save({ calendarId: calendar.id, timeZone: v.timeZone.trim(), weekly });
          if (r.data?.setWorkingWeek) onChanged();
          else setGeneral(showProblemsOnForm(form, problemsOf(r.error), t));
        }}
      >
        <Form.Item name="timeZone" label={t('admin.calendars.timeZone')}>
          <Input />
        </Form.Item>
        {WEEKDAYS.map((d) => (
          <Form.Item key={d} name={d} label={t(`admin.calendars.weekday.${d}`)}>
            <Input placeholder={t('admin.calendars.periodsPlaceholder')} />
          </Form.Item>
        ))}
        <ApiErrorAlert problems={general} />
        <Space>
          <Button type="primary" htmlType="submit" loading={fetching}>
            {t('admin.save')}
          </Button>
        </Space>
      </Form>
    </section>
  );
}
