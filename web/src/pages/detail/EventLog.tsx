import { useEffect, useState } from 'preact/hooks';
import { query } from '../../api/client';
import { IntegrationHistoryDocument, type EventFieldsFragment } from '../../api/generated';
import { ErrorNotice } from '../../components/Notice';
import { historyPage, pageCount } from '../../model/details';
import { eventTypeLabel, formatDateTime, summarizeEvent } from '../../model/format';

/** Events to a page of the history. */
export const HISTORY_PAGE_SIZE = 25;

export function actorName(actor: string, me: { id: string }, owner: { id: string; name: string } | null): string {
  if (actor === 'system') return 'Pipeline';
  if (actor === me.id) return 'You';
  if (owner && actor === owner.id) return owner.name;
  return actor;
}

/**
 * The audit trail, a page at a time (oldest first within a page), read with the
 * `events(after, first)` field. It opens on the newest events and follows them as the
 * integration's version grows; an older page stays put.
 */
export function EventLog({
  id,
  version,
  me,
  owner,
  onTimeTravel,
}: {
  id: string;
  /** The integration's latest version: how many events there are. */
  version: number;
  me: { id: string };
  owner: { id: string; name: string } | null;
  onTimeTravel: (version: number) => void;
}) {
  const pages = pageCount(version, HISTORY_PAGE_SIZE);
  // `null` follows the newest page; an older page keeps the cut it was chosen with, so
  // that new events do not shift its rows.
  const [older, setOlder] = useState<{ fromNewest: number; total: number } | null>(null);
  const page = older ? historyPage(older.fromNewest, older.total, HISTORY_PAGE_SIZE) : historyPage(0, version, HISTORY_PAGE_SIZE);
  const [events, setEvents] = useState<EventFieldsFragment[] | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let current = true;
    setError(null);
    query(IntegrationHistoryDocument, { id, after: page.after, first: page.first }).then(
      (answer) => {
        if (current) setEvents(answer.data?.integration?.events ?? []);
      },
      (e) => {
        if (current) setError(e);
      },
    );
    return () => {
      current = false;
    };
  }, [id, page.after, page.first]);

  const total = older?.total ?? version;
  const count = older ? pageCount(older.total, HISTORY_PAGE_SIZE) : pages;
  const go = (fromNewest: number) => setOlder(fromNewest <= 0 ? null : { fromNewest: Math.min(fromNewest, count - 1), total });
  const number = count - page.fromNewest;
  const nav = (
    <nav class="pager" aria-label="History pages">
      <button type="button" class="button small" onClick={() => go(count - 1)} disabled={page.fromNewest >= count - 1}>
        Oldest
      </button>
      <button type="button" class="button small" onClick={() => go(page.fromNewest + 1)} disabled={page.fromNewest >= count - 1}>
        Older
      </button>
      <span class="small" data-testid="history-page">
        Events {page.from}–{page.to} of {total} · page {number} of {count}
      </span>
      <button type="button" class="button small" onClick={() => go(page.fromNewest - 1)} disabled={!older}>
        Newer
      </button>
      <button type="button" class="button small" onClick={() => go(0)} disabled={!older}>
        Newest
      </button>
    </nav>
  );
  if (error) return <ErrorNotice error={error} />;
  if (events === undefined) return <p class="muted">Loading the history…</p>;
  return (
    <div class="table-scroll">
      {count > 1 && nav}
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
                <strong>{eventTypeLabel(event.type)}</strong>
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
