import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PROFILE_TYPES, type ProfileType, type ProfilingSessionInput } from '@vigil/types';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

/** Static bounds; ProfilingSessionsService also holds durationMs to PROFILER_MAX_DURATION_MS. */
export class StartProfilingSessionDto implements ProfilingSessionInput {
  @ApiProperty({ enum: PROFILE_TYPES })
  @IsIn([...PROFILE_TYPES])
  type: ProfileType;

  @ApiPropertyOptional({ description: 'Stops itself after this long (default and maximum: PROFILER_MAX_DURATION_MS)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3_600_000)
  durationMs?: number;

  @ApiPropertyOptional({ description: 'CPU profiles: microseconds between samples (default 1000)' })
  @IsOptional()
  @IsInt()
  @Min(10)
  @Max(1_000_000)
  samplingIntervalUs?: number;

  @ApiPropertyOptional({ description: 'Sampling heap profiles: mean bytes between samples (default 32768)' })
  @IsOptional()
  @IsInt()
  @Min(128)
  @Max(16 * 1024 * 1024)
  samplingIntervalBytes?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(120)
  label?: string;
}
