import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { EscalationPolicy } from '@vigil/types';
import { IdParams } from '../../common/contract/id-params.js';
import { EscalationPoliciesService } from './escalation-policies.service.js';
import { EscalationPolicyBody, EscalationPolicyResponse } from './escalation-policy.dto.js';

@ApiTags('alerts')
@Controller('escalation-policies')
export class EscalationPoliciesController {
  constructor(private readonly policies: EscalationPoliciesService) {}

  @Get()
  @ApiOkResponse({ type: [EscalationPolicyResponse] })
  list(): Promise<EscalationPolicy[]> {
    return this.policies.list();
  }

  @Post()
  @ApiOperation({ summary: 'Create a policy: levels [{afterMinutes, channelIds}], applied while an alert fires unacknowledged' })
  @ApiCreatedResponse({ type: EscalationPolicyResponse })
  create(@Body() body: EscalationPolicyBody): Promise<EscalationPolicy> {
    return this.policies.create(body);
  }

  @Get(':id')
  @ApiOkResponse({ type: EscalationPolicyResponse })
  get(@Param() { id }: IdParams): Promise<EscalationPolicy> {
    return this.policies.get(id);
  }

  @Put(':id')
  @ApiOkResponse({ type: EscalationPolicyResponse })
  update(@Param() { id }: IdParams, @Body() body: EscalationPolicyBody): Promise<EscalationPolicy> {
    return this.policies.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@Param() { id }: IdParams): Promise<void> {
    return this.policies.remove(id);
  }
}
