// Where the server under test is, and where the artifacts go. run.sh sets MINSHENG_E2E_URL after
// starting `minsheng serve`; to run one file by hand against a server you started yourself:
//   MINSHENG_E2E_URL=http://127.0.0.1:8080 node --test tests/story.test.js
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const E2E_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const REPO_ROOT = path.resolve(E2E_DIR, '..', '..');
export const ARTIFACTS = process.env.MINSHENG_E2E_ARTIFACTS ?? path.join(E2E_DIR, 'artifacts');
export const BASE_URL = (process.env.MINSHENG_E2E_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
export const CHROMIUM = process.env.MINSHENG_E2E_CHROMIUM ?? '/usr/bin/chromium';

/** The demo city's accounts (crates/store/src/seed.rs), all with the same password. */
export const PASSWORD = 'minsheng-demo';
export const ACCOUNTS = {
  resident: 'resident@example.org',
  agent: 'agent@example.org',
  staff: 'staff@example.org', // head of urban-management (城市管理委员会)
  supervisor: 'supervisor@example.org',
  admin: 'admin@example.org',
};

/** The department that category goes to, by the names people read. */
export const URBAN_DEPARTMENT = { zh: '市城市管理局', en: 'Municipal Urban Management Bureau' };

/** A category the demo routing catalogue sends to urban-management for every district. */
export const URBAN_CATEGORY = { code: 'street_light', zh: '路灯损坏', en: 'Broken street lights' };
