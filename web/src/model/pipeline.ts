// The pipeline as a timeline: the server's recorded steps with the human review placed
// between the pull request and the deployment.

import type { IntegrationState, Trigger } from '../api/generated';

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

/** The review's place in the timeline: a person's decision, not a step of the server's. */
export const REVIEW = 'REVIEW';

const LABELS: Record<string, string> = {
  VALIDATE: 'Validate',
  GENERATE: 'Generate',
  TEST: 'Test',
  PULL_REQUEST: 'Pull request',
  [REVIEW]: 'Review',
  DEPLOY: 'Deploy',
};

export function stepLabel(name: string): string {
  const words = name.toLowerCase().replace(/_/g, ' ');
  return LABELS[name] ?? words.charAt(0).toUpperCase() + words.slice(1);
}

/** What the review gate shows, from the integration's state and its deploy step. */
export function reviewStatus(state: IntegrationState, failureTrigger: Trigger | null | undefined, deploy: StepView | undefined): string {
  if (state === 'REVIEWING') return 'WAITING';
  if (failureTrigger === 'REJECTED') return 'FAILED';
  if (deploy && deploy.status !== 'PENDING') return 'SUCCEEDED';
  if (state === 'DEPLOYING' || state === 'ACTIVE' || state === 'DEPRECATED') return 'SUCCEEDED';
  return 'PENDING';
}

export function timeline(steps: readonly StepView[], state: IntegrationState, failureTrigger?: Trigger | null): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  const deploy = steps.find((s) => s.name === 'DEPLOY');
  for (const step of steps) {
    if (step.name === 'DEPLOY') {
      entries.push({
        name: REVIEW,
        label: stepLabel(REVIEW),
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
