import { Injectable } from '@nestjs/common';
import type { EscalationLevel } from '@vigil/types';
import { DataSource, type EntityManager } from 'typeorm';
import { updatedRows } from '../../common/database/updated-rows.js';

/** A stored policy; the service turns it into the contract's EscalationPolicy. */
export interface EscalationPolicyRow {
  id: string;
  name: string;
  levels: EscalationLevel[];
  createdAt: Date;
  updatedAt: Date;
}

const COLUMNS = 'id, name, levels, created_at, updated_at';
const toRow = (r: Record<string, unknown>): EscalationPolicyRow => ({
  id: r.id as string,
  name: r.name as string,
  levels: r.levels as EscalationLevel[],
  createdAt: new Date(r.created_at as string),
  updatedAt: new Date(r.updated_at as string),
});

/** Every query on `escalation_policies`. */
@Injectable()
export class EscalationPolicyRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findAll(manager: EntityManager = this.dataSource.manager): Promise<EscalationPolicyRow[]> {
    const rows: Record<string, unknown>[] = await manager.query(`SELECT ${COLUMNS} FROM escalation_policies ORDER BY name`);
    return rows.map(toRow);
  }

  async findById(id: string): Promise<EscalationPolicyRow | null> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM escalation_policies WHERE id = $1`, [id]);
    return rows[0] ? toRow(rows[0]) : null;
  }

  async exists(id: string): Promise<boolean> {
    return (await this.findById(id)) !== null;
  }

  async findIdByName(name: string): Promise<string | null> {
    const [row] = await this.dataSource.query('SELECT id FROM escalation_policies WHERE name = $1', [name]);
    return (row?.id as string | undefined) ?? null;
  }

  async insert(name: string, levels: EscalationLevel[], now: Date): Promise<EscalationPolicyRow> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `INSERT INTO escalation_policies (name, levels, created_at, updated_at) VALUES ($1, $2, $3, $3) RETURNING ${COLUMNS}`,
      [name, JSON.stringify(levels), now],
    );
    return toRow(rows[0]!);
  }

  async update(id: string, name: string, levels: EscalationLevel[], now: Date): Promise<EscalationPolicyRow | null> {
    const rows: Record<string, unknown>[] = updatedRows(await this.dataSource.query(
      `UPDATE escalation_policies SET name = $2, levels = $3, updated_at = $4 WHERE id = $1 RETURNING ${COLUMNS}`,
      [id, name, JSON.stringify(levels), now],
    ));
    return rows[0] ? toRow(rows[0]) : null;
  }

  /** A deleted channel leaves every level that named it (a level may be left with none). */
  async removeChannel(channelId: string, manager: EntityManager): Promise<void> {
    const rows: { id: string; levels: EscalationLevel[] }[] = await manager.query(
      `SELECT id, levels FROM escalation_policies WHERE levels::text LIKE '%' || $1 || '%' FOR UPDATE`,
      [channelId],
    );
    for (const row of rows) {
      const levels = row.levels.map((level) => ({ ...level, channelIds: level.channelIds.filter((id) => id !== channelId) }));
      await manager.query('UPDATE escalation_policies SET levels = $2 WHERE id = $1', [row.id, JSON.stringify(levels)]);
    }
  }

  /** Rules that used it lose their policy (ON DELETE SET NULL). */
  async delete(id: string): Promise<boolean> {
    const [, count] = await this.dataSource.query('DELETE FROM escalation_policies WHERE id = $1', [id]);
    return Number(count) > 0;
  }
}
