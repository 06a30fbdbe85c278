import { Injectable } from '@nestjs/common';
import type { SilenceMatcher } from '@vigil/types';
import { DataSource, type EntityManager } from 'typeorm';
import type { SilenceSpec } from './silence-window.js';
import { updatedRows } from '../../common/database/updated-rows.js';

export interface SilenceRow {
  id: string;
  matchers: SilenceMatcher[];
  startsAt: Date;
  endsAt: Date;
  createdBy: string;
  comment: string;
  createdAt: Date;
  updatedAt: Date;
}

const COLUMNS = 'id, matchers, starts_at, ends_at, created_by, comment, created_at, updated_at';
const toRow = (r: Record<string, unknown>): SilenceRow => ({
  id: r.id as string,
  matchers: r.matchers as SilenceMatcher[],
  startsAt: new Date(r.starts_at as string),
  endsAt: new Date(r.ends_at as string),
  createdBy: r.created_by as string,
  comment: r.comment as string,
  createdAt: new Date(r.created_at as string),
  updatedAt: new Date(r.updated_at as string),
});

/** Every query on `silences`. */
@Injectable()
export class SilenceRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findAll(limit: number): Promise<SilenceRow[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM silences ORDER BY ends_at DESC LIMIT $1`,
      [limit],
    );
    return rows.map(toRow);
  }

  async findActive(now: Date, manager: EntityManager = this.dataSource.manager): Promise<SilenceRow[]> {
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT ${COLUMNS} FROM silences WHERE starts_at <= $1 AND ends_at > $1`,
      [now],
    );
    return rows.map(toRow);
  }

  async findById(id: string): Promise<SilenceRow | null> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM silences WHERE id = $1`, [id]);
    return rows[0] ? toRow(rows[0]) : null;
  }

  async insert(spec: SilenceSpec, now: Date): Promise<SilenceRow> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `INSERT INTO silences (matchers, starts_at, ends_at, created_by, comment, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING ${COLUMNS}`,
      [JSON.stringify(spec.matchers), spec.startsAt, spec.endsAt, spec.createdBy, spec.comment, now],
    );
    return toRow(rows[0]!);
  }

  /** Replaces a silence's matchers, times, author and comment in place. */
  async update(id: string, spec: SilenceSpec, now: Date): Promise<SilenceRow | null> {
    const rows: Record<string, unknown>[] = updatedRows(await this.dataSource.query(
      `UPDATE silences SET matchers = $2, starts_at = $3, ends_at = $4, created_by = $5, comment = $6, updated_at = $7
       WHERE id = $1 RETURNING ${COLUMNS}`,
      [id, JSON.stringify(spec.matchers), spec.startsAt, spec.endsAt, spec.createdBy, spec.comment, now],
    ));
    return rows[0] ? toRow(rows[0]) : null;
  }

  /** Ends a silence now (Alertmanager's expire); a pending one ends before it starts. */
  async expire(id: string, now: Date): Promise<SilenceRow | null> {
    const rows: Record<string, unknown>[] = updatedRows(await this.dataSource.query(
      `UPDATE silences SET starts_at = least(starts_at, $2::timestamptz - interval '1 millisecond'), ends_at = least(ends_at, $2), updated_at = $2
       WHERE id = $1 RETURNING ${COLUMNS}`,
      [id, now],
    ));
    return rows[0] ? toRow(rows[0]) : null;
  }

  async pruneExpired(before: Date): Promise<number> {
    const [, count] = await this.dataSource.query('DELETE FROM silences WHERE ends_at < $1', [before]);
    return Number(count ?? 0);
  }
}
