/**
 * The frame of every page: a skip link, the site name, the navigation for the viewer's role,
 * the language and elderly-mode switches, and the footer.
 */
import { Button, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { useAuth } from '../features/auth/AuthProvider';
import { navFor } from '../features/auth/navigation';
import { LogoutMutation } from '../features/auth/queries';
import { LANGUAGES, type Language } from '../preferences/preferences';
import { usePreferences } from '../preferences/PreferencesProvider';

const LANGUAGE_NAMES: Record<Language, string> = { 'zh-CN': '中文', en: 'English' };

export function AppShell() {
  const { t } = useTranslation();
  const { user, role, session, signOut } = useAuth();
  const { language, setLanguage, elderly, setElderly } = usePreferences();
  const [, logout] = useMutation(LogoutMutation);
  const navigate = useNavigate();
  const links = navFor(role);

  const onSignOut = async () => {
    if (session) await logout({ refreshToken: session.refreshToken });
    signOut();
    navigate('/', { replace: true });
  };

  return (
    <div className="ms-app">
      <a className="ms-skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="ms-header">
        <div className="ms-header-inner">
          <NavLink to="/" className="ms-brand">
            <span className="ms-brand-mark" aria-hidden>
              民
            </span>
            <span>{t('app.fullName')}</span>
          </NavLink>
          <section className="ms-settings" aria-label={t('app.settings')}>
            <div className="ms-language" role="group" aria-label={t('prefs.language')}>
              {LANGUAGES.map((l) => (
                <Button
                  key={l}
                  lang={l}
                  type={language === l ? 'primary' : 'default'}
                  aria-pressed={language === l}
                  onClick={() => setLanguage(l)}
                >
                  {LANGUAGE_NAMES[l]}
                </Button>
              ))}
            </div>
            <label className="ms-switch-label" htmlFor="elderly-mode">
              <Switch id="elderly-mode" checked={elderly} onChange={setElderly} />
              <span>{t('prefs.elderlyMode')}</span>
            </label>
          </section>
        </div>
        <nav className="ms-nav" aria-label={t('app.mainNav')}>
          <ul>
            {links.map((l) => (
              <li key={l.path}>
                <NavLink to={l.path} end={l.path === '/'}>
                  {t(l.label)}
                </NavLink>
              </li>
            ))}
            {user ? (
              <>
                <li className="ms-nav-user">
                  {t('nav.signedInAs', { name: user.displayName, role: t(`enums.Role.${user.role}`) })}
                </li>
                <li>
                  <Button onClick={onSignOut}>{t('nav.signOut')}</Button>
                </li>
              </>
            ) : (
              <>
                <li>
                  <NavLink to="/login">{t('nav.signIn')}</NavLink>
                </li>
                <li>
                  <NavLink to="/register">{t('nav.register')}</NavLink>
                </li>
              </>
            )}
          </ul>
        </nav>
      </header>
      <main id="main" className="ms-main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="ms-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </div>
  );
}
