import { InspectorConnection } from './inspector-connection.js';
import type { ChunkSink, ProfileCapture } from './profile-capture.js';

/**
 * V8's sampling heap profiler: cheap enough for production, it records where sampled
 * allocations were made and reports those still live when it stops (`.heapprofile`).
 */
export class HeapSamplingCapture implements ProfileCapture {
  private constructor(private readonly connection: InspectorConnection) {}

  static async start(samplingIntervalBytes: number): Promise<HeapSamplingCapture> {
    const connection = await InspectorConnection.open(async (session) => {
      await session.post('HeapProfiler.enable');
      await session.post('HeapProfiler.startSampling', { samplingInterval: samplingIntervalBytes });
    });
    return new HeapSamplingCapture(connection);
  }

  async stop(sink: ChunkSink): Promise<void> {
    try {
      const { profile } = await this.connection.session.post('HeapProfiler.stopSampling');
      sink.write(JSON.stringify(profile));
    } finally {
      this.connection.close();
    }
  }

  cancel(): void {
    this.connection.close();
  }
}
