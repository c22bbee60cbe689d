import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { query } from '../api/client';
import {
  BoardDocument,
  IntegrationUpdatesDocument,
  StateCountsDocument,
  UsersDocument,
  type IntegrationFilter,
  type IntegrationState,
  type IntegrationSummaryFragment,
} from '../api/generated';
import { subscribeLive } from '../api/live';
import { ErrorNotice, Loading } from '../components/Notice';
import { StateBadge } from '../components/StateBadge';
import { useDebounced, useTitle } from '../hooks';
import { formatDateTime } from '../model/format';
import { mayAdminister, mayCreate } from '../model/permissions';
import { STATES, applyTransition, countsFromAnswer, isState, stateLabel, type StateCounts } from '../model/states';
import { Link, navigate, useLocation } from '../router';
import type { CurrentUser } from '../session';

const PAGE_SIZE = 25;

interface BoardFilter {
  states: IntegrationState[];
  owner: string;
  text: string;
}

function filterFromSearch(search: URLSearchParams): BoardFilter {
  return {
    states: (search.get('state') ?? '').split(',').filter(isState),
    owner: search.get('owner') ?? '',
    text: search.get('q') ?? '',
  };
}

function searchFromFilter(filter: BoardFilter): string {
  const params = new URLSearchParams();
  if (filter.states.length > 0) params.set('state', filter.states.join(','));
  if (filter.owner) params.set('owner', filter.owner);
  if (filter.text) params.set('q', filter.text);
  const text = params.toString();
  return text ? `/?${text}` : '/';
}

function ownerId(owner: string, user: CurrentUser): string | null {
  if (!owner) return null;
  return owner === 'me' ? user.id : owner;
}

