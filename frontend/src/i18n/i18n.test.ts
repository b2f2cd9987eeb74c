import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSchema, isEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import en from './en';
import zhCN from './zh-CN';

type Tree = { [k: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}

const zhKeys = leaves(zhCN as Tree);
const enKeys = leaves(en as Tree);
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  it('every zh-CN key exists in en', () => {
    expect([...zhKeys.keys()].filter((k) => !enKeys.has(k))).toEqual([]);
  });

  it('every en key exists in zh-CN', () => {
    expect([...enKeys.keys()].filter((k) => !zhKeys.has(k))).toEqual([]);
  });

  it('no text is empty, and both languages use the same placeholders', () => {
    for (const [key, zh] of zhKeys) {
      const e = enKeys.get(key) ?? '';
      expect(zh.trim(), key).not.toBe('');
      expect(e.trim(), key).not.toBe('');
      expect(placeholders(e), key).toEqual(placeholders(zh));
    }
  });

  it('names every value of the enums the UI shows, from schema.graphql', () => {
    const schema = buildSchema(readFileSync(resolve(__dirname, '../../../schema.graphql'), 'utf8'));
    const shown = ['TicketState', 'TicketKind', 'Priority', 'Channel', 'Role', 'Satisfaction', 'TicketAction'];
    const missing: string[] = [];
    for (const name of shown) {
      const type = schema.getType(name);
      expect(type && isEnumType(type), name).toBe(true);
      if (!type || !isEnumType(type)) continue;
      for (const v of type.getValues()) {
        const key = `enums.${name}.${v.name}`;
        if (!zhKeys.has(key)) missing.push(key);
      }
    }
    expect(missing).toEqual([]);
  });

  it('every literal key used in the source exists', () => {
    const root = resolve(__dirname, '..');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) {
          if (name !== 'gql' && name !== 'i18n') walk(p);
        } else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) files.push(p);
      }
    };
    walk(root);
    const used = new Set<string>();
    for (const f of files) {
      const src = readFileSync(f, 'utf8');
      // t('a.b'), i18n keys in specs (label: 'a.b'), and labelKey-like literals.
      for (const m of src.matchAll(/\bt\(\s*'([a-zA-Z][\w.]*\.[\w.]+)'/g)) used.add(m[1]);
      for (const m of src.matchAll(/(?:label|help|hint): '([a-z]+\.[\w.]+)'/g)) used.add(m[1]);
    }
    expect(used.size).toBeGreaterThan(100);
    expect([...used].filter((k) => !zhKeys.has(k)).sort()).toEqual([]);
  });
});
