/**
 * Build-time extraction of Ant Design's CSS-in-JS styles into one static stylesheet.
 *
 * The gateway serves the SPA with `style-src 'self'`: no inline `<style>` may be applied, so
 * antd's runtime style injection would be refused by the browser. This plugin renders the antd
 * components the app uses once per theme (standard and elderly mode) on the server side,
 * collects their styles into `assets/antd-<hash>.css`, and links it first in `index.html`. The
 * stylesheet also carries antd's cache map, from which the runtime learns that the styles exist
 * already and injects none. `vite dev` has no such policy and keeps runtime injection.
 *
 * A component added to the app must be added to `usedComponents` below (the build's browser
 * check, see README, reports any style the browser refused).
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { themesForExtraction } from '../src/theme/themes.ts';

async function extractCss(): Promise<string> {
  // antd chooses its class-name prefix (`css-` versus `css-dev-only-…`) from NODE_ENV.
  process.env.NODE_ENV = 'production';
  const require = createRequire(import.meta.url);
  const React = require('react') as typeof import('react');
  const { renderToString } = require('react-dom/server') as typeof import('react-dom/server');
  const antd = require('antd') as typeof import('antd');
  // The very cssinjs instance that antd itself uses.
  const fromAntd = createRequire(require.resolve('antd'));
  const cssinjs = fromAntd('@ant-design/cssinjs') as typeof import('@ant-design/cssinjs');
  const h = React.createElement;
  const {
    App, Alert, Button, Card, Checkbox, Col, ConfigProvider, DatePicker, Descriptions, Empty, Form, Input,
    Radio, Row, Select, Space, Spin, Switch, Table, Timeline, Typography, Tag, Tooltip, Popover, Modal,
    Result, Divider, Pagination, Badge, Progress, Calendar, InputNumber, message, notification, Upload,
  } = antd;
  const opt = [{ label: 'a', value: 'a' }];
  const usedComponents = () =>
    h(
      App,
      null,
      h(Alert, { type: 'error', showIcon: true, message: 'x', description: 'x', closable: true, action: h(Button, null, 'x') }),
      h(Button, { type: 'primary', danger: true, loading: true, size: 'large' }, 'x'),
      h(Card, { title: 'x' }, 'x'),
      h(Checkbox, null, 'x'),
      h(Checkbox.Group, { options: opt }),
      h(Row, { gutter: 16 }, h(Col, { xs: 24, lg: 12 }, 'x')),
      h(DatePicker, { showTime: true }),
      h(DatePicker.RangePicker),
      h(Descriptions, { bordered: true, items: [{ key: 1, label: 'x', children: 'x' }] }),
      h(Empty),
      h(
        Form,
        { layout: 'vertical' },
        h(Form.Item, { label: 'x', help: 'x', validateStatus: 'error', required: true, extra: 'x' }, h(Input)),
        h(Form.Item, { label: 'x', hasFeedback: true }, h(Select, { options: opt })),
        h(Form.ErrorList, { errors: ['x'] }),
      ),
      h(Form, { layout: 'inline' }, h(Form.Item, { label: 'x' }, h(Input))),
      h(Input, { prefix: 'x', allowClear: true, showCount: true, maxLength: 9 }),
      h(Input.TextArea, { showCount: true, maxLength: 10 }),
      h(Input.Password),
      h(Input.Search),
      h(Radio.Group, { options: opt }),
      h(Radio.Group, { optionType: 'button', buttonStyle: 'solid', options: opt }),
      h(Select, { mode: 'multiple', allowClear: true, showSearch: true, options: opt, value: ['a'] }),
      h(Space, { wrap: true }, 'x'),
      h(Space.Compact, null, h(Input), h(Button, null, 'x')),
      h(Spin),
      h(Switch),
      h(Table, { dataSource: [{ key: 1, a: 'x' }], columns: [{ title: 'a', dataIndex: 'a' }], loading: true }),
      h(Table, { dataSource: [], columns: [{ title: 'a', dataIndex: 'a' }] }),
      h(Timeline, { items: [{ children: 'x' }] }),
      h(Calendar, { fullscreen: false }),
      h(InputNumber, { min: 0 }),
      h(Space.Compact, null, h(Select, { options: opt }), h(InputNumber)),
      h(Typography.Title, null, 'x'),
      h(Typography.Paragraph, null, 'x'),
      h(Typography.Text, null, 'x'),
      // Likely next (admin, dashboards): cheap to keep ready.
      ...['blue', 'green', 'red', 'orange', 'gold', 'purple', 'success', 'processing', 'error', 'warning', 'default'].map(
        (c) => h(Tag, { key: c, color: c }, c),
      ),
      h(Tooltip._InternalPanelDoNotUseOrYouWillBeFired, { title: 'x' }),
      h(Popover._InternalPanelDoNotUseOrYouWillBeFired, { title: 'x', content: 'x' }),
      h(Modal._InternalPanelDoNotUseOrYouWillBeFired, { title: 'x' }),
      h(message._InternalPanelDoNotUseOrYouWillBeFired, { content: 'x' }),
      h(notification._InternalPanelDoNotUseOrYouWillBeFired, { message: 'x' }),
      h(Result, { status: 'success', title: 'x' }),
      h(Divider),
      h(Pagination, { total: 100 }),
      h(Badge, { count: 1 }),
      h(Progress, { percent: 50 }),
      // Attachments: the picker's trigger (files are listed by the app itself).
      h(Upload, { showUploadList: false, multiple: true }, h(Button, null, 'x')),
    );
  const cache = cssinjs.createCache();
  renderToString(
    h(
      cssinjs.StyleProvider,
      { cache },
      ...themesForExtraction().map((theme, i) => h(ConfigProvider, { key: i, theme, button: { autoInsertSpace: false } }, usedComponents())),
    ),
  );
  return cssinjs.extractStyle(cache, true);
}

export function antdStaticStyle(): Plugin {
  let fileName = '';
  return {
    name: 'minsheng-antd-static-style',
    apply: 'build',
    async buildStart() {
      const source = await extractCss();
      const hash = createHash('sha256').update(source).digest('hex').slice(0, 10);
      fileName = `assets/antd-${hash}.css`;
      this.emitFile({ type: 'asset', fileName, source });
    },
    transformIndexHtml() {
      return [{ tag: 'link', attrs: { rel: 'stylesheet', href: `/${fileName}` }, injectTo: 'head-prepend' }];
    },
  };
}
