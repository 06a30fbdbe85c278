import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateProfilingSessions1763800000000 implements MigrationInterface {
  name = 'CreateProfilingSessions1763800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Artifacts live as files under DATA_DIR/profiles of the instance that made them
    // (heap snapshots are large); the row keeps the file name, size and content type.
    await queryRunner.query(`
      CREATE TABLE profiling_sessions (
        id                      uuid PRIMARY KEY,
        type                    text NOT NULL
          CONSTRAINT chk_profiling_sessions_type CHECK (type IN ('cpu', 'heap-snapshot', 'heap-sampling')),
        status                  text NOT NULL
          CONSTRAINT chk_profiling_sessions_status CHECK (status IN ('running', 'completed', 'failed', 'cancelled')),
        label                   text,
        instance                text NOT NULL,
        sampling_interval_us    integer,
        sampling_interval_bytes integer,
        planned_duration_ms     integer NOT NULL,
        started_at              timestamptz NOT NULL,
        stopped_at              timestamptz,
        reason                  text,
        artifact_path           text,
        artifact_bytes          bigint,
        artifact_content_type   text
      )`);
    await queryRunner.query(
      'CREATE INDEX idx_profiling_sessions_started_at ON profiling_sessions (started_at DESC, id DESC)',
    );
    await queryRunner.query(
      'CREATE INDEX idx_profiling_sessions_instance_status ON profiling_sessions (instance, status, started_at DESC)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX idx_profiling_sessions_instance_status');
    await queryRunner.query('DROP INDEX idx_profiling_sessions_started_at');
    await queryRunner.query('DROP TABLE profiling_sessions');
  }
}
