import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SlowQueryReport, SystemMetricsSnapshot } from '@vigil/types';
import { responseDto } from '../../common/contract/schema-dto.js';
import { SlowQueryLog } from './collectors/slow-query-log.js';
import { SystemSnapshotService } from './system-snapshot.service.js';

const SystemResponse = responseDto(SystemMetricsSnapshot, 'SystemMetricsSnapshot');
const SlowQueriesResponse = responseDto(SlowQueryReport, 'SlowQueryReport');

/** Live figures as JSON for the monitoring page; the history routes share the path prefix. */
@ApiTags('metrics')
@Controller('metrics')
export class LiveMetricsController {
  constructor(
    private readonly snapshot: SystemSnapshotService,
    private readonly slowQueryLog: SlowQueryLog,
  ) {}

  @Get('system')
  @ApiOperation({ summary: 'Host and process figures now: CPU, load, memory, disks, network, event loop, heap' })
  @ApiOkResponse({ type: SystemResponse })
  system(): Promise<SystemMetricsSnapshot> {
    return this.snapshot.current();
  }

  @Get('slow-queries')
  @ApiOperation({ summary: 'The slowest normalised statements over METRICS_SLOW_QUERY_MS, slowest first' })
  @ApiOkResponse({ type: SlowQueriesResponse })
  slowQueries(): SlowQueryReport {
    return this.slowQueryLog.report();
  }
}
