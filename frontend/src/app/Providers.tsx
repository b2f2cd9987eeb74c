import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { ReactNode } from 'react';
import { AuthProvider } from '../features/auth/AuthProvider';
import { PreferencesProvider, usePreferences } from '../preferences/PreferencesProvider';
import { themeFor } from '../theme/themes';
import '../i18n';

function Themed({ children }: { children: ReactNode }) {
  const { language, elderly } = usePreferences();
  dayjs.locale(language === 'en' ? 'en' : 'zh-cn');
  return (
    <ConfigProvider locale={language === 'en' ? enUS : zhCN} theme={themeFor(elderly)} button={{ autoInsertSpace: false }}>
      <AntApp component={false}>{children}</AntApp>
    </ConfigProvider>
  );
}

/** Preferences, theme and locale, session and GraphQL client: everything a page needs. */
export function Providers({ children }: { children: ReactNode }) {
  return (
    <PreferencesProvider>
      <Themed>
        <AuthProvider>{children}</AuthProvider>
      </Themed>
    </PreferencesProvider>
  );
}
