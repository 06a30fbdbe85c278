import type { Silence, SilenceInput, SilenceState } from '@vigil/types';
import type { ApiTransport, RequestOptions } from '../api-transport';
import { isSilence, isSilenceList } from '../guards/alert-guards';
import { API_PATHS, itemPath } from './paths';

export class SilencesApi {
  constructor(private readonly http: ApiTransport) {}

  list(state: SilenceState | undefined, options: RequestOptions = {}): Promise<Silence[]> {
    return this.http.call('GET', API_PATHS.silences, isSilenceList, 'a list of silences', { ...options, query: { state } });
  }

  create(input: SilenceInput): Promise<Silence> {
    return this.http.call('POST', API_PATHS.silences, isSilence, 'a silence', { body: input });
  }

  /** DELETE expires the silence (it stays listed as expired) and answers with it. */
  expire(id: string): Promise<Silence> {
    return this.http.call('DELETE', itemPath(API_PATHS.silences, id), isSilence, 'a silence');
  }
}
