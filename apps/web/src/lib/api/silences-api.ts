import { Silence, type SilenceInput, type SilenceState } from '@vigil/types';
import type { ApiTransport, RequestOptions } from '../api-transport';
import { API_PATHS, itemPath } from './paths';

export class SilencesApi {
  constructor(private readonly http: ApiTransport) {}

  list(state: SilenceState | undefined, options: RequestOptions = {}): Promise<Silence[]> {
    return this.http.call('GET', API_PATHS.silences, Silence.array(), { ...options, query: { state } });
  }

  create(input: SilenceInput): Promise<Silence> {
    return this.http.call('POST', API_PATHS.silences, Silence, { body: input });
  }

  /** DELETE expires the silence (it stays listed as expired) and answers with it. */
  expire(id: string): Promise<Silence> {
    return this.http.call('DELETE', itemPath(API_PATHS.silences, id), Silence);
  }
}
