import type { AddressInfo } from 'node:net';
import { Controller, Get, Module, Param, type DynamicModule, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ExpressAdapter } from '@nestjs/platform-express';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { VigilModule, type VigilModuleOptions } from '../../src/index.js';

export type AdapterName = 'express' | 'fastify';
export const ADAPTERS: readonly AdapterName[] = ['express', 'fastify'];

/** The app's own route, to see it counted under its template. */
@Controller('items')
class ItemsController {
  @Get(':id')
  item(@Param('id') id: string): { id: string } {
    return { id };
  }
}

export interface TestApp {
  app: INestApplication;
  /** `http://127.0.0.1:<port>` */
  url: string;
  close(): Promise<void>;
}

/**
 * A small Nest app with VigilModule (from options, or a `forRootAsync` module) on the
 * given adapter, listening on 127.0.0.1 on a free port.
 */
export async function startApp(adapter: AdapterName, vigil: VigilModuleOptions | DynamicModule, imports: DynamicModule[] = []): Promise<TestApp> {
  const vigilModule = 'module' in vigil ? vigil : VigilModule.forRoot(vigil);

  @Module({ imports: [vigilModule, ...imports], controllers: [ItemsController] })
  class AppModule {}

  const app =
    adapter === 'express'
      ? await NestFactory.create(AppModule, new ExpressAdapter(), { logger: false })
      : await NestFactory.create(AppModule, new FastifyAdapter(), { logger: false });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return { app, url: `http://127.0.0.1:${port}`, close: () => app.close() };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
