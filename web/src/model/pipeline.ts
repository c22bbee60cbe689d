// The pipeline as a timeline: the server's recorded steps with the human review placed
// between the pull request and the deployment.

import type { IntegrationState } from '../api/generated';

export interface StepView {
  name: string;
  status: string;
  attempts: number;
  startedAt: string | null;
  finishedAt: string | null;
  error: string | null;
}

export interface TimelineEntry extends StepView {
  label: string;
  /** The review is a person's decision, not a recorded step. */
  gate: boolean;
}

const LABELS: Record<string, string> = {
  validate: 'Validate',
  generate: 'Generate',
  test: 'Test',
  pull_request: 'Pull request',
  review: 'Review',
  deploy: 'Deploy',
};

export function stepLabel(name: string): string {
  return LABELS[name] ?? name.replace(/_/g, ' ');
}

/** What the review gate shows, from the integration's state and its deploy step. */
export function reviewStatus(state: IntegrationState, failureTrigger: string | null | undefined, deploy: StepView | undefined): string {
  if (state === 'REVIEWING') return 'WAITING';
  if (failureTrigger === 'rejected') return 'FAILED';
  if (deploy && deploy.status !== 'PENDING') return 'SUCCEEDED';
  if (state === 'DEPLOYING' || state === 'ACTIVE' || state === 'DEPRECATED') return 'SUCCEEDED';
  return 'PENDING';
}

export function timeline(steps: readonly StepView[], state: IntegrationState, failureTrigger?: string | null): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  const deploy = steps.find((s) => s.name === 'deploy');
  for (const step of steps) {
    if (step.name === 'deploy') {
      entries.push({
        name: 'review',
        label: stepLabel('review'),
        gate: true,
        status: reviewStatus(state, failureTrigger, deploy),
        attempts: 0,
        startedAt: null,
        finishedAt: null,
        error: null,
      });
    }
    entries.push({ ...step, label: stepLabel(step.name), gate: false });
  }
  return entries;
}
