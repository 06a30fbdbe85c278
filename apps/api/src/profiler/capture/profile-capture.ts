import type { ProfileType } from '@vigil/types';
import type { ArtifactWriter } from '../artifacts/artifact-writer.js';
import { CpuProfileCapture } from './cpu-profile.capture.js';
import { HeapSamplingCapture } from './heap-sampling.capture.js';
import { HeapSnapshotCapture } from './heap-snapshot.capture.js';

/** A profile being taken of this process through an in-process `node:inspector` session. */
export interface ProfileCapture {
  /** Ends the capture and writes its result. */
  stop(writer: ArtifactWriter): Promise<void>;
  /** Ends the capture and keeps nothing. Safe to call more than once. */
  cancel(): void;
}

export interface CaptureOptions {
  samplingIntervalUs: number | null;
  samplingIntervalBytes: number | null;
}

export function startCapture(type: ProfileType, options: CaptureOptions): Promise<ProfileCapture> {
  switch (type) {
    case 'cpu':
      return CpuProfileCapture.start(options.samplingIntervalUs ?? undefined);
    case 'heap-sampling':
      return HeapSamplingCapture.start(options.samplingIntervalBytes ?? undefined);
    case 'heap-snapshot':
      return HeapSnapshotCapture.start();
  }
}
