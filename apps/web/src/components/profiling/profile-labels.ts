import type { ProfileType, ProfilingStatus } from '@vigil/types';
import type { StatusTone } from '../feedback/status-icon';

export const PROFILE_TYPE_LABEL: Record<ProfileType, string> = {
  cpu: 'CPU profile',
  'heap-snapshot': 'Heap snapshot',
  'heap-sampling': 'Sampling heap profile',
};

export const SESSION_STATUS: Record<ProfilingStatus, { tone: StatusTone; label: string }> = {
  running: { tone: 'warn', label: 'Running' },
  completed: { tone: 'ok', label: 'Completed' },
  failed: { tone: 'bad', label: 'Failed' },
  cancelled: { tone: 'unknown', label: 'Cancelled' },
};
