import { Body, Controller, Delete, Get, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Silence } from '@vigil/types';
import { IdParams } from '../../common/contract/id-params.js';
import { SilenceBody, SilenceQuery, SilenceResponse } from './silence.dto.js';
import { SilencesService } from './silences.service.js';

@ApiTags('alerts')
@Controller('silences')
export class SilencesController {
  constructor(private readonly silences: SilencesService) {}

  @Get()
  @ApiOperation({ summary: 'Silences, latest ending first' })
  @ApiOkResponse({ type: [SilenceResponse] })
  list(@Query() query: SilenceQuery): Promise<Silence[]> {
    return this.silences.list(query.state);
  }

  @Post()
  @ApiOperation({ summary: 'Silence alerts matching every matcher (equal, not-equal, regex) between startsAt and endsAt' })
  @ApiCreatedResponse({ type: SilenceResponse })
  create(@Body() body: SilenceBody): Promise<Silence> {
    return this.silences.create(body);
  }

  @Get(':id')
  @ApiOkResponse({ type: SilenceResponse })
  get(@Param() { id }: IdParams): Promise<Silence> {
    return this.silences.get(id);
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Expire the silence now; it stays listed as expired' })
  @ApiOkResponse({ type: SilenceResponse })
  expire(@Param() { id }: IdParams): Promise<Silence> {
    return this.silences.expire(id);
  }
}
