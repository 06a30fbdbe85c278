import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { ProfilingSession } from '@vigil/types';
import request from 'supertest';

/** Polls a profiling session until it leaves `running`, failing after `timeoutMs`. */
export async function waitUntilStopped(
  app: NestFastifyApplication,
  id: string,
  timeoutMs = 60_000,
): Promise<ProfilingSession> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const session = (await request(app.getHttpServer()).get(`/api/v1/profiler/sessions/${id}`).expect(200))
      .body as ProfilingSession;
    if (session.status !== 'running') return session;
    if (Date.now() > deadline) throw new Error(`session ${id} still running after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
