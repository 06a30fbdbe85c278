import { ScrapeTarget, ScrapeTargetList, type ScrapeTargetInput, type TargetsQuery } from '@vigil/types';
import type { ApiTransport, RequestOptions } from '../api-transport';
import { API_PATHS, itemPath } from './paths';

/** Scrape targets: the instances Vigil reads `/metrics` from, wherever they were listed. */
export class TargetsApi {
  constructor(private readonly http: ApiTransport) {}

  list(query: TargetsQuery = {}, options: RequestOptions = {}): Promise<ScrapeTarget[]> {
    return this.http.call('GET', API_PATHS.targets, ScrapeTargetList, { ...options, query: { ...query } });
  }

  get(id: string, options: RequestOptions = {}): Promise<ScrapeTarget> {
    return this.http.call('GET', itemPath(API_PATHS.targets, id), ScrapeTarget, options);
  }

  /** Adds a target with `source: 'api'`; the instance defaults to `host:port` of the URL. */
  create(input: ScrapeTargetInput): Promise<ScrapeTarget> {
    return this.http.call('POST', API_PATHS.targets, ScrapeTarget, { body: input });
  }

  /** 409 for a static target; an agent's comes back with its next heartbeat. */
  remove(id: string): Promise<void> {
    return this.http.callForNoContent('DELETE', itemPath(API_PATHS.targets, id));
  }
}
