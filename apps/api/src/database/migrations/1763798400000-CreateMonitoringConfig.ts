import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateMonitoringConfig1763798400000 implements MigrationInterface {
  name = 'CreateMonitoringConfig1763798400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE monitoring_config (
        key        text PRIMARY KEY,
        value      jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE monitoring_config');
  }
}
