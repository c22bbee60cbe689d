import { useMemo } from 'preact/hooks';
import { highlight, languageOf } from '../highlight';

/** A file's text, highlighted when its language is known. */
export function CodeView({ code, path, language }: { code: string; path?: string; language?: string }) {
  const lang = language ?? (path ? languageOf(path) : undefined);
  const html = useMemo(() => highlight(code, lang), [code, lang]);
  return (
    <pre class="code" tabIndex={0} aria-label={path ? `Contents of ${path}` : 'Code'}>
      {html !== undefined ? <code class={`hljs language-${lang}`} dangerouslySetInnerHTML={{ __html: html }} /> : <code>{code}</code>}
    </pre>
  );
}
