import type { ArtifactWriter } from '../artifacts/artifact-writer.js';
import { InspectorConnection } from './inspector-connection.js';
import type { ProfileCapture } from './profile-capture.js';

/**
 * A full heap snapshot (`.heapsnapshot`). Taking it is one synchronous V8 operation
 * that holds the event loop until the last chunk is written, so it happens on stop.
 */
export class HeapSnapshotCapture implements ProfileCapture {
  private constructor(private readonly connection: InspectorConnection) {}

  static async start(): Promise<HeapSnapshotCapture> {
    return new HeapSnapshotCapture(await InspectorConnection.open(async () => undefined));
  }

  async stop(writer: ArtifactWriter): Promise<void> {
    const { session } = this.connection;
    const onChunk = (message: { params: { chunk: string } }) => writer.write(message.params.chunk);
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
