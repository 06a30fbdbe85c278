import type { ArtifactWriter } from '../artifacts/artifact-writer.js';
import { InspectorConnection } from './inspector-connection.js';
import type { ProfileCapture } from './profile-capture.js';

/** A V8 sampling CPU profile; the result is a `.cpuprofile` as DevTools saves it. */
export class CpuProfileCapture implements ProfileCapture {
  private constructor(private readonly connection: InspectorConnection) {}

  static async start(samplingIntervalUs?: number): Promise<CpuProfileCapture> {
    const connection = await InspectorConnection.open(async (session) => {
      await session.post('Profiler.enable');
      if (samplingIntervalUs !== undefined) {
        await session.post('Profiler.setSamplingInterval', { interval: samplingIntervalUs });
      }
      await session.post('Profiler.start');
    });
    return new CpuProfileCapture(connection);
  }

  async stop(writer: ArtifactWriter): Promise<void> {
    try {
      const { profile } = await this.connection.session.post('Profiler.stop');
      writer.write(JSON.stringify(profile));
    } finally {
      this.connection.close();
    }
  }

  cancel(): void {
    this.connection.close();
  }
}
