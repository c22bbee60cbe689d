import { useEffect, useMemo, useState } from 'preact/hooks';
import { mutate, query } from '../api/client';
import { Problem, errorsOutsideFields, fieldErrors, problemFromErrors } from '../api/errors';
import { CreateIntegrationDocument, KindsDocument, type KindsQuery } from '../api/generated';
import { ErrorNotice, InfoNotice, Loading } from '../components/Notice';
import { useTitle } from '../hooks';
import { checkAgainstSchema, configFields, parseConfig } from '../model/config';
import { mayCreate } from '../model/permissions';
import { Link, navigate } from '../router';
import type { CurrentUser } from '../session';

type Kind = KindsQuery['integrationKinds'][number];
const FIELDS = ['kind', 'name', 'description', 'prompt', 'config'] as const;

function pretty(value: unknown): string {
  return JSON.stringify(value ?? {}, null, 2);
}

function FieldErrors({ id, messages }: { id: string; messages: readonly string[] | undefined }) {
  if (!messages || messages.length === 0) return null;
  return (
    <ul id={id} class="field-error" role="alert">
      {messages.map((m) => (
        <li key={m}>{m}</li>
      ))}
    </ul>
  );
}

export function CreatePage({ user }: { user: CurrentUser }) {
  useTitle('New integration');
  const [kinds, setKinds] = useState<Kind[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [kindName, setKindName] = useState('');
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [prompt, setPrompt] = useState('');
  const [config, setConfig] = useState('{}');
  const [configTouched, setConfigTouched] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string[]>>({});
  const [formError, setFormError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const load = () => {
    setLoadError(null);
    query(KindsDocument).then(
      (answer) => {
        const list = answer.data?.integrationKinds ?? [];
        setKinds(list);
        const first = list[0];
        if (first && !kindName) {
          setKindName(first.name);
          setConfig(pretty(first.exampleConfig));
        }
      },
      (e) => setLoadError(e),
    );
  };
  useEffect(load, []);

  const kind = kinds?.find((k) => k.name === kindName);
  const fields = useMemo(() => configFields(kind?.configSchema), [kind]);
  const configIssues = useMemo(() => {
    const parsed = parseConfig(config);
    if (!parsed.ok) return [parsed.issue];
    return kind ? checkAgainstSchema(parsed.value, kind.configSchema) : [];
  }, [config, kind]);

  if (!mayCreate(user)) {
    return <InfoNotice>Your role ({user.role}) may read integrations but not create them.</InfoNotice>;
  }

  const chooseKind = (next: string) => {
    setKindName(next);
    const chosen = kinds?.find((k) => k.name === next);
    if (chosen && !configTouched) setConfig(pretty(chosen.exampleConfig));
    setServerErrors((e) => ({ ...e, kind: [], config: [] }));
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    setFormError(null);
    const parsed = parseConfig(config);
    if (!parsed.ok) {
      setServerErrors({ config: [parsed.issue.message] });
      document.getElementById('config')?.focus();
      return;
    }
    setBusy(true);
    try {
      const answer = await mutate(CreateIntegrationDocument, {
        input: {
          kind: kindName,
          name,
          description: description.trim() === '' ? null : description,
          prompt,
          config: parsed.value,
        },
      });
      navigate(`/integrations/${encodeURIComponent(answer.createIntegration.id)}`);
    } catch (e) {
      const errors = e instanceof Problem ? e.errors : [];
      const byField = fieldErrors(errors);
      setServerErrors(byField);
      const rest = errorsOutsideFields(errors, FIELDS);
      if (rest.length > 0) setFormError(problemFromErrors(rest));
      else if (errors.length === 0) setFormError(e);
      const firstBad = FIELDS.find((f) => byField[f]?.length);
      if (firstBad) document.getElementById(firstBad)?.focus();
    } finally {
      setBusy(false);
    }
  };

  const describedBy = (field: string, help?: string) =>
    [help, serverErrors[field]?.length ? `${field}-error` : ''].filter(Boolean).join(' ') || undefined;
  const invalid = (field: string) => (serverErrors[field]?.length ? 'true' : undefined);

  return (
    <section aria-labelledby="create-title" class="create">
      <div class="page-head">
        <h1 id="create-title">New integration</h1>
        <Link href="/">Back to the board</Link>
      </div>
      <ErrorNotice error={loadError} onRetry={load} />
      {kinds === null ? (
        !loadError && <Loading what="integration kinds" />
      ) : (
        <form class="form card" onSubmit={submit} noValidate>
          <ErrorNotice error={formError} />
          <fieldset class="field">
            <legend>Kind</legend>
            <div class="kinds">
              {kinds.map((k) => (
                <label key={k.name} class={`kind-option${k.name === kindName ? ' selected' : ''}`}>
                  <input
                    type="radio"
                    name="kind"
                    id={k.name === kindName ? 'kind' : undefined}
                    value={k.name}
                    checked={k.name === kindName}
                    onChange={() => chooseKind(k.name)}
                  />
                  <span>
                    <strong>
                      <code>{k.name}</code>
                    </strong>
                    <small class="help">{k.description}</small>
                  </span>
                </label>
              ))}
            </div>
            <FieldErrors id="kind-error" messages={serverErrors['kind']} />
          </fieldset>

          <div class="field">
            <label for="name">Name</label>
            <input
              id="name"
              value={name}
              maxLength={100}
              required
              aria-invalid={invalid('name')}
              aria-describedby={describedBy('name')}
              onInput={(e) => setName(e.currentTarget.value)}
            />
          </div>
          <FieldErrors id="name-error" messages={serverErrors['name']} />

          <div class="field">
            <label for="description">
              Description <small class="muted">(optional)</small>
            </label>
            <input
              id="description"
              value={description}
              aria-invalid={invalid('description')}
              aria-describedby={describedBy('description')}
              onInput={(e) => setDescription(e.currentTarget.value)}
            />
          </div>
          <FieldErrors id="description-error" messages={serverErrors['description']} />

          <div class="field">
            <label for="prompt">Prompt</label>
            <textarea
              id="prompt"
              rows={5}
              value={prompt}
              required
              placeholder="What the integration must do"
              aria-invalid={invalid('prompt')}
              aria-describedby={describedBy('prompt', 'prompt-help')}
              onInput={(e) => setPrompt(e.currentTarget.value)}
            />
            <small id="prompt-help" class="help">
              Sent to the code generator as the integration's requirements.
            </small>
          </div>
          <FieldErrors id="prompt-error" messages={serverErrors['prompt']} />

          <div class="config-editor">
            <div class="field">
              <label for="config">Configuration (JSON)</label>
              <textarea
                id="config"
                class="mono"
                rows={12}
                spellcheck={false}
                value={config}
                aria-invalid={invalid('config') ?? (configIssues.length > 0 ? 'true' : undefined)}
                aria-describedby={describedBy('config', 'config-check')}
                onInput={(e) => {
                  setConfig(e.currentTarget.value);
                  setConfigTouched(true);
                }}
              />
            </div>
            <div id="config-check" class={configIssues.length > 0 ? 'config-issues' : 'config-ok'} aria-live="polite">
              {configIssues.length === 0 ? (
                <span>✓ Matches the {kindName} schema</span>
              ) : (
                <ul>
                  {configIssues.map((issue) => (
                    <li key={`${issue.path}:${issue.message}`}>
                      {issue.path ? <code>{issue.path}</code> : 'Configuration'} {issue.message}
                    </li>
                  ))}
                </ul>
              )}
            </div>
            <FieldErrors id="config-error" messages={serverErrors['config']} />
            {kind && (
              <details class="schema-help">
                <summary>Fields of {kind.name}</summary>
                <dl>
                  {fields.map((f) => (
                    <div key={f.name}>
                      <dt>
                        <code>{f.name}</code> <small class="muted">{f.type}</small>
                        {f.required && <small class="tag">required</small>}
                        {f.secret && <small class="tag">secret</small>}
                      </dt>
                      <dd>
                        {f.description}
                        {f.defaultValue !== undefined && <> (default {JSON.stringify(f.defaultValue)})</>}
                      </dd>
                    </div>
                  ))}
                </dl>
                <button
                  type="button"
                  class="button small"
                  onClick={() => {
                    setConfig(pretty(kind.exampleConfig));
                    setConfigTouched(false);
                  }}
                >
                  Use the example
                </button>
              </details>
            )}
          </div>

          <div class="form-actions">
            <button type="submit" class="button primary" disabled={busy}>
              {busy ? 'Creating…' : 'Create and start the pipeline'}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