export function BoardPage({ user }: { user: CurrentUser }) {
  useTitle('Integrations');
  const location = useLocation();
  const filter = filterFromSearch(location.search);
  const filterKey = `${filter.states.join(',')}|${filter.owner}|${filter.text}`;
  const [items, setItems] = useState<IntegrationSummaryFragment[] | null>(null);
  const [total, setTotal] = useState(0);
  const [next, setNext] = useState<string | null>(null);
  const [counts, setCounts] = useState<StateCounts | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [liveError, setLiveError] = useState<unknown>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [text, setText] = useState(filter.text);
  const [owners, setOwners] = useState<{ id: string; name: string }[]>([]);
  const itemsRef = useRef(items);
  itemsRef.current = items;

  const graphFilter = (): IntegrationFilter => {
    const result: IntegrationFilter = {};
    if (filter.states.length > 0) result.states = filter.states;
    const owner = ownerId(filter.owner, user);
    if (owner) result.owner = owner;
    if (filter.text) result.text = filter.text;
    return result;
  };

  const loadCounts = useCallback(async () => {
    try {
      const answer = await query(StateCountsDocument, { owner: ownerId(filter.owner, user), text: filter.text || null });
      setCounts(countsFromAnswer(answer.data));
    } catch (e) {
      setError(e);
    }
  }, [filterKey]);

  /** Loads the first page again, as deep as the board has scrolled (at most 100). */
  const reload = useCallback(async () => {
    const first = Math.min(100, Math.max(PAGE_SIZE, itemsRef.current?.length ?? 0));
    try {
      const answer = await query(BoardDocument, { first, after: null, filter: graphFilter() });
      const connection = answer.data!.integrations;
      setItems(connection.nodes);
      setTotal(connection.totalCount);
      setNext(connection.pageInfo.hasNextPage ? (connection.pageInfo.endCursor ?? null) : null);
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, [filterKey]);

  const reloadSoon = useDebounced(() => void reload(), 300);
  const countsSoon = useDebounced(() => void loadCounts(), 300);

  useEffect(() => {
    setItems(null);
    itemsRef.current = null;
    void reload();
    void loadCounts();
  }, [reload, loadCounts]);

  useEffect(() => {
    if (!mayAdminister(user)) return;
    query(UsersDocument, { first: 100, after: null }).then(
      (answer) => setOwners(answer.data?.users?.nodes ?? []),
      () => setOwners([]),
    );
  }, [user]);

  // Live: every visible integration as it changes. The stream has no cursor, so after a
  // lost connection the board reloads what it shows.
  useEffect(
    () =>
      subscribeLive({
        document: IntegrationUpdatesDocument,
        variables: () => ({}),
        onData: ({ integrationUpdated: node }) => {
          const list = itemsRef.current;
          const index = list ? list.findIndex((item) => item.id === node.id) : -1;
          if (list && index >= 0) {
            const previous = list[index]!;
            if (previous.version > node.version) return;
            const updated = [...list];
            updated[index] = node;
            itemsRef.current = updated;
            setItems(updated);
            if (previous.state !== node.state) setCounts((c) => (c ? applyTransition(c, previous.state, node.state) : c));
          } else {
            reloadSoon();
          }
          countsSoon();
        },
        onResume: () => {
          reloadSoon();
          countsSoon();
        },
        onError: setLiveError,
      }),
    [reloadSoon, countsSoon],
  );

  // The text filter follows typing, a moment after the last key.
  const applyText = useDebounced(() => {
    const current = filterFromSearch(new URLSearchParams(window.location.search));
    if (current.text !== text.trim()) navigate(searchFromFilter({ ...current, text: text.trim() }), { replace: true });
  }, 350);
  useEffect(() => {
    // Follow the address (back, forward, a link) without eating what is being typed.
    if (filter.text !== text.trim()) setText(filter.text);
  }, [filter.text]);

  const toggleState = (state: IntegrationState | null) => {
    const states = state === null ? [] : filter.states.includes(state) ? filter.states.filter((s) => s !== state) : [...filter.states, state];
    navigate(searchFromFilter({ ...filter, states }));
  };

  const loadMore = async () => {
    if (!next) return;
    setLoadingMore(true);
    try {
      const answer = await query(BoardDocument, { first: PAGE_SIZE, after: next, filter: graphFilter() });
      const connection = answer.data!.integrations;
      const seen = new Set((itemsRef.current ?? []).map((i) => i.id));
      const merged = [...(itemsRef.current ?? []), ...connection.nodes.filter((n) => !seen.has(n.id))];
      itemsRef.current = merged;
      setItems(merged);
      setTotal(connection.totalCount);
      setNext(connection.pageInfo.hasNextPage ? (connection.pageInfo.endCursor ?? null) : null);
    } catch (e) {
      setError(e);
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <section aria-labelledby="board-title">
      <div class="page-head">
        <h1 id="board-title">Integrations</h1>
        {mayCreate(user) && (
          <Link class="button primary" href="/integrations/new">
            New integration
          </Link>
        )}
      </div>

      <div class="filters" role="search">
        <div class="chips" role="group" aria-label="Filter by state">
          <button type="button" class="chip" aria-pressed={filter.states.length === 0} onClick={() => toggleState(null)}>
            All <span class="count">{counts ? counts.total : '…'}</span>
          </button>
          {STATES.map((state) => (
            <button
              key={state}
              type="button"
              class={`chip chip-${state.toLowerCase()}`}
              aria-pressed={filter.states.includes(state)}
              data-state-count={state}
              onClick={() => toggleState(state)}
            >
              {stateLabel(state)} <span class="count">{counts ? counts.byState[state] : '…'}</span>
            </button>
          ))}
        </div>
        <div class="filter-row">
          <div class="field inline">
            <label for="board-search">Search</label>
            <input
              id="board-search"
              type="search"
              value={text}
              placeholder="Name or description"
              onInput={(e) => {
                setText(e.currentTarget.value);
                applyText();
              }}
            />
          </div>
          <div class="field inline">
            <label for="board-owner">Owner</label>
            <select
              id="board-owner"
              value={filter.owner}
              onChange={(e) => navigate(searchFromFilter({ ...filter, owner: e.currentTarget.value }))}
            >
              <option value="">Anyone</option>
              <option value="me">Me</option>
              {owners
                .filter((o) => o.id !== user.id)
                .map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
            </select>
          </div>
        </div>
      </div>

      <ErrorNotice error={error} onRetry={() => void reload()} />
      <ErrorNotice error={liveError} />

      {items === null ? (
        !error && <Loading what="integrations" />
      ) : items.length === 0 ? (
        <p class="empty">No integration matches. {mayCreate(user) && <Link href="/integrations/new">Create one.</Link>}</p>
      ) : (
        <>
          <table class="board">
            <caption class="visually-hidden">Integrations, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Kind</th>
                <th scope="col">State</th>
                <th scope="col">Owner</th>
                <th scope="col">Updated</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id} data-integration={item.id}>
                  <td data-label="Name">
                    <Link href={`/integrations/${encodeURIComponent(item.id)}`} class="name">
                      {item.name}
                    </Link>
                    {item.description && <div class="muted small">{item.description}</div>}
                  </td>
                  <td data-label="Kind">
                    <code>{item.kind}</code>
                  </td>
                  <td data-label="State">
                    <StateBadge state={item.state} />
                  </td>
                  <td data-label="Owner">{item.owner ? (item.owner.id === user.id ? 'You' : item.owner.name) : '—'}</td>
                  <td data-label="Updated">
                    <time dateTime={item.updatedAt}>{formatDateTime(item.updatedAt)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p class="muted small" aria-live="polite">
            Showing {items.length} of {total}
          </p>
          {next && (
            <button type="button" class="button" onClick={loadMore} disabled={loadingMore}>
              {loadingMore ? 'Loading…' : 'Load more'}
            </button>
          )}
        </>
      )}
    </section>
  );
}
