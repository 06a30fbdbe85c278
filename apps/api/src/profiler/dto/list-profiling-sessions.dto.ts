import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  PROFILE_TYPES,
  PROFILING_STATUSES,
  type ProfileType,
  type ProfilingSessionQuery,
  type ProfilingStatus,
} from '@vigil/types';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export class ListProfilingSessionsDto implements ProfilingSessionQuery {
  @ApiPropertyOptional({ default: 20, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiPropertyOptional({ default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset?: number;

  @ApiPropertyOptional({ enum: PROFILE_TYPES })
  @IsOptional()
  @IsIn([...PROFILE_TYPES])
  type?: ProfileType;

  @ApiPropertyOptional({ enum: PROFILING_STATUSES })
  @IsOptional()
  @IsIn([...PROFILING_STATUSES])
  status?: ProfilingStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(128)
  instance?: string;
}
