import type { ComponentStatus } from '@vigil/types';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One component's result from one health tick on one instance. */
@Entity({ name: 'health_checks' })
export class HealthCheckEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'text' })
  instance: string;

  @Column({ type: 'text' })
  component: string;

  @Column({ type: 'text' })
  status: ComponentStatus;

  @Column({ name: 'is_critical', type: 'boolean' })
  isCritical: boolean;

  @Column({ name: 'response_time_ms', type: 'integer', nullable: true })
  responseTimeMs: number | null;

  @Column({ type: 'text', nullable: true })
  message: string | null;

  @Column({ name: 'checked_at', type: 'timestamptz' })
  checkedAt: Date;
}
