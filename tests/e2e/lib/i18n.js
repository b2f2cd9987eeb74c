// The app's own messages (frontend/src/i18n/{zh-CN,en}.ts), so the tests find buttons and fields by
// the words a person reads, and follow any change of wording. The TypeScript is transpiled with the
// frontend's own `typescript` package (installed by `make web`, which run.sh runs first).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { REPO_ROOT } from './config.js';

const FRONTEND = path.join(REPO_ROOT, 'frontend');
const require = createRequire(path.join(FRONTEND, 'package.json'));

function load(file) {
  let ts;
  try {
    ts = require('typescript');
  } catch {
    throw new Error('the frontend\'s packages are not installed: run `make web` (run.sh does) first');
  }
  const source = fs.readFileSync(path.join(FRONTEND, 'src', 'i18n', file), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', outputText)(module, module.exports, () => ({}));
  return module.exports.default;
}

const cache = new Map();

/** `t('filing.submit')`, with `{{name}}` placeholders filled from `vars`. Throws on a missing key. */
export function messages(language) {
  if (!cache.has(language)) cache.set(language, load(language === 'en' ? 'en.ts' : 'zh-CN.ts'));
  const tree = cache.get(language);
  return (key, vars = {}) => {
    const value = key.split('.').reduce((node, part) => (node == null ? undefined : node[part]), tree);
    if (typeof value !== 'string') throw new Error(`no message ${key} in ${language}`);
    return value.replace(/\{\{(\w+)\}\}/g, (_, name) => String(vars[name] ?? `{{${name}}}`));
  };
}

/** A regular expression matching `text` literally. */
export const literal = (text) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
/** A regular expression matching exactly `text`, ignoring surrounding white space. */
export const exactly = (text) => new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
