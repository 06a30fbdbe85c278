import { ConfigurableModuleBuilder } from '@nestjs/common';
import type { VigilModuleOptions } from './options/vigil-options.js';

/**
 * `forRoot(options)` and `forRootAsync({ useFactory, inject, imports })`, as other Nest
 * modules spell them. Global by default, so any module can inject the registry.
 */
export const { ConfigurableModuleClass, MODULE_OPTIONS_TOKEN } = new ConfigurableModuleBuilder<VigilModuleOptions>()
  .setClassMethodName('forRoot')
  .setExtras({ isGlobal: true }, (definition, extras) => ({ ...definition, global: extras.isGlobal }))
  .build();
