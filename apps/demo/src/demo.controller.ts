import { setTimeout as sleep } from 'node:timers/promises';
import { BadRequestException, Controller, Get, NotFoundException, Param, Post, Query, ServiceUnavailableException } from '@nestjs/common';
import { InjectVigilRegistry } from '@vigil/nestjs';
import { Counter, type Registry } from 'prom-client';
import { MAX_PRIME_LIMIT } from './demo-config.js';
import { FailureCadence } from './failure-cadence.js';
import { ORDERS, type Order } from './orders.js';
import { computeDemoPrimes, type PrimeSearch } from './primes.js';

const DEFAULT_PRIME_LIMIT = 200_000;
/** One checkout in five fails: a 20% error rate on that route. */
const CHECKOUT_FAILS_EVERY = 5;

/**
 * Routes with the shapes a real service has: fast, with a parameter, slow, failing and
 * CPU-heavy. @vigil/nestjs times each under its route template.
 */
@Controller()
export class DemoController {
  private readonly checkoutFailures = new FailureCadence(CHECKOUT_FAILS_EVERY);
  private readonly checkouts: Counter<'outcome'>;

  constructor(@InjectVigilRegistry() registry: Registry) {
    // The app's own metric, scraped from the module's registry beside the standard ones.
    this.checkouts = new Counter({
      name: 'demo_checkouts_total',
      help: 'Checkouts attempted, by outcome',
      labelNames: ['outcome'],
      registers: [registry],
    });
  }

  @Get('orders')
  orders(): readonly Order[] {
    return ORDERS;
  }

  @Get('orders/:id')
  order(@Param('id') id: string): Order {
    const order = ORDERS.find((candidate) => String(candidate.id) === id);
    if (!order) throw new NotFoundException(`order ${id} does not exist`);
    return order;
  }

  @Post('checkout')
  checkout(): { status: 'paid' } {
    if (this.checkoutFailures.next()) {
      this.checkouts.inc({ outcome: 'failed' });
      throw new ServiceUnavailableException('the payment provider did not answer');
    }
    this.checkouts.inc({ outcome: 'paid' });
    return { status: 'paid' };
  }

  /** 150–450 ms: a route whose p95 stands out on the latency chart. */
  @Get('reports/slow')
  async slowReport(): Promise<{ tookMs: number }> {
    const tookMs = 150 + Math.round(Math.random() * 300);
    await sleep(tookMs);
    return { tookMs };
  }

  @Get('primes')
  primes(@Query('limit') limit?: string): PrimeSearch {
    const wanted = limit === undefined ? DEFAULT_PRIME_LIMIT : Number(limit);
    if (!Number.isInteger(wanted) || wanted < 0 || wanted > MAX_PRIME_LIMIT) {
      throw new BadRequestException(`limit must be an integer from 0 to ${MAX_PRIME_LIMIT}`);
    }
    return computeDemoPrimes(wanted);
  }
}
