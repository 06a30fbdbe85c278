import { Channel, ChannelTestResult, NotificationDelivery, type ChannelInput } from '@vigil/types';
import type { ApiTransport, RequestOptions } from '../api-transport';
import { API_PATHS, itemPath } from './paths';

export class ChannelsApi {
  constructor(private readonly http: ApiTransport) {}

  list(options: RequestOptions = {}): Promise<Channel[]> {
    return this.http.call('GET', API_PATHS.channels, Channel.array(), options);
  }

  create(input: ChannelInput): Promise<Channel> {
    return this.http.call('POST', API_PATHS.channels, Channel, { body: input });
  }

  /** PUT replaces the whole channel; a secret sent as MASKED_SECRET keeps the stored one. */
  update(id: string, input: ChannelInput): Promise<Channel> {
    return this.http.call('PUT', itemPath(API_PATHS.channels, id), Channel, { body: input });
  }

  remove(id: string): Promise<void> {
    return this.http.callForNoContent('DELETE', itemPath(API_PATHS.channels, id));
  }

  test(id: string): Promise<ChannelTestResult> {
    return this.http.call('POST', `${itemPath(API_PATHS.channels, id)}/test`, ChannelTestResult);
  }

  listDeliveries(id: string, options: RequestOptions = {}): Promise<NotificationDelivery[]> {
    return this.http.call('GET', `${itemPath(API_PATHS.channels, id)}/deliveries`, NotificationDelivery.array(), options);
  }
}
