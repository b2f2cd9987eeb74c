import { EditOutlined, LoginOutlined, PhoneOutlined, SearchOutlined, TeamOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { useAuth } from '../auth/AuthProvider';
import { homeFor } from '../auth/navigation';

/** What Minsheng is, and three big ways in: file, track, sign in. */
export function HomePage() {
  const { t } = useTranslation();
  const { role } = useAuth();
  const official = role && role !== 'RESIDENT';
  return (
    <div className="ms-page ms-home">
      <PageHeading title={t('app.fullName')}>{t('home.title')}</PageHeading>
      <p className="ms-lead">{t('home.lead')}</p>
      {official ? (
        <div className="ms-big-links">
          <Link to={homeFor(role)} className="ms-big-link ms-big-link--primary">
            <TeamOutlined aria-hidden className="ms-big-link-icon" />
            <span className="ms-big-link-title">{t('home.workspace')}</span>
            <span className="ms-big-link-text">{t('home.officialText')}</span>
          </Link>
        </div>
      ) : (
        <div className="ms-big-links">
          <Link to="/file" className="ms-big-link ms-big-link--primary">
            <EditOutlined aria-hidden className="ms-big-link-icon" />
            <span className="ms-big-link-title">{t('home.fileTitle')}</span>
            <span className="ms-big-link-text">{t('home.fileText')}</span>
          </Link>
          <Link to="/track" className="ms-big-link">
            <SearchOutlined aria-hidden className="ms-big-link-icon" />
            <span className="ms-big-link-title">{t('home.trackTitle')}</span>
            <span className="ms-big-link-text">{t('home.trackText')}</span>
          </Link>
          {role ? (
            <Link to="/my" className="ms-big-link">
              <LoginOutlined aria-hidden className="ms-big-link-icon" />
              <span className="ms-big-link-title">{t('nav.myTickets')}</span>
              <span className="ms-big-link-text">{t('home.signInText')}</span>
            </Link>
          ) : (
            <Link to="/login" className="ms-big-link">
              <LoginOutlined aria-hidden className="ms-big-link-icon" />
              <span className="ms-big-link-title">{t('home.signInTitle')}</span>
              <span className="ms-big-link-text">{t('home.signInText')}</span>
            </Link>
          )}
        </div>
      )}
      <p className="ms-phone-note">
        <PhoneOutlined aria-hidden /> {t('home.phone')}
      </p>
      {!role ? (
        <section className="ms-section" aria-labelledby="officials">
          <h2 id="officials">{t('home.officialTitle')}</h2>
          <p>
            {t('home.officialText')} <Link to="/login">{t('nav.signIn')}</Link>
          </p>
        </section>
      ) : null}
    </div>
  );
}
