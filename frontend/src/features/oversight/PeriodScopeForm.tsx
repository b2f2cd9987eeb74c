/**
 * The period and department pickers that oversight pages share: a preset period (or a custom
 * range of city days) and a department, whose subtree the page then covers.
 */
import { DatePicker, Form, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDepartmentOptions } from '../catalogue/hooks';
import { cityToday, periodFor, PERIOD_PRESETS, type PeriodPreset } from './period';

export interface PeriodScopeFormProps {
  /** Prefix for element ids, unique on the page. */
  idPrefix: string;
  /** The label of the department picker. */
  scopeLabel: string;
  today: string;
  preset: PeriodPreset;
  onPreset: (p: PeriodPreset) => void;
  custom: [string, string] | null;
  onCustom: (range: [string, string] | null) => void;
  departmentId: string | null;
  onDepartment: (id: string | null) => void;
  departmentOptions: { value: string; label: string }[];
}

export function PeriodScopeForm(p: PeriodScopeFormProps) {
  const { t } = useTranslation();
  return (
    <Form layout="vertical" className="ms-period-form">
      <Form.Item label={t('oversight.period')}>
        <Radio.Group
          {...{ role: 'radiogroup', 'aria-label': t('oversight.period') }}
          optionType="button"
          buttonStyle="solid"
          className="ms-period-presets"
          value={p.preset}
          onChange={(e) => p.onPreset(e.target.value as PeriodPreset)}
          options={PERIOD_PRESETS.map((v) => ({ value: v, label: t(`oversight.preset.${v}`) }))}
        />
      </Form.Item>
      {p.preset === 'custom' ? (
        <Form.Item label={t('oversight.customRange')} htmlFor={`${p.idPrefix}custom-range`}>
          <DatePicker.RangePicker
            id={`${p.idPrefix}custom-range`}
            allowClear={false}
            value={p.custom ? [dayjs(p.custom[0]), dayjs(p.custom[1])] : null}
            disabledDate={(d: Dayjs) => d.format('YYYY-MM-DD') > p.today}
            onChange={(v) => p.onCustom(v && v[0] && v[1] ? [v[0].format('YYYY-MM-DD'), v[1].format('YYYY-MM-DD')] : null)}
          />
        </Form.Item>
      ) : null}
      <Form.Item label={p.scopeLabel} htmlFor={`${p.idPrefix}department`} extra={t('oversight.scopeHint')}>
        <Select
          id={`${p.idPrefix}department`}
          allowClear
          showSearch
          optionFilterProp="label"
          className="ms-filter-select"
          placeholder={t('oversight.wholeCity')}
          value={p.departmentId ?? undefined}
          onChange={(v?: string) => p.onDepartment(v ?? null)}
          options={p.departmentOptions}
        />
      </Form.Item>
    </Form>
  );
}

/** The state behind a [`PeriodScopeForm`]: the chosen period (null until a custom range is
 * complete) and department, and the form's props. Starts at the last 30 days, whole city. */
export function usePeriodScope() {
  const today = cityToday();
  const [preset, setPreset] = useState<PeriodPreset>('last30');
  const [custom, setCustom] = useState<[string, string] | null>(null);
  const [departmentId, setDepartmentId] = useState<string | null>(null);
  const { options: departmentOptions } = useDepartmentOptions();
  return {
    today,
    period: periodFor(preset, today, custom),
    departmentId,
    departmentOptions,
    form: {
      today,
      preset,
      onPreset: setPreset,
      custom,
      onCustom: setCustom,
      departmentId,
      onDepartment: setDepartmentId,
      departmentOptions,
    },
  };
}
