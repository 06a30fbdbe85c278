/** Where a capture writes its result, chunk by chunk. */
export interface ChunkSink {
  write(chunk: string): void;
}

/** A profile being taken of this process through an in-process `node:inspector` session. */
export interface ProfileCapture {
  /** Ends the capture and writes its result. */
  stop(sink: ChunkSink): Promise<void>;
  /** Ends the capture and keeps nothing. Safe to call more than once. */
  cancel(): void;
}
