import type { Pod } from './pod-targets.js';

/** Lists the pods discovery looks at: those of the configured namespaces, or of all. */
export interface PodLister {
  /** The API server, for logs. */
  readonly server: string;
  /** Every pod, all pages; throws when any call fails, so nothing is taken from a partial list. */
  listPods(): Promise<Pod[]>;
}

/** The PodLister, or null with `KUBERNETES_DISCOVERY=off`. */
export const POD_LISTER = Symbol('POD_LISTER');
