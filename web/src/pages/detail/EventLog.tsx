import type { EventFieldsFragment } from '../../api/generated';
import { liveStatusStore } from '../../api/live';
import { useStore } from '../../store';
import { formatDateTime, summarizeEvent } from '../../model/format';

export function actorName(actor: string, me: { id: string }, owner: { id: string; name: string } | null): string {
  if (actor === 'system') return 'Pipeline';
  if (actor === me.id) return 'You';
  if (owner && actor === owner.id) return owner.name;
  return actor;
}

/** The audit trail: every event, newest last, streaming in as it happens. */
export function EventLog({
  events,
  me,
  owner,
  onTimeTravel,
}: {
  events: readonly EventFieldsFragment[];
  me: { id: string };
  owner: { id: string; name: string } | null;
  onTimeTravel: (version: number) => void;
}) {
  const live = useStore(liveStatusStore);
  if (events.length === 0) {
    return <p class="muted">{live === 'online' ? 'Loading the history…' : 'The history arrives over the live connection; waiting for it…'}</p>;
  }
  return (
    <div class="table-scroll">
      <table class="events">
        <caption class="visually-hidden">Events, oldest first</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">
              <span class="visually-hidden">View</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.version} data-event-type={event.type}>
              <td data-label="#">{event.version}</td>
              <td data-label="When">
                <time dateTime={event.recordedAt}>{formatDateTime(event.recordedAt)}</time>
              </td>
              <td data-label="Who" title={event.actor}>
                {actorName(event.actor, me, owner)}
              </td>
              <td data-label="What">
                <strong>{event.type}</strong>
                <div class="small">{summarizeEvent(event.type, event.data)}</div>
                {event.requestId && <div class="muted small">request {event.requestId}</div>}
              </td>
              <td>
                <button type="button" class="button small" onClick={() => onTimeTravel(event.version)}>
                  As of v{event.version}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
