/**
 * PGlite serves every socket connection from one backend, and pglite-socket 0.2.17
 * feeds it one protocol message at a time from whichever connection is next. Outside a
 * transaction it does not keep a connection's extended-query cycle together, so with
 * two clients busy at once Parse(A) Parse(B) Bind(A) … reaches the backend, and A
 * fails with "unnamed prepared statement does not exist" or binds B's statement.
 *
 * This replaces the server's queue loop with one that, once a connection has sent a
 * message of a cycle, serves only that connection until the cycle ends: at Sync,
 * a simple Query, Terminate or a startup packet (or the end of its transaction). The
 * queue's fields are pglite-socket's own (the version is pinned exactly); the original
 * loop is kept apart from that choice of the next message.
 */

interface QueuedMessage {
  handlerId: number;
  message: Uint8Array;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (error: unknown) => void;
}

interface QueryQueue {
  queue: QueuedMessage[];
  processing: boolean;
  lastHandlerId: number | null;
  db: {
    isInTransaction(): boolean;
    runExclusive<T>(fn: () => Promise<T>): Promise<T>;
    execProtocolRawStream(message: Uint8Array, options: { onRawData: (data: Uint8Array) => void }): Promise<unknown>;
  };
  processQueue(): Promise<void>;
  clearQueueForHandler(handlerId: number): void;
}

const SYNC = 0x53; // 'S'
const QUERY = 0x51; // 'Q'
const TERMINATE = 0x58; // 'X'
const PROTOCOL_3 = 196_608;

/** Does this message end a request cycle, so another connection may go next? */
export function endsCycle(message: Uint8Array): boolean {
  const type = message[0];
  if (type === SYNC || type === QUERY || type === TERMINATE) return true;
  // Startup packets have no type byte: an int32 length, then the protocol version.
  if (message.length >= 8) {
    const view = new DataView(message.buffer, message.byteOffset, message.byteLength);
    if (view.getInt32(4) === PROTOCOL_3) return true;
  }
  return false;
}

export function keepProtocolCyclesTogether(server: object): void {
  const queue = (server as { queryQueue?: QueryQueue }).queryQueue;
  if (!queue || !Array.isArray(queue.queue) || typeof queue.processQueue !== 'function') {
    throw new Error('pglite-socket internals changed: cannot order protocol messages (check the pinned version)');
  }
  let owner: number | null = null;

  queue.processQueue = async function processQueue(this: QueryQueue): Promise<void> {
    if (this.processing) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const holder = owner ?? (this.db.isInTransaction() ? this.lastHandlerId : null);
        const index = holder === null ? 0 : this.queue.findIndex((m) => m.handlerId === holder);
        // The holder's next message has not arrived yet: enqueue() calls us again when it does.
        if (index === -1) return;
        const [item] = this.queue.splice(index, 1);
        if (!item) return;
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, {
              onRawData: (data) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
        } catch (error) {
          owner = null;
          item.reject(error);
          continue;
        }
        this.lastHandlerId = item.handlerId;
        owner = endsCycle(item.message) ? null : item.handlerId;
        item.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  };

  const clear = queue.clearQueueForHandler.bind(queue);
  queue.clearQueueForHandler = (handlerId: number) => {
    clear(handlerId);
    // A connection that went away mid-cycle must not hold the others back.
    if (owner === handlerId) owner = null;
    void queue.processQueue();
  };
}
