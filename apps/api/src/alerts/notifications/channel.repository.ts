import { Injectable } from '@nestjs/common';
import type { ChannelConfigByType, ChannelType } from '@vigil/types';
import { DataSource, type EntityManager } from 'typeorm';
import { updatedRows } from '../../common/database/updated-rows.js';

/** What is stored of a channel of type `T`: its config is that type's. */
export type ChannelSpecOf<T extends ChannelType> = {
  name: string;
  type: T;
  config: ChannelConfigByType[T];
  isDefault: boolean;
  enabled: boolean;
};
export type ChannelSpec = { [T in ChannelType]: ChannelSpecOf<T> }[ChannelType];

/** A stored channel, secrets included: never returned as it is (see ChannelsService). */
export type ChannelRowOf<T extends ChannelType> = ChannelSpecOf<T> & { id: string; createdAt: Date; updatedAt: Date };
export type ChannelRow = { [T in ChannelType]: ChannelRowOf<T> }[ChannelType];

const COLUMNS = 'id, name, type, config, is_default, enabled, created_at, updated_at';
// The config column is written only through ChannelSpec, so it matches its type column.
const toRow = (r: Record<string, unknown>): ChannelRow => ({
  id: r.id as string,
  name: r.name as string,
  type: r.type as ChannelType,
  config: r.config as ChannelConfigByType[ChannelType],
  isDefault: r.is_default as boolean,
  enabled: r.enabled as boolean,
  createdAt: new Date(r.created_at as string),
  updatedAt: new Date(r.updated_at as string),
}) as ChannelRow;

/** Every query on `notification_channels`. */
@Injectable()
export class ChannelRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findAll(manager: EntityManager = this.dataSource.manager): Promise<ChannelRow[]> {
    const rows: Record<string, unknown>[] = await manager.query(`SELECT ${COLUMNS} FROM notification_channels ORDER BY name`);
    return rows.map(toRow);
  }

  async findById(id: string): Promise<ChannelRow | null> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM notification_channels WHERE id = $1`, [id]);
    return rows[0] ? toRow(rows[0]) : null;
  }

  async findExistingIds(ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows: { id: string }[] = await this.dataSource.query('SELECT id FROM notification_channels WHERE id = ANY($1::uuid[])', [ids]);
    return rows.map((r) => r.id);
  }

  async findIdByName(name: string): Promise<string | null> {
    const [row] = await this.dataSource.query('SELECT id FROM notification_channels WHERE name = $1', [name]);
    return (row?.id as string | undefined) ?? null;
  }

  async insert(spec: ChannelSpec, now: Date): Promise<ChannelRow> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `INSERT INTO notification_channels (name, type, config, is_default, enabled, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING ${COLUMNS}`,
      [spec.name, spec.type, JSON.stringify(spec.config), spec.isDefault, spec.enabled, now],
    );
    return toRow(rows[0]!);
  }

  async update(id: string, spec: ChannelSpec, now: Date): Promise<ChannelRow | null> {
    const rows: Record<string, unknown>[] = updatedRows(await this.dataSource.query(
      `UPDATE notification_channels SET name = $2, type = $3, config = $4, is_default = $5, enabled = $6, updated_at = $7
       WHERE id = $1 RETURNING ${COLUMNS}`,
      [id, spec.name, spec.type, JSON.stringify(spec.config), spec.isDefault, spec.enabled, now],
    ));
    return rows[0] ? toRow(rows[0]) : null;
  }

  /** Its group state and pending deliveries go with it (foreign keys cascade). */
  async delete(id: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const [, count] = await manager.query('DELETE FROM notification_channels WHERE id = $1', [id]);
    return Number(count) > 0;
  }
}
