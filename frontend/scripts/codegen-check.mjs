// Fails when src/gql/ is not what `npm run codegen` would write from ../schema.graphql and the
// documents in src/: regenerates into a temporary folder and compares file by file.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const committed = join(root, 'src', 'gql');
const tmp = mkdtempSync(join(tmpdir(), 'minsheng-codegen-'));
const fresh = join(tmp, 'gql');

try {
  execFileSync(process.execPath, [join(root, 'node_modules', '@graphql-codegen', 'cli', 'cjs', 'bin.js'), '--silent'], {
    cwd: root,
    env: { ...process.env, CODEGEN_OUT: fresh + '/' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const list = (dir) => (existsSync(dir) ? readdirSync(dir).sort() : []);
  const a = list(committed);
  const b = list(fresh);
  const problems = [];
  for (const name of new Set([...a, ...b])) {
    if (!a.includes(name)) problems.push(`missing in src/gql/: ${name}`);
    else if (!b.includes(name)) problems.push(`not generated any more: src/gql/${name}`);
    else if (readFileSync(join(committed, name), 'utf8') !== readFileSync(join(fresh, name), 'utf8'))
      problems.push(`stale: src/gql/${name}`);
  }
  if (problems.length > 0) {
    console.error('The generated GraphQL code is stale:\n  ' + problems.join('\n  '));
    console.error('Run `npm run codegen` in frontend/ and commit src/gql/.');
    process.exit(1);
  }
  console.log(`codegen:check: src/gql/ is up to date (${a.length} files)`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
