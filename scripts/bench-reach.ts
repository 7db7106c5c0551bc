/**
 * The Monday status request to 1,000 contacts of whom 900 never opened a chat with the bot and are
 * reachable only through the team: the team's members are listed (100 a page), the 900 1:1 chats
 * are created, then every card is sent through the outbox; all through the real adapter and HTTP to
 * a fake connector that allows 50 requests per second (429 with Retry-After past that), as Teams.
 * Last line: `reach: <a> via team, <b> direct, <u> unreachable, <r> sends/s` (r: cards per second
 * while sending, first card to last, as bench:fanout measures).
 */
import { PLAYGROUND_TENANT } from '../test/support/activities.ts';
import { startFakeConnector, type FakeTeamMember } from '../test/support/fake-connector.ts';
import { addContacts } from '../test/support/jobs-harness.ts';
import { createReachingJobs } from '../test/support/reach-harness.ts';
import { startTestStore } from '../test/support/test-store.ts';

const CONTACTS = Number(process.argv[2] ?? 1000);
const VIA_TEAM = Number(process.argv[3] ?? Math.round(CONTACTS * 0.9));
const TEAM_ID = '19:bench-team@thread.tacv2';
const tenantId = PLAYGROUND_TENANT;

const store = await startTestStore();
const members: FakeTeamMember[] = [];
const connector = await startFakeConnector({ perSecond: 50, teamMembers: { [TEAM_ID]: members } });
try {
  const { repositories } = store;
  // Only the bench's contacts: the seeded demo people would be unreachable (not in the team).
  for (const entry of await repositories.roster.list(tenantId)) await repositories.roster.delete(tenantId, entry.id);
  const districts = (await repositories.districts.list(tenantId)).map((d) => d.id);
  const direct = await addContacts(repositories, connector.serviceUrl, CONTACTS - VIA_TEAM, districts);
  const teamOnly = Array.from({ length: VIA_TEAM }, (_, i) => `team-contact-${String(i).padStart(5, '0')}`);
  for (const [i, id] of teamOnly.entries()) {
    await repositories.roster.upsert({ tenantId, id, type: 'roster-entry', name: `Teamkontakt ${i}`, roles: ['contact'], districtIds: [districts[i % districts.length]!], demo: true });
  }
  // Everyone is a member of the coordination team (the direct ones too, as in life).
  for (const id of [...direct.map((c) => c.id), ...teamOnly]) members.push({ id: `29:${id}`, aadObjectId: id, name: id });
  const { teams, jobs } = createReachingJobs(repositories, 'bench');
  await teams.record({ tenantId, teamId: TEAM_ID, name: 'Samordning', serviceUrl: connector.serviceUrl, botId: '28:bot' });

  const started = performance.now();
  const report = await jobs.run('status-request', tenantId, '2026-W48');
  const seconds = (performance.now() - started) / 1000;
  if (!report.ran || !report.reach) throw new Error(`the job did not run: ${JSON.stringify(report)}`);
  const received = new Map<string, number>();
  for (const send of connector.sends) received.set(send.conversationId, (received.get(send.conversationId) ?? 0) + 1);
  const cardsTo = (id: string) => received.get(`a:chat-${id}`) ?? received.get(`a:team-chat-29:${id}`) ?? 0;
  const everyone = [...direct.map((c) => c.id), ...teamOnly];
  const lost = everyone.filter((id) => cardsTo(id) === 0).length;
  const duplicates = [...received.values()].reduce((sum, n) => sum + Math.max(0, n - 1), 0);
  const first = connector.sends[0]?.at ?? 0;
  const last = connector.sends.at(-1)?.at ?? 0;
  const sendingSeconds = (last - first) / 1000;
  const sustained = (connector.sends.length - 1) / sendingSeconds;
  const requests = connector.memberPages + connector.created.length + connector.sends.length;
  console.log(`contacts ${everyone.length} (${teamOnly.length} without a chat with the bot), job ${JSON.stringify(report.drain)}`);
  console.log(`connector: ${connector.memberPages} member pages, ${connector.created.length} chats created, ${connector.sends.length} cards, ${connector.throttled} answered 429`);
  console.log(`whole job ${seconds.toFixed(1)} s: ${(requests / seconds).toFixed(1)} connector requests/s, ${(everyone.length / seconds).toFixed(1)} cards/s incl. reaching; sending ${sendingSeconds.toFixed(1)} s; ${duplicates} duplicates, ${lost} lost`);
  console.log(`reach: ${report.reach.viaTeam.length} via team, ${report.reach.direct.length} direct, ${report.unreachable.length} unreachable, ${sustained.toFixed(1)} sends/s`);
} finally {
  await connector.stop();
  await store.stop();
}
