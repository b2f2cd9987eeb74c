import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The page's one h1. It takes focus when the page opens, so that screen-reader and keyboard
 * users start at the new page's content, and it names the browser tab.
 */
export function PageHeading({ children, title }: { children: ReactNode; title?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { t } = useTranslation();
  const text = title ?? (typeof children === 'string' ? children : '');
  useEffect(() => {
    ref.current?.focus();
  }, []);
  useEffect(() => {
    document.title = text ? `${text} · ${t('app.name')}` : t('app.fullName');
  }, [text, t]);
  return (
    <h1 ref={ref} tabIndex={-1} className="ms-page-title">
      {children}
    </h1>
  );
}
