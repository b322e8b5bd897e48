import { createHash } from 'node:crypto';
import { escapeHtml as escape } from '../http/escape-html';

type Json = Record<string, any>;

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
h2{margin-top:2.5rem;border-bottom:1px solid #ccc}section{margin:1.5rem 0;padding:.5rem 1rem;border-left:4px solid #ccc}
section.get{border-color:#2b6cb0}section.post{border-color:#2f855a}section.patch{border-color:#b7791f}section.delete{border-color:#c53030}
h3{margin:.2rem 0;font-size:1rem}table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #ddd;padding:.2rem .5rem;text-align:left;vertical-align:top}
pre{background:#f5f5f5;padding:.5rem;overflow:auto;font-size:13px}code{font-size:.95em}`;

/**
 * The docs page's own policy: nothing but its one inline stylesheet (allowed by its hash). No script
 * at all, so it works offline and under the board's CSP, and needs no package from a CDN.
 */
export const DOCS_PAGE_CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'`;

/** One page that lists every operation of the document: who may call it, what it takes, what it answers. */
export function docsPage(document: Json): string {
  const byTag = new Map<string, string[]>();
  for (const [path, operations] of Object.entries<Json>(document.paths)) {
    for (const [method, op] of Object.entries<Json>(operations)) {
      const tag = op.tags?.[0] ?? 'other';
      byTag.set(tag, [...(byTag.get(tag) ?? []), operationHtml(method, path, op)]);
    }
  }
  const schemes = Object.entries<Json>(document.components.securitySchemes)
    .map(([name, s]) => `<li><code>${escape(name)}</code>: ${escape(s.description ?? s.type)}</li>`)
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(document.info.title)}</title><style>${STYLE}</style></head>
<body><h1>${escape(document.info.title)} <small>${escape(document.info.version)}</small></h1>
<p>${escape(document.info.description)}</p>
<p>Machine-readable: <a href="/v1/openapi.json">/v1/openapi.json</a> (OpenAPI 3.1).</p>
<h2>Credentials</h2><ul>${schemes}</ul>
${[...byTag].map(([tag, ops]) => `<h2>${escape(tag)}</h2>${ops.join('\n')}`).join('\n')}
</body></html>`;
}

function operationHtml(method: string, path: string, op: Json): string {
  const security = op.security.length ? op.security.map((r: Json) => Object.keys(r).join(' + ')).join(' or ') : 'none (public)';
  const params = (op.parameters ?? []) as Json[];
  const body = op.requestBody as Json | undefined;
  const [mediaType, media] = body ? Object.entries<Json>(body.content)[0] : [];
  return `<section class="${escape(method)}" id="${escape(op.operationId)}">
<h3><code>${escape(method.toUpperCase())} ${escape(path)}</code></h3><p>${escape(op.summary)}</p>
${op.description ? `<p>${escape(op.description)}</p>` : ''}<p>Credentials: ${escape(security)}</p>
${params.length ? `<table><tr><th>Parameter</th><th>In</th><th>Required</th><th>Schema</th></tr>${params
    .map((p) => `<tr><td><code>${escape(p.name)}</code></td><td>${escape(p.in)}</td><td>${p.required ? 'yes' : 'no'}</td><td><code>${escape(JSON.stringify(p.schema))}</code></td></tr>`)
    .join('')}</table>` : ''}
${body ? `<p>Body (${escape(mediaType)}${body.required ? '' : ', optional'}); required fields: ${escape((media!.schema.required ?? []).join(', ') || 'none')}</p><pre>${escape(JSON.stringify(media!.schema, null, 2))}</pre>` : ''}
<p>Answers: ${Object.entries<Json>(op.responses).map(([status, r]) => `<b>${escape(status)}</b> ${escape(r.description)}`).join('; ')}</p>
</section>`;
}
