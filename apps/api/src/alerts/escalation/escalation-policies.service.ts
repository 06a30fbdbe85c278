import { Injectable } from '@nestjs/common';
import type { EscalationPolicy, EscalationPolicyInput, FieldProblem } from '@vigil/types';
import type { z } from 'zod';
import { Clock } from '../../common/clock.js';
import { AppError, NotFound, ValidationFailed } from '../../common/errors/app-error.js';
import { ChannelRepository } from '../notifications/channel.repository.js';
import { toEscalationPolicy } from './escalation-policy.mapper.js';
import { EscalationPolicyRepository } from './escalation-policy.repository.js';

type PolicyInput = z.output<typeof EscalationPolicyInput>;

/** CRUD of escalation policies; every level's channels must exist. */
@Injectable()
export class EscalationPoliciesService {
  constructor(
    private readonly policies: EscalationPolicyRepository,
    private readonly channels: ChannelRepository,
    private readonly clock: Clock,
  ) {}

  async list(): Promise<EscalationPolicy[]> {
    return (await this.policies.findAll()).map(toEscalationPolicy);
  }

  async get(id: string): Promise<EscalationPolicy> {
    const policy = await this.policies.findById(id);
    if (!policy) throw new NotFound('escalation policy', id);
    return toEscalationPolicy(policy);
  }

  async create(input: PolicyInput): Promise<EscalationPolicy> {
    const { name, levels } = await this.checked(input);
    await this.assertNameFree(name);
    return toEscalationPolicy(await this.policies.insert(name, levels, this.clock.now()));
  }

  async update(id: string, input: PolicyInput): Promise<EscalationPolicy> {
    await this.get(id);
    const { name, levels } = await this.checked(input);
    await this.assertNameFree(name, id);
    const policy = await this.policies.update(id, name, levels, this.clock.now());
    if (!policy) throw new NotFound('escalation policy', id);
    return toEscalationPolicy(policy);
  }

  async remove(id: string): Promise<void> {
    if (!(await this.policies.delete(id))) throw new NotFound('escalation policy', id);
  }

  /** Every level's channels must exist: the one check the schema cannot make. */
  private async checked({ name, levels }: PolicyInput): Promise<PolicyInput> {
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
