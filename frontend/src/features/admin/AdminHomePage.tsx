import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { ADMIN_AREAS } from './areas';

/** The administrator's start page: one link per area. */
export function AdminHomePage() {
  const { t } = useTranslation();
  return (
    <div className="ms-page">
      <PageHeading>{t('admin.title')}</PageHeading>
      <p>{t('admin.intro')}</p>
      <div className="ms-big-links">
        {ADMIN_AREAS.map((a) => (
          <Link key={a.path} to={a.path} className="ms-big-link">
            <span className="ms-big-link-title">{t(a.label)}</span>
            <span className="ms-big-link-text">{t(a.text)}</span>
          </Link>
        ))}
      </div>
    </div>
  );
}
