import { spawn } from 'node:child_process';
import { watch, type FSWatcher } from 'node:fs';
import { mkdtemp, open, rm, type FileHandle } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { StringDecoder } from 'node:string_decoder';

export interface PlaygroundLogger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface PlaygroundOptions {
  /** The bot's messaging endpoint, e.g. http://127.0.0.1:3978/api/messages. */
  botEndpoint: string;
  /** Port of the playground's UI and mock connector; 0 picks a free one. */
  port: number;
  /** A `.m365agentsplayground.yml`; without it the playground reads one from the working directory. */
  configPath?: string;
  /**
   * The environment the playground process starts with (PATH, HOME …). Only what is given here is
   * passed on: the bot's secrets never reach it.
   */
  env?: Record<string, string | undefined>;
  logger?: PlaygroundLogger;
  /**
   * IANA time zone of the playground process, which it copies into activities (`localTimezone`,
   * `localTimestamp`, clientInfo `timezone`), e.g. 'Europe/Stockholm'. Default: inherited.
   * (`locale` is hard-coded to en-US by the playground; it cannot be set.)
   */
  timeZone?: string;
  readyTimeoutMs?: number;
}

export interface RunningPlayground {
  /** The web UI, e.g. http://localhost:56150. */
  url: string;
  /** What the playground puts in `activity.serviceUrl`: http://localhost:<port>/_connector. */
  serviceUrl: string;
  pid: number;
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 5_000;
const POLL_INTERVAL_MS = 100;
const KEPT_OUTPUT_LINES = 40;

/** Path of the playground's cli.js, found through module resolution so the working directory does not matter. */
export function resolvePlaygroundCli(): string {
  const packageJson = createRequire(import.meta.url).resolve('@microsoft/m365agentsplayground/package.json');
  return join(dirname(packageJson), 'cli.js');
}

/**
 * Starts the Microsoft 365 Agents Playground (a local Teams-like client) as a child process and
 * resolves once its web UI answers. The bot does not need to be up yet: the page keeps retrying
 * the bot endpoint and sends installationUpdate/conversationUpdate once it connects.
 */
export async function startPlayground(options: PlaygroundOptions): Promise<RunningPlayground> {
  const logger = options.logger ?? silentLogger;
  const readyTimeoutMs = options.readyTimeoutMs ?? READY_TIMEOUT_MS;
  // The playground writes its console only to a log file when stdout is not a TTY (default
  // ./devTools/…, i.e. into the checkout); keep it in a temporary directory and tail it instead.
  const logDir = await mkdtemp(join(tmpdir(), 'samverkan-playground-'));
  const logFile = join(logDir, 'playground.log');
  const env: NodeJS.ProcessEnv = {
    ...options.env,
    TEAMSAPPTESTER_BROWSER: 'none',
    M365_AGENTS_PLAYGROUND_LOGFILE: logFile,
  };
  if (options.configPath) env.M365_AGENTS_PLAYGROUND_CONFIG_PATH = options.configPath;
  if (options.timeZone) env.TZ = options.timeZone;

  const args = [resolvePlaygroundCli(), '-e', options.botEndpoint, '-c', 'msteams', '-p', String(options.port), '--disable-telemetry'];
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const recent: string[] = [];
  const remember = (line: string) => {
    recent.push(line);
    if (recent.length > KEPT_OUTPUT_LINES) recent.shift();
  };

  let listeningPort: number | undefined;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  let hasExited = false;
  void exited.then(() => {
    hasExited = true;
  });
  const spawnError = new Promise<Error>((resolve) => child.once('error', resolve));

  createInterface({ input: child.stdout }).on('line', (line) => {
    remember(line);
    // Printed only when stdout is not a TTY; it carries the real port, which differs from the
    // requested one when that is taken (the playground then silently picks a random port).
    const match = /^Listening on (\d+)$/.exec(line.trim());
    if (match?.[1]) listeningPort = Number(match[1]);
    else logger.info(`playground: ${line}`); // the log file repeats "Listening on …"
  });
  createInterface({ input: child.stderr }).on('line', (line) => {
    remember(line);
    logger.warn(`playground: ${line}`);
  });
  const logTail = tailLogFile(logDir, logFile, (level, line) => {
    if (level === 'debug') return; // web socket chatter and telemetry dumps
    remember(`${level} ${line}`);
    if (level === 'error') logger.error(`playground: ${line}`);
    else if (level === 'warn') logger.warn(`playground: ${line}`);
    else logger.info(`playground: ${line}`);
  });

  // If the test runner or app exits without stop(), do not leave the playground behind.
  const killOnExit = () => {
    if (!hasExited) child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      if (!hasExited && child.pid !== undefined) {
        child.kill('SIGTERM');
        const escalate = setTimeout(() => {
          logger.warn(`playground (pid ${child.pid}) did not stop on SIGTERM within ${STOP_TIMEOUT_MS} ms; sending SIGKILL`);
          child.kill('SIGKILL');
        }, STOP_TIMEOUT_MS);
        await exited;
        clearTimeout(escalate);
      }
      process.removeListener('exit', killOnExit);
      await logTail.close();
      await rm(logDir, { recursive: true, force: true });
    })();
    return stopping;
  };

  const describe = (reason: string) =>
    new Error(
      `Agents Playground did not start: ${reason}. ` +
        `Command: ${process.execPath} ${args.join(' ')}. ` +
        `Check that the config file (${options.configPath ?? '.m365agentsplayground.yml in the working directory, if any'}) is valid ` +
        `and that @microsoft/m365agentsplayground is installed.\nLast output:\n${recent.join('\n')}`,
    );

  try {
    const port = await Promise.race([
      waitUntilServing(() => listeningPort, () => hasExited, readyTimeoutMs),
      exited.then(async ({ code, signal }) => {
        await logTail.drain();
        throw describe(`it exited early (${signal ? `signal ${signal}` : `exit code ${String(code)}`})`);
      }),
      spawnError.then((error) => {
        throw describe(`it could not be spawned (${error.message})`);
      }),
    ]).catch(async (error: unknown) => {
      if (error instanceof TimeoutError) {
        await logTail.drain();
        throw describe(error.message);
      }
      throw error;
    });
    if (options.port !== 0 && port !== options.port) {
      logger.warn(`playground: port ${options.port} was taken; the playground listens on ${port} instead`);
    }
    if (child.pid === undefined) throw describe('it has no process id');
    void exited.then(({ code, signal }) => {
      if (!stopping) logger.error(`playground (pid ${child.pid}) exited unexpectedly (${signal ?? `exit code ${String(code)}`})`);
    });
    const url = `http://localhost:${port}`;
    return { url, serviceUrl: `${url}/_connector`, pid: child.pid, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

class TimeoutError extends Error {}

/** Resolves with the port once the playground has announced it and its UI answers with 200. */
async function waitUntilServing(port: () => number | undefined, exited: () => boolean, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !exited()) {
    const current = port();
    if (current !== undefined && (await answers(`http://127.0.0.1:${current}/`))) return current;
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
  if (exited()) return new Promise<never>(() => {}); // the exit branch of the race reports it
  const current = port();
  throw new TimeoutError(
    current === undefined
      ? `it did not report a listening port within ${timeoutMs} ms`
      : `its UI on port ${current} did not answer within ${timeoutMs} ms`,
  );
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}

type LogLevel = 'log' | 'info' | 'warn' | 'error' | 'debug';

/**
 * Follows the playground's log file (lines "<level> <message>"). The file is deleted and
 * recreated at start, so the directory is watched; messages may span lines and continue the
 * previous level.
 */
function tailLogFile(dir: string, file: string, onLine: (level: LogLevel, line: string) => void) {
  let offset = 0;
  let partial = '';
  let level: LogLevel = 'log';
  const decoder = new StringDecoder('utf8'); // a read may end inside a multi-byte character
  let reading: Promise<void> = Promise.resolve();
  const readNew = async () => {
    let handle: FileHandle;
    try {
      handle = await open(file, 'r');
    } catch {
      return; // not created yet, or already removed
    }
    try {
      const { size } = await handle.stat();
      if (size < offset) offset = 0; // recreated
      if (size === offset) return;
      const buffer = Buffer.alloc(size - offset);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset);
      offset += bytesRead;
      const lines = (partial + decoder.write(buffer.subarray(0, bytesRead))).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        const match = /^(log|info|warn|error|debug) (.*)$/.exec(line);
        if (match?.[1] && match[2] !== undefined) {
          level = match[1] as LogLevel;
          onLine(level, match[2]);
        } else if (line.trim() !== '') {
          onLine(level, line);
        }
      }
    } catch {
      // the log is a convenience; never let reading it break the app
    } finally {
      await handle.close().catch(() => {});
    }
  };
  const schedule = () => {
    reading = reading.then(readNew, readNew);
    return reading;
  };
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(dir, () => void schedule());
    watcher.on('error', () => watcher?.close()); // an unhandled 'error' event would crash the process
  } catch {
    watcher = undefined; // without inotify the log is still read on exit and on stop
  }
  return {
    drain: () => schedule(),
    close: async () => {
      watcher?.close();
      await schedule();
    },
  };
}

const silentLogger: PlaygroundLogger = { info: () => {}, warn: () => {}, error: () => {} };
