import { Module, type DynamicModule } from '@nestjs/common';
import { VigilModule } from '@vigil/nestjs';
import { DEMO_VERSION, type DemoConfig } from './demo-config.js';
import { DemoController } from './demo.controller.js';
import { SelfTraffic } from './self-traffic.js';

/** The demo service: its routes, and VigilModule exactly as a service of one's own imports it. */
@Module({})
export class DemoModule {
  static forRoot(config: DemoConfig): DynamicModule {
    return {
      module: DemoModule,
      imports: [
        VigilModule.forRoot({
          service: config.service,
          version: DEMO_VERSION,
          // With both, the demo registers itself and the server scrapes it; without, it is scrape-only.
          serverUrl: config.serverUrl,
          token: config.token,
          advertiseUrl: config.advertiseUrl,
          probes: { drainDelayMs: config.drainDelayMs },
        }),
      ],
      controllers: [DemoController],
      providers: [SelfTraffic],
    };
  }
}
