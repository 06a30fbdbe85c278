import { InspectorConnection } from './inspector-connection.js';
import type { ChunkSink, ProfileCapture } from './profile-capture.js';

/** V8's sampling CPU profiler; the result is a `.cpuprofile` as DevTools saves it. */
export class CpuProfileCapture implements ProfileCapture {
  private constructor(private readonly connection: InspectorConnection) {}

  static async start(samplingIntervalUs: number): Promise<CpuProfileCapture> {
    const connection = await InspectorConnection.open(async (session) => {
      await session.post('Profiler.enable');
      await session.post('Profiler.setSamplingInterval', { interval: samplingIntervalUs });
      await session.post('Profiler.start');
    });
    return new CpuProfileCapture(connection);
  }

  async stop(sink: ChunkSink): Promise<void> {
    try {
      const { profile } = await this.connection.session.post('Profiler.stop');
      sink.write(JSON.stringify(profile));
    } finally {
      this.connection.close();
    }
  }

  cancel(): void {
    this.connection.close();
  }
}
