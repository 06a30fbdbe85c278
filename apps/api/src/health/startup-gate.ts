import { Injectable, Logger } from '@nestjs/common';

/**
 * Start-up steps other modules announce and finish: a module calls `expect(step)` while
 * it initialises (before the server listens) and `complete(step)` once done, e.g. the
 * metrics module with 'first-collection'. `/health/startup` stays 503 until all complete.
 */
@Injectable()
export class StartupGate {
  private readonly logger = new Logger('StartupGate');
  private readonly expected = new Set<string>();
  private readonly completed = new Set<string>();
  private hasOpened = false;

  expect(step: string): void {
    // Kubernetes stops running the startup probe once it passed: a late step cannot hold it back.
    if (this.hasOpened) this.logger.warn(`Step "${step}" expected after start-up completed; it is not awaited`);
    this.expected.add(step);
  }

  complete(step: string): void {
    if (!this.completed.has(step)) this.logger.log(`Start-up step "${step}" completed`);
    this.completed.add(step);
  }

  /** Expected steps not completed yet, in the order they were announced. */
  pending(): string[] {
    return [...this.expected].filter((step) => !this.completed.has(step));
  }

  completedSteps(): string[] {
    return [...this.expected].filter((step) => this.completed.has(step));
  }

  /** Marks start-up as done for good; after that the probe answers without checking again. */
  open(): void {
    this.hasOpened = true;
  }

  get isOpen(): boolean {
    return this.hasOpened;
  }
}
