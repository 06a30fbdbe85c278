import {
  LoadBalancerView,
  ScalingDecision,
  ScalingForecast,
  ScalingRecommendation,
  ScalingServiceStatus,
  ScalingSimulation,
  ServiceScalingPolicy,
  type AutoScalingInput,
  type LoadBalancerQuery,
  type ScalingEventsQuery,
  type ScalingForecastQuery,
  type ScalingRecommendationInput,
  type ScalingSimulationInput,
  type ServiceScalingPolicyInput,
} from '@vigil/types';
import type { ApiTransport, RequestOptions } from '../api-transport';
import { API_PATHS, itemPath } from './paths';

const policy = (service: string) => itemPath(`${API_PATHS.scaling}/policies`, service);

export class ScalingApi {
  constructor(private readonly http: ApiTransport) {}

  listServices(options: RequestOptions = {}): Promise<ScalingServiceStatus[]> {
    return this.http.call('GET', `${API_PATHS.scaling}/services`, ScalingServiceStatus.array(), options);
  }

  getPolicy(service: string, options: RequestOptions = {}): Promise<ServiceScalingPolicy> {
    return this.http.call('GET', policy(service), ServiceScalingPolicy, options);
  }

  /** PUT replaces the whole policy: what `input` leaves out takes the defaults, not the stored value. */
  updatePolicy(service: string, input: ServiceScalingPolicyInput): Promise<ServiceScalingPolicy> {
    return this.http.call('PUT', policy(service), ServiceScalingPolicy, { body: input });
  }

  setAutoScaling(input: AutoScalingInput): Promise<ServiceScalingPolicy> {
    return this.http.call('POST', `${API_PATHS.scaling}/auto-scaling`, ServiceScalingPolicy, { body: input });
  }

  /** The decision log, newest first. */
  listEvents(query: ScalingEventsQuery, options: RequestOptions = {}): Promise<ScalingDecision[]> {
    return this.http.call('GET', `${API_PATHS.scaling}/events`, ScalingDecision.array(), { ...options, query: { ...query } });
  }

  /** Stateless: the count the HPA would choose for the numbers given; nothing is stored. */
  recommend(input: ScalingRecommendationInput): Promise<ScalingRecommendation> {
    return this.http.call('POST', `${API_PATHS.scaling}/recommend`, ScalingRecommendation, { body: input });
  }

  /** Replays stored history with the current and a proposed policy; nothing is stored or applied. */
  simulate(input: ScalingSimulationInput): Promise<ScalingSimulation> {
    return this.http.call('POST', `${API_PATHS.scaling}/simulate`, ScalingSimulation, { body: input });
  }

  /** How the service's requests spread over its instances within the window. */
  getLoadBalancer(query: LoadBalancerQuery, options: RequestOptions = {}): Promise<LoadBalancerView> {
    return this.http.call('GET', `${API_PATHS.scaling}/load-balancer`, LoadBalancerView, { ...options, query: { ...query } });
  }

  /** A metric of the service fitted over a window of history and carried to a horizon, with when it crosses a threshold. */
  getForecast(query: ScalingForecastQuery, options: RequestOptions = {}): Promise<ScalingForecast> {
    return this.http.call('GET', `${API_PATHS.scaling}/forecast`, ScalingForecast, { ...options, query: { ...query } });
  }
}
