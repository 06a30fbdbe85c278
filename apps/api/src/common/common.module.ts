import { Global, Module, type DynamicModule } from '@nestjs/common';
import { Clock, SystemClock } from './clock.js';
import { JobScheduler } from './jobs/job-scheduler.js';
import { LeaderLockService } from './leader-lock.service.js';

@Global()
@Module({})
export class CommonModule {
  /** `clock` replaces the system clock, so tests can move time without sleeping. */
  static forRoot(clock: Clock = new SystemClock()): DynamicModule {
    return {
      module: CommonModule,
      providers: [{ provide: Clock, useValue: clock }, LeaderLockService, JobScheduler],
      exports: [Clock, LeaderLockService, JobScheduler],
    };
  }
}
