import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The instances Vigil scrapes. Each row carries its own scrape lease: the replica
 * named in `lease_owner` scrapes it until `lease_until`, renewing at every scrape, so
 * N replicas share the targets and a dead one's targets are taken over once its
 * leases lapse. `next_scrape_at` is the one due slot a replica claims per interval.
 */
export class CreateScrapeTargets1764620000000 implements MigrationInterface {
  name = 'CreateScrapeTargets1764620000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE scrape_targets (
        id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        service              text NOT NULL,
        instance             text NOT NULL,
        url                  text NOT NULL,
        source               text NOT NULL,
        labels               jsonb NOT NULL DEFAULT '{}',
        scrape_interval_ms   integer NOT NULL,
        scrape_timeout_ms    integer NOT NULL,
        sample_limit         integer NOT NULL,
        bearer_token         text,
        health               text NOT NULL DEFAULT 'unknown',
        last_scrape_at       timestamptz,
        last_duration_ms     double precision,
        last_samples         integer,
        last_error           text,
        agent                jsonb,
        last_heartbeat_at    timestamptz,
        lease_owner          text,
        lease_until          timestamptz,
        next_scrape_at       timestamptz NOT NULL DEFAULT now(),
        created_at           timestamptz NOT NULL DEFAULT now(),
        updated_at           timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_scrape_targets_service_instance UNIQUE (service, instance),
        CONSTRAINT chk_scrape_targets_source CHECK (source IN ('static', 'api', 'agent', 'kubernetes')),
        CONSTRAINT chk_scrape_targets_health CHECK (health IN ('up', 'down', 'unknown')),
        CONSTRAINT chk_scrape_targets_timing CHECK (scrape_interval_ms > 0 AND scrape_timeout_ms > 0 AND scrape_timeout_ms <= scrape_interval_ms)
      )`);
    // The claim query reads due rows only.
    await queryRunner.query('CREATE INDEX idx_scrape_targets_next_scrape_at ON scrape_targets (next_scrape_at)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE scrape_targets');
  }
}
