import type { ProfileType, ProfilingStatus } from '@vigil/types';
import { Column, Entity, PrimaryColumn, type ValueTransformer } from 'typeorm';

/** `pg` returns bigint as a string; artifact sizes fit a JS number by far. */
const bigintAsNumber: ValueTransformer = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/**
 * One profiling session of one API instance, or driven by it inside a watched service;
 * the artifact file name is relative to DATA_DIR/profiles of `instance`.
 */
@Entity({ name: 'profiling_sessions' })
export class ProfilingSessionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  type: ProfileType;

  @Column({ type: 'text' })
  status: ProfilingStatus;

  @Column({ type: 'text', nullable: true })
  label: string | null;

  @Column({ type: 'text' })
  instance: string;

  @Column({ name: 'sampling_interval_us', type: 'integer', nullable: true })
  samplingIntervalUs: number | null;

  @Column({ name: 'sampling_interval_bytes', type: 'integer', nullable: true })
  samplingIntervalBytes: number | null;

  @Column({ name: 'planned_duration_ms', type: 'integer' })
  plannedDurationMs: number;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt: Date;

  @Column({ name: 'stopped_at', type: 'timestamptz', nullable: true })
  stoppedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ name: 'artifact_path', type: 'text', nullable: true })
  artifactPath: string | null;

  @Column({ name: 'artifact_bytes', type: 'bigint', nullable: true, transformer: bigintAsNumber })
  artifactBytes: number | null;

  @Column({ name: 'artifact_content_type', type: 'text', nullable: true })
  artifactContentType: string | null;

  /** Set together for a session inside a watched service (through its agent); null for the API's own. */
  @Column({ name: 'target_id', type: 'uuid', nullable: true })
  targetId?: string | null;

  @Column({ name: 'target_service', type: 'text', nullable: true })
  targetService?: string | null;

  @Column({ name: 'target_instance', type: 'text', nullable: true })
  targetInstance?: string | null;

  @Column({ name: 'remote_session_id', type: 'text', nullable: true })
  remoteSessionId?: string | null;
}
