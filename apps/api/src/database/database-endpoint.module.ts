import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { DatabaseEndpoint } from './database-endpoint.js';

@Module({
  providers: [
    {
      provide: DatabaseEndpoint,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => DatabaseEndpoint.open(config.database),
    },
  ],
  exports: [DatabaseEndpoint],
})
export class DatabaseEndpointModule {}
