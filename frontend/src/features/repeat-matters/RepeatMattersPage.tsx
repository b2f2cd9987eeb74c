/**
 * Supervisors' report of repeat matters (重复受理, SPEC §8): clusters of similar tickets filed in
 * a period, largest first, and whether the same matter was handled more than once instead of
 * being merged. Such clusters are marked in words and with an icon, never by colour alone.
 */
import { CheckCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageHeading } from '../../components/PageHeading';
import { StateTag } from '../../components/StateTag';
import { formatDateTime } from '../../lib/time';
import { useLocalName } from '../catalogue/hooks';
import { lastDay } from '../oversight/period';
import { PeriodScopeForm, usePeriodScope } from '../oversight/PeriodScopeForm';
import { RepeatMattersQuery } from './queries';
import { isRepeated, periodInstants, summarise } from './shape';
import '../../styles/matters.css';

const MAX_CLUSTERS = 50;

export function RepeatMattersPage() {
  const { t, i18n } = useTranslation();
  const name = useLocalName();
  const scope = usePeriodScope();
  const { period, departmentId } = scope;
  const instants = period ? periodInstants(period) : { from: '', to: '' };
  const [{ data, error, fetching }] = useQuery({
    query: RepeatMattersQuery,
    variables: { ...instants, departmentId, first: MAX_CLUSTERS },
    pause: !period,
  });
  const clusters = data?.repeatMatters ?? [];
  const sum = summarise(clusters);
  const periodText = period ? t('oversight.periodText', { from: period.from, to: lastDay(period) }) : '';

  return (
    <div className="ms-page">
      <PageHeading>{t('repeat.title')}</PageHeading>
      <p>{t('repeat.intro')}</p>

      <section className="ms-filters" aria-labelledby="repeat-period-heading">
        <h2 id="repeat-period-heading" className="ms-visually-hidden">
          {t('oversight.period')}
        </h2>
        <PeriodScopeForm
          idPrefix="repeat-"
          scopeLabel={t('repeat.scope')}
          {...scope.form}
        />
        <p className="ms-count" aria-live="polite">
          {!period
            ? t('oversight.chooseRange')
            : fetching && !data
              ? t('app.loading')
              : t('repeat.summary', { period: periodText, matters: sum.matters, repeated: sum.repeated, tickets: sum.tickets })}
        </p>
      </section>

      <ApiErrorAlert error={error} />

      {period && data && clusters.length === 0 ? <p className="ms-empty">{t('repeat.empty')}</p> : null}
      <ol className="ms-repeat-list">
        {clusters.map((c, i) => {
          const repeated = isRepeated(c);
          const headingId = `repeat-${i}`;
          return (
            <li key={c.tickets[0]?.id ?? i} className={`ms-section ms-repeat${repeated ? ' ms-repeat--repeated' : ''}`}>
              <h2 id={headingId} className="ms-repeat-title">
                {t('repeat.clusterTitle', { title: c.tickets[0]?.title ?? '', size: c.size })}
              </h2>
              <p className="ms-status-line">
                {repeated ? (
                  <span className="ms-flag ms-flag--bad" data-repeated="yes">
                    <WarningOutlined aria-hidden /> {t('repeat.handledSeparately', { count: c.handledSeparately })}
                  </span>
                ) : (
                  <span className="ms-flag ms-flag--good" data-repeated="no">
                    <CheckCircleOutlined aria-hidden /> {t('repeat.handledOnce')}
                  </span>
                )}
                <span>{t('repeat.department', { department: name(c.department) || t('common.none') })}</span>
              </p>
              <ul className="ms-plain-list">
                {c.tickets.map((tk) => (
                  <li key={tk.id}>
                    <Link to={`/tickets/${tk.id}`} className="ms-reference">
                      {tk.reference}
                    </Link>{' '}
                    {tk.title} <StateTag state={tk.state} /> <span className="ms-muted">{formatDateTime(tk.filedAt, i18n.language)}</span>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
