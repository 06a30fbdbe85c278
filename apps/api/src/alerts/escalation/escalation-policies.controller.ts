import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { EscalationPolicy } from '@vigil/types';
import { uuidParam } from '../validation/uuid-param.js';
import { EscalationPoliciesService } from './escalation-policies.service.js';

@ApiTags('alerts')
@Controller('escalation-policies')
export class EscalationPoliciesController {
  constructor(private readonly policies: EscalationPoliciesService) {}

  @Get()
  list(): Promise<EscalationPolicy[]> {
    return this.policies.list();
  }

  @Post()
  @ApiOperation({ summary: 'Create a policy: levels [{afterMinutes, channelIds}], applied while an alert fires unacknowledged' })
  @ApiBody({ schema: { type: 'object' } })
  create(@Body() body: unknown): Promise<EscalationPolicy> {
    return this.policies.create(body);
  }

  @Get(':id')
  get(@Param('id', uuidParam) id: string): Promise<EscalationPolicy> {
    return this.policies.get(id);
  }

  @Put(':id')
  @ApiBody({ schema: { type: 'object' } })
  update(@Param('id', uuidParam) id: string, @Body() body: unknown): Promise<EscalationPolicy> {
    return this.policies.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  remove(@Param('id', uuidParam) id: string): Promise<void> {
    return this.policies.remove(id);
  }
}
