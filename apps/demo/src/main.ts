import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { NestFactory } from '@nestjs/core';
import { DemoConfigError, loadDemoConfig, type DemoConfig } from './demo-config.js';
import { DemoModule } from './demo.module.js';
import { ownUrl, SelfTraffic } from './self-traffic.js';

function readConfig(): DemoConfig {
  try {
    return loadDemoConfig(process.env);
  } catch (error) {
    if (error instanceof DemoConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

const config = readConfig();
const app = await NestFactory.create(DemoModule.forRoot(config));
// SIGTERM: readiness turns 503 for the drain delay, then the server closes.
app.enableShutdownHooks();
await app.listen(config.port, config.host);
const { port } = app.getHttpServer().address() as AddressInfo;
app.get(SelfTraffic).start(ownUrl(config.host, port), config.trafficPerSecond);
