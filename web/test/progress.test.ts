import { describe, expect, it } from 'vitest';
import { activeProgress, fileProgress, progressLine, type ProgressView } from '../src/model/progress';

const progress: ProgressView = { attempt: 1, characters: 12345, files: ['app.py', 'test_app.py'], reportedAt: '2025-01-01T12:00:00Z' };

describe('generation progress', () => {
  it('shows only while the integration generates and the generator has reported', () => {
    expect(activeProgress('GENERATING', progress)).toBe(progress);
    expect(activeProgress('GENERATING', null)).toBeNull();
    expect(activeProgress('TESTING', progress)).toBeNull();
    expect(activeProgress('FAILED', progress)).toBeNull();
  });

  it('reads as the characters received and the attempt', () => {
    expect(progressLine(progress)).toBe('12,345 characters received (attempt 1)');
    expect(progressLine({ attempt: 2, characters: 0 })).toBe('0 characters received (attempt 2)');
    expect(progressLine({ attempt: 1, characters: 1 })).toBe('1 character received (attempt 1)');
  });

  it('marks the last file begun as the one being written', () => {
    expect(fileProgress(progress.files)).toEqual([
      { path: 'app.py', writing: false },
      { path: 'test_app.py', writing: true },
    ]);
    expect(fileProgress(['only.py'])).toEqual([{ path: 'only.py', writing: true }]);
    expect(fileProgress([])).toEqual([]);
  });
});
