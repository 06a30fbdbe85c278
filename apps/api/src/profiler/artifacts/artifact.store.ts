import { Inject, Injectable } from '@nestjs/common';
import { createReadStream, type ReadStream } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { PROFILE_ARTIFACT_EXTENSIONS, type ProfileType } from '@vigil/types';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { ArtifactWriter } from './artifact-writer.js';

/** Every artifact is JSON; the extension tells DevTools and speedscope what it holds. */
export const ARTIFACT_CONTENT_TYPE = 'application/json';

const ARTIFACT_FILE = /^([0-9a-f-]{36})\.(cpuprofile|heapsnapshot|heapprofile)$/;

/**
 * Artifact files under DATA_DIR/profiles, named `<session id><extension>`. Files stay
 * out of the database: heap snapshots run to hundreds of megabytes, and the embedded
 * database serves one query at a time.
 */
@Injectable()
export class ArtifactStore {
  private readonly dir: string;
  private readonly maxBytes: number;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.dir = config.profiler.artifactDir;
    this.maxBytes = config.profiler.maxArtifactBytes;
  }

  fileNameFor(sessionId: string, type: ProfileType): string {
    return `${sessionId}${PROFILE_ARTIFACT_EXTENSIONS[type]}`;
  }

  async prepare(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
  }

  openWriter(fileName: string): ArtifactWriter {
    return new ArtifactWriter(join(this.dir, fileName), this.maxBytes);
  }

  /** The file's size, or undefined when it is gone. */
  async sizeOf(fileName: string): Promise<number | undefined> {
    try {
      return (await stat(join(this.dir, fileName))).size;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  openStream(fileName: string): ReadStream {
    return createReadStream(join(this.dir, fileName));
  }

  readText(fileName: string): Promise<string> {
    return readFile(join(this.dir, fileName), 'utf8');
  }

  async remove(fileName: string): Promise<void> {
    await rm(join(this.dir, fileName), { force: true });
  }

  /** Artifact files present, by session id; other files in the folder are left alone. */
  async listSessionFiles(): Promise<{ sessionId: string; fileName: string }[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    return names.flatMap((fileName) => {
      const match = ARTIFACT_FILE.exec(fileName);
      return match ? [{ sessionId: match[1]!, fileName }] : [];
    });
  }
}
