import { STATUS_CODES } from 'node:http';
import { HTTPFetchError } from '@line/bot-sdk';
import { httpRequest, keepAliveAgents } from '@rescue/platform';

/** What the SDK's generated methods read of an answer: status, headers, and the body as text. */
class LineAnswer {
  readonly ok: boolean;
  readonly headers: Headers;

  constructor(
    readonly status: number,
    readonly statusText: string,
    headers: Record<string, string | string[] | undefined>,
    private readonly body: string,
  ) {
    this.ok = status >= 200 && status < 300;
    this.headers = new Headers(Object.entries(headers).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)] as [string, string]])));
  }

  async text(): Promise<string> {
    return this.body;
  }

  async json(): Promise<unknown> {
    return JSON.parse(this.body);
  }
}

/**
 * The transport of the LINE SDK's MessagingApiClient on node:http(s) with keep-alive agents, in place
 * of the SDK's global fetch, which cost about three times the CPU of a node:http request per push
 * (web streams, Request/Response objects): a quarter of the notifier's work in the benchmark. The
 * SDK keeps building the requests and reading the answers; failures are its own HTTPFetchError, as
 * its fetch client throws them. Only the JSON calls the system makes (get, post) are carried.
 */
export class LineHttpClient {
  private readonly agents = keepAliveAgents(20);

  constructor(
    private readonly baseURL: string,
    private readonly defaultHeaders: Record<string, string>,
    private readonly timeoutMs: number,
  ) {}

  get(path: string, params?: Record<string, string | number | undefined>): Promise<LineAnswer> {
    const url = new URL(path, this.baseURL);
    for (const [key, value] of Object.entries(params ?? {})) if (value !== undefined) url.searchParams.set(key, String(value));
    return this.send(url, 'GET', {});
  }

  post(path: string, body: unknown, config?: { headers?: Record<string, string> }): Promise<LineAnswer> {
    const headers = { 'content-type': 'application/json', ...config?.headers };
    return this.send(new URL(path, this.baseURL), 'POST', headers, JSON.stringify(body));
  }

  private async send(url: URL, method: string, headers: Record<string, string>, body?: string): Promise<LineAnswer> {
    const answer = await httpRequest(url, { method, headers: { ...this.defaultHeaders, ...headers }, body, timeoutMs: this.timeoutMs, agents: this.agents });
    const res = new LineAnswer(answer.status, STATUS_CODES[answer.status] ?? '', answer.headers, answer.text);
    if (!res.ok) {
      throw new HTTPFetchError(`${res.status} - ${res.statusText}`, { status: res.status, statusText: res.statusText, headers: res.headers, body: answer.text });
    }
    return res;
  }
}
