import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Scalability module: a policy per service (no row: the defaults), the
 * recommendations the stabilization windows read (so a restart or a new leader
 * continues them), and the decision log.
 */
export class CreateScaling1764600000000 implements MigrationInterface {
  name = 'CreateScaling1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE scaling_policies (
        service       text PRIMARY KEY,
        min_replicas  integer NOT NULL,
        max_replicas  integer NOT NULL,
        behavior      jsonb NOT NULL,
        metrics       jsonb NOT NULL,
        auto_scaling  boolean NOT NULL DEFAULT false,
        updated_at    timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT chk_scaling_policies_replicas CHECK (min_replicas >= 1 AND max_replicas >= min_replicas)
      )`);
    await queryRunner.query(`
      CREATE TABLE scaling_recommendations (
        id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        service   text NOT NULL,
        at        timestamptz NOT NULL,
        replicas  integer NOT NULL
      )`);
    // The windows read one service's latest hour; pruning reads by time alone.
    await queryRunner.query('CREATE INDEX idx_scaling_recommendations_service_at ON scaling_recommendations (service, at DESC)');
    await queryRunner.query('CREATE INDEX idx_scaling_recommendations_at ON scaling_recommendations (at)');
    await queryRunner.query(`
      CREATE TABLE scaling_events (
        id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        service           text NOT NULL,
        at                timestamptz NOT NULL,
        current_replicas  integer NOT NULL,
        from_replicas     integer NOT NULL,
        to_replicas       integer NOT NULL,
        limited_by        text NOT NULL,
        deciding_metric   text,
        applied           boolean NOT NULL,
        note              text
      )`);
    await queryRunner.query('CREATE INDEX idx_scaling_events_service_at ON scaling_events (service, at DESC)');
    await queryRunner.query('CREATE INDEX idx_scaling_events_at ON scaling_events (at)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE scaling_events');
    await queryRunner.query('DROP TABLE scaling_recommendations');
    await queryRunner.query('DROP TABLE scaling_policies');
  }
}
