// The live event stream (Server-Sent Events at /v1/events). EventSource reconnects by itself and
// sends Last-Event-ID, so the board replays what was missed. When the browser gives up (the server
// answered an error), we reopen it with the last id in the query string.

export class LiveStream extends EventTarget {
  constructor() {
    super();
    this.source = undefined;
    this.lastEventId = undefined;
    this.ready = false;
    this.retryTimer = undefined;
  }

  start() {
    this.stop();
    const url = this.lastEventId ? `/v1/events?lastEventId=${encodeURIComponent(this.lastEventId)}` : '/v1/events';
    const source = new EventSource(url, { withCredentials: true });
    this.source = source;
    source.addEventListener('ready', (e) => {
      this.lastEventId = e.lastEventId || this.lastEventId;
      this.setReady(true);
      this.dispatchEvent(new CustomEvent('ready'));
    });
    source.addEventListener('change', (e) => {
      this.lastEventId = e.lastEventId || this.lastEventId;
      this.dispatchEvent(new CustomEvent('change', { detail: JSON.parse(e.data) }));
    });
    source.addEventListener('error', () => {
      this.lastEventId = source.lastEventId || this.lastEventId;
      this.setReady(false);
      if (source.readyState === EventSource.CLOSED) {
        this.dispatchEvent(new CustomEvent('closed'));
        this.retryTimer = setTimeout(() => this.start(), 3000);
      }
    });
  }

  stop() {
    clearTimeout(this.retryTimer);
    this.source?.close();
    this.source = undefined;
    this.setReady(false);
  }

  setReady(ready) {
    this.ready = ready;
    document.body.dataset.live = ready ? 'on' : 'off';
    this.dispatchEvent(new CustomEvent('status'));
  }
}
