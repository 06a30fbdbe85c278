import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import type { ChunkSink } from './capture/profile-capture.js';

export class ArtifactTooLarge extends Error {
  constructor(bytes: number, maxBytes: number) {
    super(`the artifact reached ${bytes} bytes, over profiler.maxArtifactBytes (${maxBytes}); nothing was kept`);
    this.name = 'ArtifactTooLarge';
  }
}

/**
 * Writes an artifact synchronously, up to a size cap. Heap snapshot chunks arrive while
 * V8 holds the event loop anyway; writing each at once, rather than queueing it in a
 * stream, keeps a second copy of the snapshot out of memory. Past the cap it keeps
 * counting (for the message) but stops writing.
 */
export class ArtifactWriter implements ChunkSink {
  private fd: number | undefined;
  private bytes = 0;

  constructor(
    readonly path: string,
    private readonly maxBytes: number,
  ) {
    this.fd = openSync(path, 'w');
  }

  write(chunk: string): void {
    this.bytes += Buffer.byteLength(chunk);
    if (this.fd !== undefined && this.bytes <= this.maxBytes) writeSync(this.fd, chunk);
  }

  /** Closes the file and returns its size; removes it and throws when it went over the cap. */
  finish(): number {
    this.close();
    if (this.bytes > this.maxBytes) {
      rmSync(this.path, { force: true });
      throw new ArtifactTooLarge(this.bytes, this.maxBytes);
    }
    return this.bytes;
  }

  discard(): void {
    this.close();
    rmSync(this.path, { force: true });
  }

  private close(): void {
    if (this.fd === undefined) return;
    closeSync(this.fd);
    this.fd = undefined;
  }
}
