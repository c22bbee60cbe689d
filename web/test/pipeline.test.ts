import { describe, expect, it } from 'vitest';
import { timeline, type StepView } from '../src/model/pipeline';

const step = (name: string, status: string): StepView => ({ name, status, attempts: status === 'PENDING' ? 0 : 1, startedAt: null, finishedAt: null, error: null });
const steps = (statuses: string[]) => ['VALIDATE', 'GENERATE', 'TEST', 'PULL_REQUEST', 'DEPLOY'].map((n, i) => step(n, statuses[i]!));

describe('timeline', () => {
  it('puts the review between the pull request and the deployment', () => {
    const entries = timeline(steps(['SUCCEEDED', 'SUCCEEDED', 'SUCCEEDED', 'SUCCEEDED', 'PENDING']), 'REVIEWING');
    expect(entries.map((e) => e.name)).toEqual(['VALIDATE', 'GENERATE', 'TEST', 'PULL_REQUEST', 'REVIEW', 'DEPLOY']);
    expect(entries[4]).toMatchObject({ gate: true, status: 'WAITING', label: 'Review' });
  });

  it('shows the review approved once deploying and rejected after a rejection', () => {
    expect(timeline(steps(['SUCCEEDED', 'SUCCEEDED', 'SUCCEEDED', 'SUCCEEDED', 'RUNNING']), 'DEPLOYING')[4]!.status).toBe('SUCCEEDED');
    expect(timeline(steps(['SUCCEEDED', 'COMPENSATED', 'COMPENSATED', 'COMPENSATED', 'PENDING']), 'FAILED', 'REJECTED')[4]!.status).toBe('FAILED');
    expect(timeline(steps(['SUCCEEDED', 'FAILED', 'PENDING', 'PENDING', 'PENDING']), 'FAILED', 'STEP_FAILED')[4]!.status).toBe('PENDING');
  });
});
