// Syntax highlighting for generated files: highlight.js core with only the languages
// the generators write, to keep the bundle small.

import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import ini from 'highlight.js/lib/languages/ini';
import json from 'highlight.js/lib/languages/json';
import markdown from 'highlight.js/lib/languages/markdown';
import python from 'highlight.js/lib/languages/python';
import yaml from 'highlight.js/lib/languages/yaml';

hljs.registerLanguage('bash', bash);
hljs.registerLanguage('ini', ini);
hljs.registerLanguage('json', json);
hljs.registerLanguage('markdown', markdown);
hljs.registerLanguage('python', python);
hljs.registerLanguage('yaml', yaml);

const BY_EXTENSION: Record<string, string> = {
  py: 'python',
  json: 'json',
  yaml: 'yaml',
  yml: 'yaml',
  md: 'markdown',
  sh: 'bash',
  toml: 'ini',
  ini: 'ini',
  cfg: 'ini',
  txt: '',
};

export function languageOf(path: string): string | undefined {
  const name = path.split('/').pop() ?? path;
  if (name === 'Dockerfile' || name === 'Makefile') return undefined;
  const extension = name.includes('.') ? name.split('.').pop()!.toLowerCase() : '';
  return BY_EXTENSION[extension] || undefined;
}

/** The file's text as highlighted HTML (escaped), or undefined to show it plain. */
export function highlight(code: string, language: string | undefined): string | undefined {
  if (!language || code.length > 400_000) return undefined;
  try {
    return hljs.highlight(code, { language, ignoreIllegals: true }).value;
  } catch {
    return undefined;
  }
}
