import { Injectable } from '@nestjs/common';
import type { Silence, SilenceState } from '@vigil/types';
import { Clock } from '../../common/clock.js';
import { NotFound, ValidationFailed } from '../../common/errors/app-error.js';
import { ActiveSilences } from './active-silences.js';
import { toSilence } from './silence.mapper.js';
import { SilenceRepository } from './silence.repository.js';
import type { SilenceBody } from './silence.dto.js';
import { silenceSpecOf } from './silence-window.js';

/** Answers at most this many silences per list; expired ones are pruned with alert retention. */
const LIST_LIMIT = 1_000;

@Injectable()
export class SilencesService {
  constructor(
    private readonly silences: SilenceRepository,
    private readonly clock: Clock,
  ) {}

  async list(state?: SilenceState): Promise<Silence[]> {
    const now = this.clock.now();
    const all = (await this.silences.findAll(LIST_LIMIT)).map((row) => toSilence(row, now));
    return state ? all.filter((s) => s.state === state) : all;
  }

  async get(id: string): Promise<Silence> {
    const row = await this.silences.findById(id);
    if (!row) throw new NotFound('silence', id);
    return toSilence(row, this.clock.now());
  }

  async create(input: SilenceBody): Promise<Silence> {
    const now = this.clock.now();
    const { spec, problems } = silenceSpecOf(input, now);
    if (!spec) throw new ValidationFailed(problems);
    return toSilence(await this.silences.insert(spec, now), now);
  }

  async expire(id: string): Promise<Silence> {
    const now = this.clock.now();
    const row = await this.silences.expire(id, now);
    if (!row) throw new NotFound('silence', id);
    return toSilence(row, now);
  }

  async active(): Promise<ActiveSilences> {
    return new ActiveSilences(await this.silences.findActive(this.clock.now()));
  }
}
