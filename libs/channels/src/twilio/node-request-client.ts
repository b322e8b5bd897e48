import { httpRequest, keepAliveAgents } from '@rescue/platform';
import twilio from 'twilio';
import type RequestClient from 'twilio/lib/base/RequestClient';
import Response from 'twilio/lib/http/response';

type RequestOptions<TData> = RequestClient.RequestOptions<TData>;

const TWILIO_API_ORIGIN = /^https:\/\/api(?:\.[a-z0-9-]+)*\.twilio\.com(?=\/|$)/i;

export interface NodeRequestClientOptions {
  /** Another origin for `https://api.twilio.com` (and its edge/region hosts): the sandbox in development. */
  baseUrl?: string;
  timeoutMs: number;
}

/**
 * The Twilio SDK's `httpClient`, on node:http(s) with keep-alive agents instead of the SDK's axios.
 * Two reasons: the SDK has no base-URL option, and axios cost about a third of the notifier's CPU per
 * SMS in the benchmark (request/response transforms, config merging, interceptors) for what is one
 * form-encoded POST. Everything else (auth, URLs, parsing the answer, RestException) stays the SDK's.
 * Redirects are not followed and no proxy is read from HTTP_PROXY, as the SDK's own client does
 * unless asked.
 */
export class NodeRequestClient extends twilio.RequestClient {
  private readonly baseUrl?: string;
  private readonly agents = keepAliveAgents(20);

  constructor(options: NodeRequestClientOptions) {
    super({ timeout: options.timeoutMs, autoRetry: false });
    this.baseUrl = options.baseUrl?.replace(/\/+$/, '');
  }

  override async request<TData>(opts: RequestOptions<TData>): Promise<Response<TData>> {
    const url = new URL(this.baseUrl ? opts.uri.replace(TWILIO_API_ORIGIN, this.baseUrl) : opts.uri);
    for (const [key, value] of formEntries(opts.params)) url.searchParams.append(key, value);
    const headers: Record<string, string> = { ...(opts.headers as Record<string, string>) };
    if (opts.username && opts.password) headers.Authorization = `Basic ${Buffer.from(`${opts.username}:${opts.password}`).toString('base64')}`;
    else if (opts.authStrategy) headers.Authorization = await opts.authStrategy.getAuthString();
    let body: string | undefined;
    if (opts.data !== undefined && headers['Content-Type'] === 'application/json') body = JSON.stringify(opts.data);
    else if (opts.data !== undefined) body = new URLSearchParams(formEntries(opts.data)).toString();
    const answer = await httpRequest(url, { method: opts.method.toUpperCase(), headers, body, timeoutMs: opts.timeout ?? this.defaultTimeout, agents: this.agents });
    return new Response(answer.status, answer.text as TData, answer.headers);
  }
}

/** Form fields as Twilio sends them: a list repeats its key, undefined is left out. */
function formEntries(fields: unknown): [string, string][] {
  const out: [string, string][] = [];
  for (const [key, value] of Object.entries((fields ?? {}) as Record<string, unknown>)) {
    for (const v of Array.isArray(value) ? value : [value]) if (v !== undefined && v !== null) out.push([key, String(v)]);
  }
  return out;
}
