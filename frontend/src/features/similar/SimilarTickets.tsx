/**
 * While a resident fills in the form: open tickets that look like the same matter (same topic,
 * nearby, similar words), so they may follow one instead of filing it again. They can always
 * still send their own. Shown in place, under the title; nothing pops up.
 */
import { CheckOutlined, EyeOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { StateTag } from '../../components/StateTag';
import type { SimilarTicketsQuery as SimilarResult } from '../../gql/graphql';
import { problemsOf, type ApiProblem } from '../../lib/errors';
import { formatDateTime } from '../../lib/time';
import { useAuth } from '../auth/AuthProvider';
import { FollowTicketMutation, SimilarTicketsQuery } from './queries';
import { distanceParts, followOption, MAX_SUGGESTIONS, similarInput, SUGGEST_DELAY_MS, useDebounced, type DraftValues } from './rules';
import '../../styles/matters.css';

type Suggestion = SimilarResult['similarTickets'][number];

export function SimilarTickets({ draft }: { draft: DraftValues }) {
  const { t } = useTranslation();
  const input = useDebounced(similarInput(draft), SUGGEST_DELAY_MS);
  const [{ data }] = useQuery({
    query: SimilarTicketsQuery,
    variables: { input: input ?? { title: '' } },
    pause: !input,
    requestPolicy: 'cache-first',
  });
  const list = input ? (data?.similarTickets ?? []).slice(0, MAX_SUGGESTIONS) : [];
  return (
    <div aria-live="polite" className="ms-similar-live">
      {list.length > 0 ? (
        <section className="ms-similar" aria-labelledby="similar-heading" data-testid="similar-tickets">
          <h3 id="similar-heading">{t('similar.title', { count: list.length })}</h3>
          <p>{t('similar.intro')}</p>
          <ul className="ms-similar-list">
            {list.map((s) => (
              <SuggestionItem key={s.reference} suggestion={s} />
            ))}
          </ul>
          <p className="ms-muted">{t('similar.fileAnyway')}</p>
        </section>
      ) : null}
    </div>
  );
}

function SuggestionItem({ suggestion: s }: { suggestion: Suggestion }) {
  const { t, i18n } = useTranslation();
  const { role } = useAuth();
  const option = followOption(role);
  const [{ fetching }, follow] = useMutation(FollowTicketMutation);
  const [followed, setFollowed] = useState(false);
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const distance = distanceParts(s.distanceMetres);
  const headingId = `similar-${s.reference}`;

  const onFollow = async () => {
    setProblems([]);
    const r = await follow({ reference: s.reference });
    if (r.data?.followTicket) setFollowed(true);
    else setProblems(problemsOf(r.error));
  };

  return (
    <li className="ms-similar-item">
      <p id={headingId} className="ms-similar-title">
        <span className="ms-reference">{s.reference}</span> {s.title}
      </p>
      <p className="ms-similar-meta">
        <StateTag state={s.state} />
        <span>{t('similar.filedAt', { time: formatDateTime(s.filedAt, i18n.language) })}</span>
        {distance ? <span>{t(`similar.distance.${distance.key}`, { value: distance.value })}</span> : null}
        {s.district ? <span>{s.district}</span> : null}
      </p>
      {option === 'follow' ? (
        followed ? (
          <p className="ms-similar-followed" role="status">
            <CheckOutlined aria-hidden /> {t('similar.followed', { reference: s.reference })} <Link to="/following">{t('similar.seeFollowing')}</Link>
          </p>
        ) : (
          <Button icon={<EyeOutlined aria-hidden />} onClick={() => void onFollow()} loading={fetching} aria-describedby={headingId}>
            {t('similar.follow')}
          </Button>
        )
      ) : null}
      {option === 'signIn' ? (
        <p className="ms-muted">
          {t('similar.signInToFollow')} <Link to="/login?next=/file">{t('nav.signIn')}</Link>
        </p>
      ) : null}
      <ApiErrorAlert problems={problems} />
    </li>
  );
}
