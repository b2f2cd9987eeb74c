// A little of the GraphQL API, for fixtures the UI tests need but do not test (a ticket in each
// list, whatever the demo seed left there). Everything the tests check goes through the UI.
import { randomUUID } from 'node:crypto';
import { ACCOUNTS, BASE_URL, PASSWORD, URBAN_CATEGORY } from './config.js';

export async function gql(query, variables = {}, token) {
  const res = await fetch(`${BASE_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors?.length) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
  return body.data;
}

export async function tokenFor(who) {
  const data = await gql('mutation($e:String!,$p:String!){login(email:$e,password:$p){accessToken}}', {
    e: ACCOUNTS[who],
    p: PASSWORD,
  });
  return data.login.accessToken;
}

export async function categoryId(code) {
  const { categories } = await gql('{ categories { id code } }');
  const found = categories.find((c) => c.code === code);
  if (!found) throw new Error(`no category ${code}`);
  return found.id;
}

export async function fileTicket(input, token) {
  const data = await gql(
    'mutation($input: FileTicketInput!){ fileTicket(input: $input) { ticket { id reference state } trackingCode } }',
    { input: { confidential: false, locale: 'zh-CN', idempotencyKey: randomUUID(), ...input } },
    token,
  );
  return { ...data.fileTicket.ticket, trackingCode: data.fileTicket.trackingCode };
}

/**
 * Two tickets: one a resident filed under a routed category (so it is in "my requests", the
 * urban-management queue and the supervisor's search), and one filed anonymously without a topic
 * (so it waits in the agents' inbox).
 */
export async function pageFixtures() {
  const resident = await tokenFor('resident');
  const routed = await fileTicket(
    {
      kind: 'COMPLAINT',
      categoryId: await categoryId(URBAN_CATEGORY.code),
      title: '（页面检查）幸福路路灯不亮',
      description: '幸福路东段三盏路灯不亮，晚上很黑。',
      address: '幸福路 30 号',
      district: '朝阳区',
    },
    resident,
  );
  const unrouted = await fileTicket({
    kind: 'ENQUIRY',
    title: '（页面检查）想咨询居住证办理',
    description: '请问居住证在哪里办，需要带什么材料？',
    contactPhone: '13800138001',
  });
  return { routed, unrouted };
}
