// How a running generation reads on the detail page while a streaming model writes.

import type { IntegrationState } from '../api/generated';
import { formatCount } from './format';

export interface ProgressView {
  attempt: number;
  characters: number;
  files: readonly string[];
  reportedAt: string;
}

export interface FileProgress {
  path: string;
  /** The last file begun is the one the model is writing now. */
  writing: boolean;
}

/** The progress to show: only while the integration generates and the generator has reported. */
export function activeProgress(
  state: IntegrationState,
  progress: ProgressView | null | undefined,
): ProgressView | null {
  return state === 'GENERATING' && progress ? progress : null;
}

/** `12,345 characters received (attempt 1)`. */
export function progressLine(progress: Pick<ProgressView, 'attempt' | 'characters'>): string {
  const characters = progress.characters === 1 ? '1 character' : `${formatCount(progress.characters)} characters`;
  return `${characters} received (attempt ${progress.attempt})`;
}

/** The files begun so far, in order, the last one marked as being written. */
export function fileProgress(files: readonly string[]): FileProgress[] {
  return files.map((path, i) => ({ path, writing: i === files.length - 1 }));
}
