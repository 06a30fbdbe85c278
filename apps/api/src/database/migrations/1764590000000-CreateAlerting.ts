import type { MigrationInterface, QueryRunner } from 'typeorm';

const OPEN = `('pending', 'firing', 'acknowledged')`;

/**
 * AlertManager: rules, alerts (one row per episode of a fingerprint) with their event
 * timeline, silences, channels, escalation policies, notification groups (the
 * Alertmanager-style group state: what each channel was last told) and the delivery
 * outbox.
 */
export class CreateAlerting1764590000000 implements MigrationInterface {
  name = 'CreateAlerting1764590000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE escalation_policies (
        id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name       text NOT NULL,
        levels     jsonb NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CONSTRAINT escalation_policies_name_key UNIQUE (name)
      )`);
    await queryRunner.query(`
      CREATE TABLE notification_channels (
        id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name       text NOT NULL,
        type       text NOT NULL CHECK (type IN ('webhook', 'slack', 'email', 'pagerduty', 'sms')),
        config     jsonb NOT NULL,
        is_default boolean NOT NULL DEFAULT false,
        enabled    boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CONSTRAINT notification_channels_name_key UNIQUE (name)
      )`);
    await queryRunner.query(`
      CREATE TABLE alert_rules (
        id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name                 text NOT NULL,
        kind                 text NOT NULL CHECK (kind IN ('threshold', 'anomaly', 'health')),
        query                jsonb,
        comparator           text,
        threshold            float8,
        anomaly              jsonb,
        health               jsonb,
        for_duration         text NOT NULL,
        keep_firing_for      text NOT NULL,
        cooldown             text NOT NULL,
        severity             text NOT NULL CHECK (severity IN ('critical', 'warning', 'info')),
        labels               jsonb NOT NULL,
        annotations          jsonb NOT NULL,
        channel_ids          uuid[] NOT NULL,
        escalation_policy_id uuid REFERENCES escalation_policies (id) ON DELETE SET NULL,
        enabled              boolean NOT NULL,
        is_default           boolean NOT NULL DEFAULT false,
        created_at           timestamptz NOT NULL,
        updated_at           timestamptz NOT NULL,
        CONSTRAINT alert_rules_name_key UNIQUE (name)
      )`);
    // Default rules seeded so far, by name: seeding adds only rules never seeded before.
    await queryRunner.query(`
      CREATE TABLE alert_rule_seeds (
        name      text PRIMARY KEY,
        seeded_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE alerts (
        id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        fingerprint       text NOT NULL,
        rule_id           uuid REFERENCES alert_rules (id) ON DELETE SET NULL,
        source            text NOT NULL CHECK (source IN ('rule', 'prometheus')),
        name              text NOT NULL,
        status            text NOT NULL CHECK (status IN ('pending', 'firing', 'acknowledged', 'resolved', 'inactive')),
        severity          text NOT NULL,
        labels            jsonb NOT NULL,
        annotations       jsonb NOT NULL,
        value             float8,
        -- The values seen while pending and at firing; capped in code.
        trigger_values    jsonb NOT NULL DEFAULT '[]',
        generator_url     text,
        active_at         timestamptz NOT NULL,
        fired_at          timestamptz,
        acknowledged_at   timestamptz,
        acknowledged_by   text,
        resolved_at       timestamptz,
        -- Hysteresis: when the condition last cleared while firing.
        recovering_since  timestamptz,
        last_evaluated_at timestamptz NOT NULL,
        -- External alerts resolve by themselves at this time unless posted again.
        expires_at        timestamptz,
        -- Cooldown: no firing notification before this time.
        notify_after      timestamptz,
        last_notified_at  timestamptz,
        escalation_level  integer NOT NULL DEFAULT 0
      )`);
    // One open episode per fingerprint: the database itself deduplicates across replicas.
    await queryRunner.query(`CREATE UNIQUE INDEX alerts_open_fingerprint_key ON alerts (fingerprint) WHERE status IN ${OPEN}`);
    await queryRunner.query('CREATE INDEX alerts_status_active_at_idx ON alerts (status, active_at DESC)');
    await queryRunner.query('CREATE INDEX alerts_fingerprint_resolved_at_idx ON alerts (fingerprint, resolved_at DESC)');
    await queryRunner.query(`
      CREATE TABLE alert_events (
        id       bigserial PRIMARY KEY,
        alert_id uuid NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,
        type     text NOT NULL,
        at       timestamptz NOT NULL,
        value    float8,
        note     text,
        actor    text
      )`);
    await queryRunner.query('CREATE INDEX alert_events_alert_at_idx ON alert_events (alert_id, at)');
    await queryRunner.query(`
      CREATE TABLE silences (
        id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        matchers   jsonb NOT NULL,
        starts_at  timestamptz NOT NULL,
        ends_at    timestamptz NOT NULL,
        created_by text NOT NULL,
        comment    text NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CHECK (ends_at > starts_at)
      )`);
    await queryRunner.query('CREATE INDEX silences_ends_at_idx ON silences (ends_at)');
    await queryRunner.query(`
      CREATE TABLE notification_groups (
        channel_id      uuid NOT NULL REFERENCES notification_channels (id) ON DELETE CASCADE,
        group_key       text NOT NULL,
        group_labels    jsonb NOT NULL,
        -- Alerts (episodes) the channel was told were firing in the last notification.
        sent_alert_ids  uuid[] NOT NULL DEFAULT '{}',
        next_flush_at   timestamptz NOT NULL,
        last_flushed_at timestamptz,
        CONSTRAINT notification_groups_pkey PRIMARY KEY (channel_id, group_key)
      )`);
    await queryRunner.query(`
      CREATE TABLE notification_deliveries (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        channel_id      uuid NOT NULL REFERENCES notification_channels (id) ON DELETE CASCADE,
        kind            text NOT NULL,
        message         jsonb NOT NULL,
        alert_ids       uuid[] NOT NULL DEFAULT '{}',
        status          text NOT NULL CHECK (status IN ('pending', 'sent', 'dead')),
        attempts        integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz,
        -- A sender's lease: another instance may retry the row only after it.
        locked_until    timestamptz,
        last_error      text,
        created_at      timestamptz NOT NULL,
        sent_at         timestamptz
      )`);
    await queryRunner.query(
      `CREATE INDEX notification_deliveries_due_idx ON notification_deliveries (next_attempt_at) WHERE status = 'pending'`,
    );
    await queryRunner.query('CREATE INDEX notification_deliveries_channel_idx ON notification_deliveries (channel_id, created_at DESC)');
    await queryRunner.query('CREATE INDEX notification_deliveries_created_at_idx ON notification_deliveries (created_at)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'notification_deliveries',
      'notification_groups',
      'silences',
      'alert_events',
      'alerts',
      'alert_rule_seeds',
      'alert_rules',
      'notification_channels',
      'escalation_policies',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
