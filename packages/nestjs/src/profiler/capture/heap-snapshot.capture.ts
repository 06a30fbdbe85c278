import { InspectorConnection } from './inspector-connection.js';
import type { ChunkSink, ProfileCapture } from './profile-capture.js';

/**
 * A full heap snapshot (`.heapsnapshot`). Taking it is one V8 operation that holds the
 * event loop until the last chunk is written, so it happens in `stop`, which the
 * sessions call right after answering the request that asked for it.
 */
export class HeapSnapshotCapture implements ProfileCapture {
  private constructor(private readonly connection: InspectorConnection) {}

  static async start(): Promise<HeapSnapshotCapture> {
    return new HeapSnapshotCapture(await InspectorConnection.open(async () => undefined));
  }

  async stop(sink: ChunkSink): Promise<void> {
    const { session } = this.connection;
    const onChunk = (message: { params: { chunk: string } }) => sink.write(message.params.chunk);
    session.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
    try {
      await session.post('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    } finally {
      session.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
      this.connection.close();
    }
  }

  cancel(): void {
    this.connection.close();
  }
}
