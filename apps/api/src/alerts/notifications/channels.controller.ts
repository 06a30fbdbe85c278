import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Channel, ChannelTestResult, NotificationDelivery } from '@vigil/types';
import { IdParams } from '../../common/contract/id-params.js';
import { ChannelBody, ChannelResponse, ChannelTestResponse, DeliveryResponse } from './channel.dto.js';
import { ChannelsService } from './channels.service.js';

@ApiTags('alerts')
@Controller('channels')
export class ChannelsController {
  constructor(private readonly channels: ChannelsService) {}

  @Get()
  @ApiOperation({ summary: 'Notification channels, secrets masked' })
  @ApiOkResponse({ type: [ChannelResponse] })
  list(): Promise<Channel[]> {
    return this.channels.list();
  }

  @Post()
  @ApiOperation({ summary: 'Create a webhook, slack, email, pagerduty or sms channel' })
  @ApiCreatedResponse({ type: ChannelResponse })
  create(@Body() body: ChannelBody): Promise<Channel> {
    return this.channels.create(body);
  }

  @Get(':id')
  @ApiOkResponse({ type: ChannelResponse })
  get(@Param() { id }: IdParams): Promise<Channel> {
    return this.channels.get(id);
  }

  @Put(':id')
  @ApiOperation({ summary: 'Replace a channel; a secret sent back masked keeps its stored value' })
  @ApiOkResponse({ type: ChannelResponse })
  update(@Param() { id }: IdParams, @Body() body: ChannelBody): Promise<Channel> {
    return this.channels.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@Param() { id }: IdParams): Promise<void> {
    return this.channels.remove(id);
  }

  @Post(':id/test')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send a test notification now and report the outcome' })
  @ApiOkResponse({ type: ChannelTestResponse })
  test(@Param() { id }: IdParams): Promise<ChannelTestResult> {
    return this.channels.test(id);
  }

  @Get(':id/deliveries')
  @ApiOperation({ summary: 'The channel’s latest deliveries from the outbox' })
  @ApiOkResponse({ type: [DeliveryResponse] })
  deliveries(@Param() { id }: IdParams): Promise<NotificationDelivery[]> {
    return this.channels.listDeliveries(id);
  }
}
