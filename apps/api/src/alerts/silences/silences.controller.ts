import { Body, Controller, Delete, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Silence } from '@vigil/types';
import { uuidParam } from '../validation/uuid-param.js';
import { SilencesService } from './silences.service.js';

@ApiTags('alerts')
@Controller('silences')
export class SilencesController {
  constructor(private readonly silences: SilencesService) {}

  @Get()
  @ApiOperation({ summary: 'Silences, latest ending first' })
  @ApiQuery({ name: 'state', required: false, enum: ['pending', 'active', 'expired'] })
  list(@Query('state') state?: string): Promise<Silence[]> {
    return this.silences.list(state);
  }

  @Post()
  @ApiOperation({ summary: 'Silence alerts matching every matcher (equal, not-equal, regex) between startsAt and endsAt' })
  @ApiBody({ schema: { type: 'object' } })
  create(@Body() body: unknown): Promise<Silence> {
    return this.silences.create(body);
  }

  @Get(':id')
  get(@Param('id', uuidParam) id: string): Promise<Silence> {
    return this.silences.get(id);
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Expire the silence now; it stays listed as expired' })
  expire(@Param('id', uuidParam) id: string): Promise<Silence> {
    return this.silences.expire(id);
  }
}
