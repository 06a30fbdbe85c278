import type { Channel, ChannelInput, ChannelTestResult, NotificationDelivery } from '@vigil/types';
import type { ApiTransport, RequestOptions } from '../api-transport';
import { isNoContent } from '../contract-guards';
import { isChannel, isChannelList, isChannelTestResult, isDeliveryList } from '../guards/notification-guards';
import { API_PATHS, itemPath } from './paths';

export class ChannelsApi {
  constructor(private readonly http: ApiTransport) {}

  list(options: RequestOptions = {}): Promise<Channel[]> {
    return this.http.call('GET', API_PATHS.channels, isChannelList, 'a list of channels', options);
  }

  create(input: ChannelInput): Promise<Channel> {
    return this.http.call('POST', API_PATHS.channels, isChannel, 'a channel', { body: input });
  }

  /** PUT replaces the whole channel; a secret sent as MASKED_SECRET keeps the stored one. */
  update(id: string, input: ChannelInput): Promise<Channel> {
    return this.http.call('PUT', itemPath(API_PATHS.channels, id), isChannel, 'a channel', { body: input });
  }

  remove(id: string): Promise<void> {
    return this.http.call('DELETE', itemPath(API_PATHS.channels, id), isNoContent, 'no content');
  }

  test(id: string): Promise<ChannelTestResult> {
    return this.http.call('POST', `${itemPath(API_PATHS.channels, id)}/test`, isChannelTestResult, 'a test result');
  }

  listDeliveries(id: string, options: RequestOptions = {}): Promise<NotificationDelivery[]> {
    return this.http.call('GET', `${itemPath(API_PATHS.channels, id)}/deliveries`, isDeliveryList, 'deliveries', options);
  }
}
