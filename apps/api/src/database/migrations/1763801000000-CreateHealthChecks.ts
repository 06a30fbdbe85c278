import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One row per component per health tick per instance. Each instance records its own
 * view (a dependency can be down from one replica only), hence `instance`.
 */
export class CreateHealthChecks1763801000000 implements MigrationInterface {
  name = 'CreateHealthChecks1763801000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE health_checks (
        id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        instance         text NOT NULL,
        component        text NOT NULL,
        status           text NOT NULL
          CONSTRAINT chk_health_checks_status CHECK (status IN ('up', 'degraded', 'down')),
        is_critical      boolean NOT NULL,
        response_time_ms integer,
        message          text,
        checked_at       timestamptz NOT NULL
      )`);
    // History and uptime filter by component and time; pruning by time alone.
    await queryRunner.query(
      'CREATE INDEX idx_health_checks_component_checked_at ON health_checks (component, checked_at DESC)',
    );
    await queryRunner.query('CREATE INDEX idx_health_checks_checked_at ON health_checks (checked_at)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX idx_health_checks_checked_at');
    await queryRunner.query('DROP INDEX idx_health_checks_component_checked_at');
    await queryRunner.query('DROP TABLE health_checks');
  }
}
