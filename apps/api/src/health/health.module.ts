import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { CacheIndicator } from './indicators/cache.indicator.js';
import { DatabaseIndicator } from './indicators/database.indicator.js';
import { ProbesController } from './probes.controller.js';
import { ShutdownState } from './shutdown-state.js';

@Module({
  imports: [TerminusModule.forRoot({ errorLogStyle: 'json' })],
  controllers: [ProbesController],
  providers: [DatabaseIndicator, CacheIndicator, ShutdownState],
  exports: [ShutdownState],
})
export class HealthModule {}
