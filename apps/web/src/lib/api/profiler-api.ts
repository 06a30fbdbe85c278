import {
  ProfileAnalysis,
  ProfilingSession,
  ProfilingSessionPage,
  RecommendationReport,
  RuntimeStats,
  type ProfilingSessionRequest,
  type ProfilingSessionQuery,
} from '@vigil/types';
import type { ApiTransport, RequestOptions } from '../api-transport';
import { API_PATHS, itemPath } from './paths';

const session = (id: string) => itemPath(API_PATHS.profilerSessions, id);

export class ProfilerApi {
  constructor(private readonly http: ApiTransport) {}

  listSessions(query: ProfilingSessionQuery = {}, options: RequestOptions = {}): Promise<ProfilingSessionPage> {
    return this.http.call('GET', API_PATHS.profilerSessions, ProfilingSessionPage, { ...options, query: { ...query } });
  }

  getSession(id: string, options: RequestOptions = {}): Promise<ProfilingSession> {
    return this.http.call('GET', session(id), ProfilingSession, options);
  }

  /** With `target`, the API runs the session inside that service's process through its agent. */
  startSession(input: ProfilingSessionRequest): Promise<ProfilingSession> {
    return this.http.call('POST', API_PATHS.profilerSessions, ProfilingSession, { body: input });
  }

  stopSession(id: string): Promise<ProfilingSession> {
    return this.http.call('POST', `${session(id)}/stop`, ProfilingSession);
  }

  getAnalysis(id: string, top: number, options: RequestOptions = {}): Promise<ProfileAnalysis> {
    return this.http.call('GET', `${session(id)}/analysis`, ProfileAnalysis, { ...options, query: { top } });
  }

  /** A plain link: the API answers with `Content-Disposition: attachment`, so the browser saves it. */
  artifactUrl(id: string): string {
    return this.http.url(`${session(id)}/artifact`);
  }

  getRuntime(options: RequestOptions = {}): Promise<RuntimeStats> {
    return this.http.call('GET', `${API_PATHS.profiler}/runtime`, RuntimeStats, options);
  }

  getRecommendations(options: RequestOptions = {}): Promise<RecommendationReport> {
    return this.http.call('GET', `${API_PATHS.profiler}/recommendations`, RecommendationReport, options);
  }
}
