/**
 * The two antd themes: the standard one and elderly mode (老年模式). Colours are darkened from
 * antd's defaults so that text and controls reach a 4.5:1 contrast ratio on white (antd's blue
 * #1677ff reaches 4.1:1, its tertiary grey 3.4:1).
 *
 * Only plain objects here: the build extracts the CSS of exactly these themes (see
 * scripts/antd-static-style.ts), so a theme computed at run time would have no stylesheet.
 */
import type { ThemeConfig } from 'antd';

const colours = {
  colorPrimary: '#0958d9',
  colorInfo: '#0958d9',
  colorLink: '#0958d9',
  // antd derives lighter hover colours (#2e7ae6: 4.16:1 with white); keep them darker.
  colorPrimaryHover: '#003eb3',
  colorPrimaryActive: '#002c8c',
  colorLinkHover: '#003eb3',
  colorLinkActive: '#002c8c',
  colorSuccess: '#237804',
  colorWarning: '#874d00',
  colorError: '#cf1322',
  colorTextTertiary: '#595959',
  colorTextDescription: '#595959',
  colorTextPlaceholder: '#6b6b6b',
  colorBorder: '#8c8c8c',
  // Light backgrounds for alerts: derived from the darkened colours they would turn grey.
  colorSuccessBg: '#f6ffed',
  colorSuccessBorder: '#73d13d',
  colorWarningBg: '#fffbe6',
  colorWarningBorder: '#d48806',
  colorErrorBg: '#fff2f0',
  colorErrorBorder: '#ff7875',
  colorInfoBg: '#e6f4ff',
  colorInfoBorder: '#69b1ff',
};

export const standardTheme: ThemeConfig = {
  token: {
    ...colours,
    fontSize: 16,
    borderRadius: 6,
  },
};

/** Extra-large text, generous line spacing, and 60 px controls. */
export const elderlyTheme: ThemeConfig = {
  token: {
    ...colours,
    fontSize: 22,
    fontSizeHeading1: 40,
    fontSizeHeading2: 34,
    fontSizeHeading3: 28,
    fontSizeHeading4: 26,
    fontSizeHeading5: 24,
    lineHeight: 1.6,
    controlHeight: 60,
    controlHeightSM: 60,
    controlHeightLG: 64,
    borderRadius: 8,
    controlInteractiveSize: 28,
  },
  components: {
    Button: { paddingInline: 24, contentFontSize: 22, contentFontSizeLG: 24 },
    Table: { cellPaddingBlock: 18 },
  },
};

export function themeFor(elderly: boolean): ThemeConfig {
  return elderly ? elderlyTheme : standardTheme;
}

export function themesForExtraction(): ThemeConfig[] {
  return [standardTheme, elderlyTheme];
}
