import { createReadStream } from 'node:fs';
import { open, readdir, readFile, rm, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** One acknowledged write to the embedded store, as replayed after a crash. */
export type JournalRecord =
  | { op: 'database'; id: string }
  | { op: 'container'; db: string; id: string; partitionKeyPaths: string[] }
  | { op: 'put'; db: string; container: string; doc: Record<string, unknown> }
  | { op: 'delete'; db: string; container: string; id: string; partitionKey: unknown };

const SEGMENT = /^journal-(\d{8})\.jsonl$/;
const segmentName = (sequence: number) => `journal-${String(sequence).padStart(8, '0')}.jsonl`;

/**
 * An append-only journal of the embedded store's writes, in numbered segments. `append` resolves
 * only when its record is on disk: records that arrive while a write is under way are written and
 * fsynced together (group commit), so a burst costs one fsync, not one each.
 */
export class StoreJournal {
  private handle: FileHandle | undefined;
  private pending: Array<{ line: string; done: (error?: unknown) => void }> = [];
  private flushQueued = false;
  /** Every file operation runs in this one chain, so a rotation never meets a write half-way. */
  private chain: Promise<void> = Promise.resolve();
  private bytes = 0;

  private constructor(
    private readonly dir: string,
    private sequence: number,
  ) {}

  /** Opens a new segment after `lastSequence` (every older one is replayed or compacted). */
  static async open(dir: string, lastSequence: number): Promise<StoreJournal> {
    const journal = new StoreJournal(dir, lastSequence + 1);
    journal.handle = await open(join(dir, segmentName(journal.sequence)), 'a', 0o600);
    return journal;
  }

  /** Bytes in the segment being written. */
  get currentBytes(): number {
    return this.bytes;
  }

  append(record: JournalRecord): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push({ line: `${JSON.stringify(record)}\n`, done: (error) => (error ? reject(error) : resolve()) });
      if (!this.flushQueued) {
        this.flushQueued = true;
        void this.enqueue(() => this.writePending());
      }
    });
  }

  /** Starts a new segment and returns the number of the closed one, which holds every write acknowledged so far. */
  rotate(): Promise<number> {
    return this.enqueue(async () => {
      const closed = this.sequence;
      await this.handle?.close();
      this.sequence += 1;
      this.bytes = 0;
      this.handle = await open(join(this.dir, segmentName(this.sequence)), 'a', 0o600);
      return closed;
    });
  }

  close(): Promise<void> {
    return this.enqueue(async () => {
      await this.handle?.close();
      this.handle = undefined;
    });
  }

  private enqueue<T>(operation: () => Promise<T>): Promise<T> {
    const result = this.chain.then(operation);
    this.chain = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  /** Writes everything that arrived since the last write, with one fsync (group commit). */
  private async writePending(): Promise<void> {
    this.flushQueued = false;
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    try {
      if (!this.handle) throw new Error('the journal is closed');
      const text = batch.map((entry) => entry.line).join('');
      await this.handle.write(text);
      await this.handle.datasync();
      this.bytes += Buffer.byteLength(text);
      for (const entry of batch) entry.done();
    } catch (error) {
      for (const entry of batch) entry.done(error);
    }
  }
}

/** The numbers of the journal segments in `dir` newer than `after`, oldest first. */
async function segmentsAfter(dir: string, after: number): Promise<number[]> {
  return (await readdir(dir))
    .map((name) => SEGMENT.exec(name))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => Number(match[1]))
    .filter((sequence) => sequence > after)
    .sort((a, b) => a - b);
}

/**
 * The records of the segments after `after` up to `upTo`, oldest first, read as a stream: a large
 * journal is folded into the snapshot while the store goes on serving (compaction), never read
 * into memory whole.
 */
export async function* streamJournal(dir: string, after: number, upTo: number): AsyncGenerator<JournalRecord> {
  for (const sequence of await segmentsAfter(dir, after)) {
    if (sequence > upTo) return;
    for await (const line of createInterface({ input: createReadStream(join(dir, segmentName(sequence)), 'utf8'), crlfDelay: Infinity })) {
      if (!line) continue;
      let record: JournalRecord;
      try {
        record = JSON.parse(line) as JournalRecord;
      } catch {
        break; // a torn last line: the write was never acknowledged
      }
      yield record;
    }
  }
}

/** The journal segments in `dir` newer than `after`, oldest first, with their records. */
export async function readJournal(dir: string, after: number): Promise<Array<{ sequence: number; records: JournalRecord[] }>> {
  const segments = await segmentsAfter(dir, after);
  const result: Array<{ sequence: number; records: JournalRecord[] }> = [];
  for (const sequence of segments) {
    const text = await readFile(join(dir, segmentName(sequence)), 'utf8');
    const records: JournalRecord[] = [];
    for (const line of text.split('\n')) {
      if (!line) continue;
      try {
        records.push(JSON.parse(line) as JournalRecord);
      } catch {
        break; // a torn last line: the write was never acknowledged
      }
    }
    result.push({ sequence, records });
  }
  return result;
}

/** The highest segment number in `dir` (0 when there is none). */
export async function lastJournalSequence(dir: string): Promise<number> {
  const sequences = (await readdir(dir)).map((name) => SEGMENT.exec(name)).filter((match) => match !== null).map((match) => Number(match[1]));
  return Math.max(0, ...sequences);
}

/** Deletes the segments a snapshot covers. */
export async function removeJournalUpTo(dir: string, sequence: number): Promise<void> {
  for (const name of await readdir(dir)) {
    const match = SEGMENT.exec(name);
    if (match && Number(match[1]) <= sequence) await rm(join(dir, name), { force: true });
  }
}
