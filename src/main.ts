import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Server } from 'node:http';
import { hostname } from 'node:os';
import type { AddressInfo } from 'node:net';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createAdapter } from '../bot/edge/create-adapter.ts';
import { createHttpApp } from '../bot/edge/create-http-app.ts';
import { BackgroundReplies } from '../bot/edge/background-replies.ts';
import { BotProactiveSender } from '../bot/edge/bot-proactive-sender.ts';
import { BotTeamDirectory } from '../bot/edge/team-directory.ts';
import { mountJobsRoute } from '../bot/edge/jobs-route.ts';
import { createReportLinks, mountReportFilesRoute, randomReportLinkSecret, type ReportLink } from '../bot/edge/report-links.ts';
import { readPoliticalReport } from './app/read-political-report.ts';
import { createLocalTokenIssuer, entraTokenRules } from '../bot/edge/tab-auth.ts';
import { mountDevTabHost } from '../bot/edge/tab-dev-host.ts';
import { mountTabRoutes } from '../bot/edge/tab-routes.ts';
import { createBot } from '../bot/create-bot.ts';
import { createAdminDeps } from '../bot/features/admin.ts';
import { createPlanDeps } from '../bot/features/plan.ts';
import { coordinatorRenderer, createSummaryRenderer, statusJobRenderer, taskRenderer } from '../cards/renderers.ts';
import { lagetDeepLink } from '../cards/weekly-summary-card.ts';
import { AuditLog } from './app/audit-log.ts';
import { applySteeringChannelConfig, ChannelService } from './app/channel-service.ts';
import { CoordinatorQuestions } from './app/coordinator-questions.ts';
import { QuestionLog } from './app/question-log.ts';
import { planSummarySource } from './app/read-plan-for-summary.ts';
import { StatusJobs, statusScheduledJobs } from './app/status-jobs.ts';
import { ReachService } from './app/reach-service.ts';
import { TeamService } from './app/team-service.ts';
import { TaskNotifier } from './app/task-notifier.ts';
import { TaskReminderJob, taskReminderScheduledJobs } from './app/task-reminder-job.ts';
import { createSummaryJob, summaryScheduledJob } from './app/summary-job.ts';
import { StatusService } from './app/status-service.ts';
import { DashboardReadModel } from './app/dashboard-read-model.ts';
import { DecisionService } from './app/decision-service.ts';
import { TaskService } from './app/task-service.ts';
import { weekKeyOf, type WeekKey } from './domain/iso-week.ts';
import { STATUS_JOB_NAMES, SUMMARY_JOB_NAME } from './domain/jobs.ts';
import { OutboxSender } from './scheduling/outbox-sender.ts';
import { Scheduler } from './scheduling/scheduler.ts';
import { DocumentService } from './app/document-service.ts';
import { KnowledgeService } from './app/knowledge-service.ts';
import { parseConfig, PLAYGROUND_TENANT_ID } from './config.ts';
import { createLogger } from './logger.ts';
import { loadKnowledgeBaseFromFiles } from './qa/load-knowledge-base.ts';
import { DEMO_ROSTER_FILE, readRosterFile, seedStore } from './seed/seed-store.ts';
import { createRepositories, type Repositories } from './storage/create-repositories.ts';
import { openCosmos } from './storage/open-cosmos.ts';
import { checkStore } from './storage/check-store.ts';

/** SIGTERM to exit: orchestrators kill after 10 s (App Service, Kubernetes' default is 30 s). */
const STOP_DEADLINE_MS = 8_000;
const STOP_STEP_MIN_MS = 200;
/** /readyz answers within this (App Service's health check waits 2 minutes at most, but probes pile up). */
const READY_CHECK_TIMEOUT_MS = 2_000;

/** The project root: the nearest folder up with a package.json (so a compiled dist/src/main.js finds it too). */
function projectRoot(): string {
  let dir = new URL('./', import.meta.url);
  while (!existsSync(fileURLToPath(new URL('package.json', dir))) && dir.pathname !== '/') dir = new URL('../', dir);
  return fileURLToPath(dir);
}
/** Where the built tab lives (vite's output, `npm run build:tab`). */
export const TAB_DIST_DIR = `${projectRoot()}dist/tab/`;
/** The Agents Playground's own user: the dev host signs in as them unless told otherwise. */
const PLAYGROUND_USER_ID = '00000000-0000-0000-0000-0000000000020';

/** Wiring that other parts (the report files) provide; absent in tests that do not need it. */
export interface RunningApp {
  url: string;
  port: number;
  playgroundUrl?: string;
  /** The dashboard in the local dev host (local anonymous mode only). */
  tabHostUrl?: string;
  /** For tests and operations scripts that inspect the store the app uses. */
  repositories: Repositories;
  /** The knowledge cache, for tests that check what a write made the answerer see. */
  knowledge: KnowledgeService;
  /** Signed download links to the report back's files (the tab's API hands these out too). */
  reportLink: ReportLink;
  /** Waits for work the turns started after their replies (records written after the answer). */
  idle(): Promise<void>;
  /** Stops everything it started, in reverse order, within `deadlineMs` (8 s by default). */
  stop(options?: { deadlineMs?: number }): Promise<void>;
}

