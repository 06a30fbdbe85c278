import type { Channel, ChannelTestResult, NotificationDelivery } from '@vigil/types';
import type { ApiTransport, RequestOptions } from '../api-transport';
import { isChannelList, isChannelTestResult, isDeliveryList } from '../guards/notification-guards';
import { API_PATHS, itemPath } from './paths';

export class ChannelsApi {
  constructor(private readonly http: ApiTransport) {}

  list(options: RequestOptions = {}): Promise<Channel[]> {
    return this.http.call('GET', API_PATHS.channels, isChannelList, 'a list of channels', options);
  }

  test(id: string): Promise<ChannelTestResult> {
    return this.http.call('POST', `${itemPath(API_PATHS.channels, id)}/test`, isChannelTestResult, 'a test result');
  }

  listDeliveries(id: string, options: RequestOptions = {}): Promise<NotificationDelivery[]> {
    return this.http.call('GET', `${itemPath(API_PATHS.channels, id)}/deliveries`, isDeliveryList, 'deliveries', options);
  }
}
