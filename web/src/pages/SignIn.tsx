import { useEffect, useState } from 'preact/hooks';
import { messageOf } from '../api/errors';
import { fetchProviders, providerLoginUrl, signInWithApiKey, type SignInProvider } from '../api/session';
import { ErrorNotice, InfoNotice } from '../components/Notice';
import { safeRedirect } from '../model/redirect';
import { navigate, useLocation } from '../router';
import { loadSession, sessionStore } from '../session';
import { useStore } from '../store';

export function SignInPage() {
  const location = useLocation();
  const session = useStore(sessionStore);
  const redirect = safeRedirect(location.search.get('redirect'));
  const [providers, setProviders] = useState<SignInProvider[] | null>(null);
  const [providersError, setProvidersError] = useState<unknown>(null);
  const [apiKey, setApiKey] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    fetchProviders().then(setProviders, (e) => {
      setProviders([]);
      setProvidersError(e);
    });
  }, []);

  useEffect(() => {
    if (session.status === 'signed-in') navigate(redirect, { replace: true });
  }, [session.status, redirect]);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (apiKey.trim() === '') {
      setError('Enter an API key.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await signInWithApiKey(apiKey);
      setApiKey('');
      await loadSession();
      if (sessionStore.get().status !== 'signed-in') setError('Signed in, but the server does not recognise the session. Try again.');
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="sign-in" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">Sign in to Claude Code Bot</h1>
      {session.status === 'signed-out' && session.message && <InfoNotice>{session.message}</InfoNotice>}
      {providers && providers.length > 0 && (
        <div class="providers">
          {providers.map((provider) => (
            <a key={provider.id} class="button primary wide" href={providerLoginUrl(provider, redirect)}>
              Sign in with {provider.name}
            </a>
          ))}
          <p class="divider">
            <span>or</span>
          </p>
        </div>
      )}
      <ErrorNotice error={providersError} />
      <form class="card form" onSubmit={submit} noValidate>
        <div class="field">
          <label for="api-key">API key</label>
          <input
            id="api-key"
            name="apiKey"
            type="password"
            autoComplete="off"
            spellcheck={false}
            placeholder="cb_…"
            value={apiKey}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'api-key-error' : 'api-key-help'}
            onInput={(e) => setApiKey(e.currentTarget.value)}
          />
          <small id="api-key-help" class="help">
            The administrator key is printed when the server first starts; an administrator can create more on the Admin page.
          </small>
        </div>
        {error && (
          <p id="api-key-error" class="field-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" class="button primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in with API key'}
        </button>
      </form>
    </section>
  );
}
