import { METHOD_METADATA, PARAMTYPES_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum.js';
import { RequestMethod } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { z } from 'zod';
import { isSchemaDto } from '../../src/common/contract/schema-dto.js';
import type { ServedRoute } from './served-routes.js';

/** What a route's handler declares it takes: the schemas the global pipe checks. */
export interface RouteContract {
  /** The handler, as `ControllerName.method`, for messages. */
  handler: string;
  /** The `@Body()` schema; none when the handler reads no body. */
  body?: z.ZodType;
  /** The `@Param()` schema; none when the route has no parameter or reads it bare. */
  params?: z.ZodType;
}

interface Handler extends RouteContract {
  method: string;
  /** Controller path and handler path joined, without the global prefix. */
  path: string;
}

const join = (...parts: string[]) =>
  parts
    .map((part) => part.replace(/^\/+|\/+$/g, ''))
    .filter((part) => part !== '')
    .join('/');

/** Every handler of every controller, with the schema DTOs of its body and params. */
function handlers(app: NestFastifyApplication): Handler[] {
  const found: Handler[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const type = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!type) continue;
      const base = String(Reflect.getMetadata(PATH_METADATA, type) ?? '');
      for (const name of Object.getOwnPropertyNames(type.prototype)) {
        const fn = (type.prototype as Record<string, unknown>)[name];
        if (name === 'constructor' || typeof fn !== 'function') continue;
        const requestMethod = Reflect.getMetadata(METHOD_METADATA, fn) as RequestMethod | undefined;
        const paths = Reflect.getMetadata(PATH_METADATA, fn) as string | string[] | undefined;
        if (requestMethod === undefined || paths === undefined) continue;
        const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, type, name) ?? {}) as Record<string, { index: number; data?: unknown }>;
        const types = (Reflect.getMetadata(PARAMTYPES_METADATA, type.prototype, name) ?? []) as unknown[];
        const schemaOf = (paramtype: RouteParamtypes): z.ZodType | undefined => {
          const entry = Object.entries(args).find(([key, arg]) => key.split(':')[0] === String(paramtype) && arg.data === undefined);
          const dto = entry ? types[entry[1].index] : undefined;
          return isSchemaDto(dto) ? dto.schema : undefined;
        };
        for (const path of [paths].flat()) {
          found.push({
            handler: `${type.name}.${name}`,
            method: RequestMethod[requestMethod],
            path: join(base, path),
            body: schemaOf(RouteParamtypes.BODY),
            params: schemaOf(RouteParamtypes.PARAM),
          });
        }
      }
    }
  }
  return found;
}

/**
 * The contract of each served route: the Nest handler whose path, joined after
 * whatever prefix Nest gave it, is the longest match for the served path.
 */
export function routeContracts(app: NestFastifyApplication, routes: readonly ServedRoute[]): Map<ServedRoute, RouteContract> {
  const all = handlers(app);
  const contracts = new Map<ServedRoute, RouteContract>();
  for (const route of routes) {
    const match = all
      .filter((h) => h.method === route.method && (route.path === `/${h.path}` || route.path.endsWith(`/${h.path}`)))
      .sort((a, b) => b.path.length - a.path.length)[0];
    if (!match) throw new Error(`no Nest handler serves ${route.method} ${route.path}`);
    contracts.set(route, { handler: match.handler, body: match.body, params: match.params });
  }
  return contracts;
}
