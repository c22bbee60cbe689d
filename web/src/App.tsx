import type { ComponentChildren } from 'preact';
import { useEffect, useErrorBoundary } from 'preact/hooks';
import { LiveIndicator, useLiveConnection } from './components/LiveIndicator';
import { ErrorNotice, Loading } from './components/Notice';
import { mayAdminister, mayCreate } from './model/permissions';
import { AdminPage } from './pages/admin/AdminPage';
import { BoardPage } from './pages/Board';
import { CreatePage } from './pages/Create';
import { DetailPage } from './pages/detail/DetailPage';
import { SignInPage } from './pages/SignIn';
import { Link, matchRoute, navigate, useLocation } from './router';
import { loadSession, sessionStore, signOut, type CurrentUser } from './session';
import { useStore } from './store';

/** A page that throws shows what went wrong instead of going blank. */
function Guard({ children }: { children: ComponentChildren }) {
  const [error, reset] = useErrorBoundary();
  if (error) {
    return (
      <div class="notice notice-error" role="alert">
        <span>This page failed to show: {error instanceof Error ? error.message : String(error)}</span>
        <button type="button" class="button small" onClick={reset}>
          Try again
        </button>
      </div>
    );
  }
  return <>{children}</>;
}

function Page({ user, path }: { user: CurrentUser; path: string }) {
  if (path === '/' || path === '/integrations') return <BoardPage user={user} />;
  if (path === '/integrations/new') return <CreatePage user={user} />;
  const detail = matchRoute('/integrations/:id', path);
  if (detail) return <DetailPage key={detail['id']} id={detail['id']!} user={user} />;
  if (path === '/admin') return <AdminPage user={user} />;
  return (
    <section>
      <h1>Page not found</h1>
      <p>
        Nothing lives at <code>{path}</code>. <Link href="/">Go to the board</Link>
      </p>
    </section>
  );
}

function Header({ user }: { user: CurrentUser | null }) {
  const { path } = useLocation();
  const current = (href: string) => (path === href ? 'page' : undefined);
  useLiveConnection(user !== null);
  return (
    <header class="top">
      <Link href="/" class="brand">
        Claude Code Bot
      </Link>
      {user && (
        <nav aria-label="Main">
          <Link href="/" aria-current={current('/')}>
            Board
          </Link>
          {mayCreate(user) && (
            <Link href="/integrations/new" aria-current={current('/integrations/new')}>
              New
            </Link>
          )}
          <Link href="/admin" aria-current={current('/admin')}>
            {mayAdminister(user) ? 'Admin' : 'API keys'}
          </Link>
        </nav>
      )}
      <div class="top-end">
        <LiveIndicator />
        {user && (
          <>
            <span class="who" data-role={user.role}>
              {user.name} <span class="role">{user.role.toLowerCase()}</span>
            </span>
            <button type="button" class="button small" onClick={() => void signOut()}>
              Sign out
            </button>
          </>
        )}
      </div>
    </header>
  );
}

export function App() {
  const session = useStore(sessionStore);
  const location = useLocation();

  useEffect(() => void loadSession(), []);

  // Signed out anywhere but the sign-in page: go there, and come back afterwards.
  useEffect(() => {
    if (session.status === 'signed-out' && location.path !== '/sign-in') {
      const back = location.path + (location.search.toString() ? `?${location.search.toString()}` : '');
      navigate(back === '/' ? '/sign-in' : `/sign-in?redirect=${encodeURIComponent(back)}`, { replace: true });
    }
  }, [session.status, location.path]);

  const user = session.status === 'signed-in' ? session.user : null;
  return (
    <>
      <a href="#main" class="skip">
        Skip to content
      </a>
      <Header user={user} />
      <main id="main" tabIndex={-1}>
        {session.status === 'loading' && <Loading what="your session" />}
        {session.status === 'unreachable' && <ErrorNotice error={new Error(session.message)} onRetry={() => void loadSession()} />}
        {session.status === 'signed-out' && location.path === '/sign-in' && <SignInPage />}
        {session.status === 'signed-in' && (
          <Guard key={location.path}>{location.path === '/sign-in' ? <SignInPage /> : <Page user={session.user} path={location.path} />}</Guard>
        )}
      </main>
    </>
  );
}
