import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions that run inside a watched service, through its agent. No foreign key to
 * scrape_targets: a session's record and artifact outlive the target (an agent that
 * went away), as the service and instance columns keep what it was.
 */
export class AddRemoteProfilingSessions1764630000000 implements MigrationInterface {
  name = 'AddRemoteProfilingSessions1764630000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE profiling_sessions
        ADD COLUMN target_id uuid,
        ADD COLUMN target_service text,
        ADD COLUMN target_instance text,
        ADD COLUMN remote_session_id text,
        ADD CONSTRAINT chk_profiling_sessions_remote CHECK (
          (target_id IS NULL AND target_service IS NULL AND target_instance IS NULL AND remote_session_id IS NULL)
          OR (target_id IS NOT NULL AND target_service IS NOT NULL AND target_instance IS NOT NULL AND remote_session_id IS NOT NULL))
    `);
    await queryRunner.query('CREATE INDEX idx_profiling_sessions_target ON profiling_sessions (target_id, started_at DESC) WHERE target_id IS NOT NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX idx_profiling_sessions_target');
    await queryRunner.query(`
      ALTER TABLE profiling_sessions
        DROP CONSTRAINT chk_profiling_sessions_remote,
        DROP COLUMN remote_session_id,
        DROP COLUMN target_instance,
        DROP COLUMN target_service,
        DROP COLUMN target_id
    `);
  }
}
