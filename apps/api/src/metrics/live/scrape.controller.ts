import { Controller, Get, Headers, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { register } from 'prom-client';
import { MetricsTokenGuard } from './metrics-token.guard.js';
import { renderScrape } from './scrape-format.js';

/**
 * `GET /metrics` for Prometheus. Registered through PrometheusModule, which sets its
 * path; it lives in that module, so it uses only global providers and prom-client's
 * global registry.
 */
@ApiTags('metrics')
@Controller()
@UseGuards(MetricsTokenGuard)
export class ScrapeController {
  @Get()
  @ApiBearerAuth()
  @ApiProduces('text/plain', 'application/openmetrics-text')
  @ApiOperation({ summary: 'Prometheus scrape: text format, or OpenMetrics when Accept asks for it' })
  async index(
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const page = await renderScrape(register, accept);
    void reply.header('content-type', page.contentType);
    return page.body;
  }
}
