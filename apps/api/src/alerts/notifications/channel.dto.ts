import { Channel, ChannelInput, ChannelTestResult, NotificationDelivery } from '@vigil/types';
import type { z } from 'zod';
import { requestDto, responseDto } from '../../common/contract/schema-dto.js';

export const ChannelBody = requestDto(ChannelInput, 'ChannelInput');
export type ChannelBody = z.output<typeof ChannelInput>;
export const ChannelResponse = responseDto(Channel, 'Channel');
export const ChannelTestResponse = responseDto(ChannelTestResult, 'ChannelTestResult');
export const DeliveryResponse = responseDto(NotificationDelivery, 'NotificationDelivery');
