import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Channel, ChannelTestResult, NotificationDelivery } from '@vigil/types';
import { uuidParam } from '../validation/uuid-param.js';
import { ChannelsService } from './channels.service.js';

@ApiTags('alerts')
@Controller('channels')
export class ChannelsController {
  constructor(private readonly channels: ChannelsService) {}

  @Get()
  @ApiOperation({ summary: 'Notification channels, secrets masked' })
  list(): Promise<Channel[]> {
    return this.channels.list();
  }

  @Post()
  @ApiOperation({ summary: 'Create a webhook, slack, email, pagerduty or sms channel' })
  @ApiBody({ schema: { type: 'object' } })
  create(@Body() body: unknown): Promise<Channel> {
    return this.channels.create(body);
  }

  @Get(':id')
  get(@Param('id', uuidParam) id: string): Promise<Channel> {
    return this.channels.get(id);
  }

  @Put(':id')
  @ApiOperation({ summary: 'Replace a channel; a secret sent back masked keeps its stored value' })
  @ApiBody({ schema: { type: 'object' } })
  update(@Param('id', uuidParam) id: string, @Body() body: unknown): Promise<Channel> {
    return this.channels.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  remove(@Param('id', uuidParam) id: string): Promise<void> {
    return this.channels.remove(id);
  }

  @Post(':id/test')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send a test notification now and report the outcome' })
  test(@Param('id', uuidParam) id: string): Promise<ChannelTestResult> {
    return this.channels.test(id);
  }

  @Get(':id/deliveries')
  @ApiOperation({ summary: 'The channel’s latest deliveries from the outbox' })
  deliveries(@Param('id', uuidParam) id: string): Promise<NotificationDelivery[]> {
    return this.channels.listDeliveries(id);
  }
}