/**
 * The composition root: reads the configuration once, wires storage, the bot and the HTTP server,
 * seeds the store, and returns a handle that stops everything it started, in reverse order.
 */
export async function startApp(env: Record<string, string | undefined>): Promise<RunningApp> {
  const startedAt = performance.now();
  const config = parseConfig(env);
  const logger = createLogger(config.logLevel);
  const stops: Array<() => Promise<void> | void> = [];
  // Shutdown ends waits between retries and stops drains from starting items (they stay in the outbox).
  const shutdown = new AbortController();
  const stop = async ({ deadlineMs = STOP_DEADLINE_MS } = {}) => {
    shutdown.abort();
    const deadline = Date.now() + deadlineMs;
    for (const stopOne of stops.reverse()) {
      // Each step waits at most until the deadline (a little past it, so the store still flushes).
      const waitMs = Math.max(STOP_STEP_MIN_MS, deadline - Date.now());
      const finished = await Promise.race([
        Promise.resolve().then(stopOne).then(() => true, (err: unknown) => (logger.error({ err }, 'a step of the shutdown failed'), true)),
        sleep(waitMs, false, { ref: false }),
      ]);
      if (!finished) logger.warn({ waitMs }, 'a step of the shutdown did not finish in time; going on without it');
    }
  };
  try {
    let cosmosTarget: { endpoint: string; key: string };
    if ('embedded' in config.cosmos) {
      // Loaded only here: the embedded server and the Playground are development dependencies,
      // absent from a production install (`npm ci --omit=dev`).
      const { startEmbeddedCosmos } = await import('./storage/embedded-cosmos.ts');
      const embedded = await startEmbeddedCosmos({ dataDir: config.cosmos.dataDir });
      stops.push(() => embedded.stop());
      cosmosTarget = embedded;
      logger.info({ dataDir: config.cosmos.dataDir }, 'embedded Cosmos DB server started; data persisted in the data directory');
    } else {
      cosmosTarget = config.cosmos;
    }
    const connection = await openCosmos({
      ...cosmosTarget,
      databaseId: config.cosmos.databaseId,
      onWait: (details) => logger.warn(details, 'waiting for Cosmos DB to answer (gives up after 60 s)'),
    });
    stops.push(() => connection.dispose());
    const repositories = createRepositories(connection, {
      exclusive: 'embedded' in config.cosmos,
      onTopicWriteError: (err, id) => logger.warn({ err, id }, 'could not store the conversation topic'),
    });
    stops.push(() => repositories.conversationTopics.flush()); // after the server has stopped, before the store

    if (config.exposedAnonymously) logger.warn({ host: config.host }, 'ALLOW_ANONYMOUS=1: requests are not authenticated on an address other machines can reach; anyone can act as anyone');
    for (const tenantId of config.allowedTenants) {
      const knowledge = await loadKnowledgeBaseFromFiles(tenantId);
      const rosterFile = config.rosterFile ?? (config.seedDemoRoster && tenantId === PLAYGROUND_TENANT_ID ? DEMO_ROSTER_FILE : undefined);
      const roster = rosterFile ? await readRosterFile(rosterFile, tenantId, !config.rosterFile) : [];
      const { created, refreshed } = await seedStore(repositories, knowledge, roster, config.bootstrapAdminIds);
      logger.info({ tenantId, created, refreshed }, 'seeded the store');
    }

    const knowledge = new KnowledgeService(repositories);
    const audit = new AuditLog(repositories.audit);
    const status = new StatusService(repositories, audit);
    const { adapter, authentication } = createAdapter(config.bot, logger);
    const owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    const proactive = new BotProactiveSender(adapter, config.bot.appId, shutdown.signal);
    const sender = new OutboxSender({
      outbox: repositories.outbox,
      conversations: repositories.conversations,
      sender: proactive,
      owner,
      signal: shutdown.signal,
      throttledSince: () => proactive.throttledCount(),
    });
    // People without a chat with the bot are reached through the team the app is installed in.
    const teamDirectory = new BotTeamDirectory(adapter, config.bot.appId);
    const teams = new TeamService({ repositories, directory: teamDirectory });
    const reach = new ReachService({
      repositories,
      teams,
      directory: teamDirectory,
      onError: (err, context) => logger.warn({ err, ...context }, 'could not open a chat with a team member'),
    });
    const jobs = new StatusJobs({ repositories, status, sender, renderer: statusJobRenderer, owner, notify: proactive, reach });
    const steering = new ChannelService('steering', repositories, audit);
    await applySteeringChannelConfig(steering, config.allowedTenants, config.steeringChannelId);
    // The summary's "Öppna Läget" leads to the tab of the app with TEAMS_APP_ID.
    const summaryCards = { lagetUrl: lagetDeepLink(config.teamsAppId) };
    const summaryJob = createSummaryJob({ repositories, knowledge, sender: proactive, renderer: createSummaryRenderer(summaryCards), owner, reach, ...planSummarySource(repositories) });
    // The scheduler starts after the server; a schedule edit before that has nothing to re-arm.
    let scheduler: Scheduler | undefined;
    const admin = createAdminDeps({ repositories, audit, onScheduleChanged: (tenantId) => scheduler?.reload(tenantId), people: teams, logger });
    const notifier = new TaskNotifier({ repositories, sender, renderer: taskRenderer, reach, onError: (err) => logger.error({ err }, 'task notification failed') });
    stops.push(() => notifier.idle()); // let assignment cards under way finish
    const plan = createPlanDeps({ repositories, audit, assignments: notifier });
    const taskReminders = new TaskReminderJob({ repositories, notifier, owner });
    const coordinatorChannels = new ChannelService('coordinator', repositories, audit);
    const coordinatorQuestions = new CoordinatorQuestions({
      repositories,
      channels: coordinatorChannels,
      audit,
      sender,
      renderer: coordinatorRenderer,
      knowledge,
      onError: (err) => logger.error({ err }, 'a coordinator question or answer could not be sent'),
    });
    stops.push(() => coordinatorQuestions.idle()); // let questions and answers under way be sent
    // The report back's download links: signed with REPORT_LINK_SECRET (random per process when unset),
    // pointing at PUBLIC_URL or, until one is set, this server's own address (known once it listens).
    let serverUrl = '';
    if (!config.reportLinkSecret) logger.info('REPORT_LINK_SECRET is not set: report download links are signed with a random secret and work only on this instance until it restarts');
    const reportLinks = createReportLinks({ secret: config.reportLinkSecret ?? randomReportLinkSecret(), publicUrl: () => config.publicUrl ?? serverUrl });
    const background = new BackgroundReplies(proactive, logger);
    stops.push(() => background.idle());
    const questionLog = new QuestionLog(repositories);
    stops.push(() => questionLog.flush()); // refusals gathered for the admins' list, before the background waits for them
    const { onTurn } = createBot({
      repositories,
      knowledge,
      documents: new DocumentService(repositories, audit),
      status,
      jobs,
      admin,
      plan,
      steering: { steering, summaryJob, knowledge, cards: summaryCards, ...planSummarySource(repositories) },
      coordinators: { channels: coordinatorChannels, questions: coordinatorQuestions, questionLog },
      background,
      teams,
      logger,
      readAccess: config.readAccess,
      reportFiles: { link: reportLinks.reportLink, minutes: Math.round(reportLinks.lifetimeMs / 60_000) },
    });
    const allowedTenants = new Set(config.allowedTenants);
    const dashboard = new DashboardReadModel({
      knowledge,
      repositories,
      tasks: new TaskService({ repositories, audit }),
      decisions: new DecisionService({ repositories, audit }),
    });
    status.onReportWritten((report) => dashboard.reportWritten(report));
    const rosterEntry = async (tenantId: string, userId: string) => (await repositories.roster.read(tenantId, userId))?.doc;
    // The dev host (and its local signing key) exists only locally without an app id: the Playground setup.
    const devHost = config.anonymous && !config.exposedAnonymously ? await createLocalTokenIssuer(allowedTenants) : undefined;
    let schedulerState: 'off' | 'starting' | 'running' = config.scheduler ? 'starting' : 'off';
    let storeWasReady = true;
    const readiness = async () => {
      const store = await checkStore(connection, config.allowedTenants[0]!, READY_CHECK_TIMEOUT_MS);
      if ((store === 'ok') !== storeWasReady) {
        storeWasReady = store === 'ok';
        if (storeWasReady) logger.info('the store answers again: ready');
        else logger.warn({ store }, 'not ready: the store did not answer the readiness check in time, or has no data');
      }
      return { ready: store === 'ok' && schedulerState !== 'starting', checks: { store, scheduler: schedulerState } };
    };
    const app = createHttpApp({
      readiness,
      adapter,
      ...(authentication ? { authentication } : {}),
      allowedTenants,
      onTurn,
      logger,
      routes: (express) => {
        mountReportFilesRoute(express, {
          links: reportLinks,
          allowedTenants,
          rosterEntry: (tenantId, userId) => status.rosterEntry(tenantId, userId),
          readReport: (tenantId, request) => readPoliticalReport(repositories, tenantId, request, new Date()),
          logger,
        });
        mountTabRoutes(express, {
          dashboard,
          rules: devHost ? devHost.rules : entraTokenRules({ appId: config.bot.appId, domain: config.tabDomain, allowedTenants }),
          rosterEntry,
          readAccess: config.readAccess,
          staticDir: TAB_DIST_DIR,
          reportLink: reportLinks.reportLink,
          logger,
        });
        if (devHost) mountDevTabHost(express, { issuer: devHost, tenantId: PLAYGROUND_TENANT_ID, defaultUserId: PLAYGROUND_USER_ID, rosterEntry });
        if (!config.jobsKey) return;
        mountJobsRoute(express, {
          jobsKey: config.jobsKey,
          defaultTenantId: config.allowedTenants[0]!,
          allowedTenants,
          jobs: {
            ...Object.fromEntries(
              STATUS_JOB_NAMES.map((job) => [job, (tenantId: string, week?: WeekKey) => jobs.run(job, tenantId, week ?? weekKeyOf(new Date()), { rerun: true })]),
            ),
            [SUMMARY_JOB_NAME]: (tenantId, week) => summaryJob.run(tenantId, week ?? weekKeyOf(new Date()), { rerun: true }),
          },
        });
      },
    });
    const server: Server = await new Promise((resolve, reject) => {
      const listening = app.listen(config.port, config.host, () => resolve(listening)).once('error', reject);
    });
    server.keepAliveTimeout = 65_000;
    stops.push(
      () =>
        new Promise<void>((resolve) => {
          // Stop accepting; idle keep-alive connections go now, busy ones get a moment to answer.
          server.close(() => resolve());
          server.closeIdleConnections();
          setTimeout(() => server.closeAllConnections(), 1_000).unref();
        }),
    );
    const { port } = server.address() as AddressInfo;
    const url = `http://${config.host}:${port}`;
    serverUrl = url;

    if (config.scheduler) {
      scheduler = new Scheduler({
        tenants: config.allowedTenants,
        loadSchedule: (tenantId) => status.schedule(tenantId),
        jobs: [
          ...statusScheduledJobs(jobs),
          summaryScheduledJob(summaryJob),
          ...taskReminderScheduledJobs(taskReminders),
        ],
        logger,
        refreshMs: 5 * 60_000,
      });
      await scheduler.start();
      schedulerState = 'running';
      const started = scheduler;
      stops.push(() => started.stop());
    }

    let playgroundUrl: string | undefined;
    if (config.playground) {
      const { startPlayground } = await import('../bot/edge/playground.ts');
      const playground = await startPlayground({
        botEndpoint: `${url}/api/messages`,
        port: config.playground.port,
        configPath: fileURLToPath(new URL('../.m365agentsplayground.yml', import.meta.url)),
        timeZone: 'Europe/Stockholm',
        env: { PATH: env.PATH, HOME: env.HOME },
        logger,
      });
      stops.push(() => playground.stop());
      playgroundUrl = playground.url;
    }
    const tabHostUrl = devHost ? `${url}/dev/tab-host` : undefined;
    logger.info({ url, playgroundUrl, tabHostUrl, readyMs: Math.round(performance.now() - startedAt) }, 'Samverkan is ready');
    return { url, port, ...(playgroundUrl ? { playgroundUrl } : {}), ...(tabHostUrl ? { tabHostUrl } : {}), repositories, knowledge, reportLink: reportLinks.reportLink, idle: () => background.idle(), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Starts Samverkan from `process.env` and stops it on SIGTERM/SIGINT (`npm start`, and `node dist/main.js` through start-production.ts). */
export async function main(options: { env?: Record<string, string | undefined>; onStopped?: () => Promise<void> } = {}): Promise<void> {
  const env = options.env ?? process.env;
  // `npm start` builds the tab when it is missing; a production start expects `npm run build` to have done it.
  if (!existsSync(`${TAB_DIST_DIR}index.html`) && env.NODE_ENV !== 'production') {
    process.stdout.write('Bygger fliken Läget (npm run build:tab) …\n');
    const { buildTab } = await import('../scripts/build-tab.ts');
    await buildTab();
  }
  const app = await startApp(env);
  if (app.playgroundUrl) {
    process.stdout.write(`\nSamverkan körs. Öppna Agents Playground: ${app.playgroundUrl}\n`);
  }
  if (app.tabHostUrl) {
    process.stdout.write(`Öppna Läget (instrumentpanelen): ${app.tabHostUrl}\n\n`);
  }
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`${JSON.stringify({ level: 30, msg: `received ${signal}, stopping` })}\n`);
    app
      .stop()
      .then(() => options.onStopped?.())
      .then(
        () => process.exit(0),
        () => process.exit(1),
      );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    process.stderr.write(`Samverkan could not start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
