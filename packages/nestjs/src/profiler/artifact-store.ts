import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { PROFILE_ARTIFACT_EXTENSIONS, type ProfileType } from '@vigil/types';
import type { ResolvedVigilOptions } from '../options/resolved-options.js';
import { VIGIL_OPTIONS } from '../vigil.tokens.js';
import { ArtifactWriter } from './artifact-writer.js';

/** Every artifact is JSON; the extension tells DevTools and speedscope what it holds. */
export const ARTIFACT_CONTENT_TYPE = 'application/json';

/**
 * Artifact files, named `<session id><extension>`, in the configured directory or in a
 * fresh one under the OS temp directory, made on first use and removed at shutdown:
 * artifacts outlive neither the process nor its retention cap.
 */
@Injectable()
export class ArtifactStore {
  private dir: string | undefined;
  private readonly isOwnDir: boolean;
  private readonly maxBytes: number;

  constructor(@Inject(VIGIL_OPTIONS) options: ResolvedVigilOptions) {
    this.dir = options.profiler?.artifactDir ?? undefined;
    this.isOwnDir = this.dir === undefined;
    this.maxBytes = options.profiler?.maxArtifactBytes ?? 0;
  }

  fileNameFor(sessionId: string, type: ProfileType): string {
    return `${sessionId}${PROFILE_ARTIFACT_EXTENSIONS[type]}`;
  }

  pathOf(fileName: string): string {
    return join(this.directory(), fileName);
  }

  openWriter(fileName: string): ArtifactWriter {
    return new ArtifactWriter(this.pathOf(fileName), this.maxBytes);
  }

  remove(fileName: string): void {
    rmSync(this.pathOf(fileName), { force: true });
  }

  /** Removes the directory if the store made it; a configured one keeps whatever is in it. */
  dispose(): void {
    if (this.isOwnDir && this.dir !== undefined) rmSync(this.dir, { recursive: true, force: true });
    if (this.isOwnDir) this.dir = undefined;
  }

  private directory(): string {
    if (this.dir === undefined) this.dir = mkdtempSync(join(tmpdir(), 'vigil-profiles-'));
    else mkdirSync(this.dir, { recursive: true });
    return this.dir;
  }
}
