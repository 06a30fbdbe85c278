import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The workload the Kubernetes executor scales for a service (`{ kind, namespace, name }`); null: none. */
export class AddScalingPolicyWorkload1764610000000 implements MigrationInterface {
  name = 'AddScalingPolicyWorkload1764610000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE scaling_policies ADD COLUMN workload jsonb');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE scaling_policies DROP COLUMN workload');
  }
}
