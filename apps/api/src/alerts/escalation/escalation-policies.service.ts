import { Injectable } from '@nestjs/common';
import type { EscalationLevel, EscalationPolicy, FieldProblem } from '@vigil/types';
import { Clock } from '../../common/clock.js';
import { AppError, NotFound, ValidationFailed } from '../../common/errors/app-error.js';
import { ChannelRepository } from '../notifications/channel.repository.js';
import { isObject, Problems } from '../validation/field-checks.js';
import { EscalationPolicyRepository } from './escalation-policy.repository.js';

const MAX_LEVELS = 10;
const MAX_AFTER_MINUTES = 7 * 24 * 60;

function validatePolicy(body: unknown): { name?: string; levels?: EscalationLevel[]; problems: FieldProblem[] } {
  if (!isObject(body)) return { problems: [{ field: 'body', problem: 'must be a JSON object' }] };
  const p = new Problems();
  p.unknownKeys(body, ['name', 'levels']);
  const name = p.text('name', body.name, 128);
  const levels: EscalationLevel[] = [];
  if (!Array.isArray(body.levels) || body.levels.length === 0 || body.levels.length > MAX_LEVELS) {
    p.add('levels', `must be an array of 1 to ${MAX_LEVELS} levels`);
  } else {
    body.levels.forEach((level: unknown, i) => {
      const at = `levels[${i}]`;
      if (!isObject(level)) return p.add(at, 'must be an object with afterMinutes and channelIds');
      p.unknownKeys(level, ['afterMinutes', 'channelIds'], `${at}.`);
      const after = level.afterMinutes;
      if (typeof after !== 'number' || !Number.isInteger(after) || after < 0 || after > MAX_AFTER_MINUTES) {
        p.add(`${at}.afterMinutes`, `must be a whole number of minutes from 0 to ${MAX_AFTER_MINUTES}`);
      } else if (i > 0 && after <= (levels[i - 1]?.afterMinutes ?? -1)) {
        p.add(`${at}.afterMinutes`, 'must be later than the level before');
      }
      const channelIds = p.uuidList(`${at}.channelIds`, level.channelIds, 20);
      if (channelIds?.length === 0) p.add(`${at}.channelIds`, 'must name at least one channel');
      levels.push({ afterMinutes: after as number, channelIds: channelIds ?? [] });
    });
  }
  return p.isEmpty ? { name, levels, problems: [] } : { problems: p.list };
}

/** CRUD of escalation policies; every level's channels must exist. */
@Injectable()
export class EscalationPoliciesService {
  constructor(
    private readonly policies: EscalationPolicyRepository,
    private readonly channels: ChannelRepository,
    private readonly clock: Clock,
  ) {}

  list(): Promise<EscalationPolicy[]> {
    return this.policies.findAll();
  }

  async get(id: string): Promise<EscalationPolicy> {
    const policy = await this.policies.findById(id);
    if (!policy) throw new NotFound('escalation policy', id);
    return policy;
  }

  async create(body: unknown): Promise<EscalationPolicy> {
    const { name, levels } = await this.checked(body);
    await this.assertNameFree(name);
    return this.policies.insert(name, levels, this.clock.now());
  }

  async update(id: string, body: unknown): Promise<EscalationPolicy> {
    await this.get(id);
    const { name, levels } = await this.checked(body);
    await this.assertNameFree(name, id);
    const policy = await this.policies.update(id, name, levels, this.clock.now());
    if (!policy) throw new NotFound('escalation policy', id);
    return policy;
  }

  async remove(id: string): Promise<void> {
    if (!(await this.policies.delete(id))) throw new NotFound('escalation policy', id);
  }

  private async checked(body: unknown): Promise<{ name: string; levels: EscalationLevel[] }> {
    const { name, levels, problems } = validatePolicy(body);
    if (!name || !levels) throw new ValidationFailed(problems);
    const known = new Set(await this.channels.findExistingIds(levels.flatMap((l) => l.channelIds)));
    const missing: FieldProblem[] = [];
    levels.forEach((level, i) =>
      level.channelIds.forEach((id, j) => {
        if (!known.has(id)) missing.push({ field: `levels[${i}].channelIds[${j}]`, problem: `no channel with id ${id}` });
      }),
    );
    if (missing.length > 0) throw new ValidationFailed(missing);
    return { name, levels };
  }

  private async assertNameFree(name: string, ownId?: string): Promise<void> {
    const holder = await this.policies.findIdByName(name);
    if (holder && holder !== ownId) throw new AppError('CONFLICT', `name: an escalation policy named "${name}" exists`);
  }
}
