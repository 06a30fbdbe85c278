import { Injectable } from '@nestjs/common';

/**
 * Names of the metrics that arrive over `POST /api/v1/metrics`. Their history is
 * written when they arrive, so the registry snapshot leaves them out.
 */
@Injectable()
export class CustomMetricNames {
  private readonly names = new Set<string>();

  add(name: string): void {
    this.names.add(name);
  }

  has(name: string): boolean {
    return this.names.has(name);
  }

  all(): ReadonlySet<string> {
    return this.names;
  }
}
