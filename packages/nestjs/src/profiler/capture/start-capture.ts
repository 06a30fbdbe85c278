import { PROFILER_DEFAULTS } from '@vigil/types';
import type { SessionPlan } from '../session-plan.js';
import { CpuProfileCapture } from './cpu-profile.capture.js';
import { HeapSamplingCapture } from './heap-sampling.capture.js';
import { HeapSnapshotCapture } from './heap-snapshot.capture.js';
import type { ProfileCapture } from './profile-capture.js';

export function startCapture(plan: SessionPlan): Promise<ProfileCapture> {
  switch (plan.type) {
    case 'cpu':
      return CpuProfileCapture.start(plan.samplingIntervalUs ?? PROFILER_DEFAULTS.cpuSamplingIntervalUs);
    case 'heap-sampling':
      return HeapSamplingCapture.start(plan.samplingIntervalBytes ?? PROFILER_DEFAULTS.heapSamplingIntervalBytes);
    case 'heap-snapshot':
      return HeapSnapshotCapture.start();
  }
}
