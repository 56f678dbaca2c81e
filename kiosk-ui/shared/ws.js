// The one websocket client of every page.
//
// `LiveSocket` keeps a socket open: it reconnects with exponential backoff
// and full jitter (so a room of boards does not reconnect in lockstep after
// a server restart), pings to notice a dead link that never closed, and
// follows the browser's online/offline events.
//
// `OfficeFeed` adds the office feed's resync rule on top: remember the last
// `seq`; reconnect with `?since=seq` so the server replays what was missed;
// apply a snapshot whenever one comes; ignore events at or below the last
// `seq`; and treat a gap as lost state: reconnect without `since` to get a
// fresh snapshot.

const PING_EVERY_MS = 15000;
const PONG_DEADLINE_MS = 8000;
const BACKOFF_BASE_MS = 500;
const BACKOFF_CAP_MS = 15000;

/** `ws:` or `wss:` URL for a path on this server. */
export function wsUrl(path, params = {}) {
  const url = new URL(path, window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && v !== undefined && v !== '') url.searchParams.set(k, String(v));
  }
  return url.toString();
}

export class LiveSocket {
  /**
   * @param {object} o
   * @param {() => string} o.url builds the URL for the next attempt
   * @param {(msg: any) => void} o.onMessage parsed JSON messages (pongs excluded)
   * @param {(state: 'connecting'|'online'|'offline', info?: {attempt: number, retryInMs?: number}) => void} [o.onState]
   * @param {(close: CloseEvent) => boolean} [o.shouldRetry] return false to stop (e.g. the token was refused)
   */
  constructor({ url, onMessage, onState = () => {}, shouldRetry = () => true }) {
    this.url = url;
    this.onMessage = onMessage;
    this.onState = onState;
    this.shouldRetry = shouldRetry;
    this.ws = null;
    this.attempt = 0;
    this.stopped = true;
    this.retryTimer = null;
    this.pingTimer = null;
    this.pongTimer = null;
    this.state = 'offline';
    this.onOnline = () => this.reconnectNow();
    this.onOffline = () => this.drop();
  }

  start() {
    if (!this.stopped) return;
    this.stopped = false;
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    this.connect();
  }

  stop() {
    this.stopped = true;
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    clearTimeout(this.retryTimer);
    this.clearHeartbeat();
    if (this.ws) {
      const ws = this.ws;
      this.ws = null;
      ws.close();
    }
    this.setState('offline');
  }

  /** Closes the current socket and connects again at once (used to resync). */
  reconnectNow() {
    if (this.stopped) return;
    clearTimeout(this.retryTimer);
    this.attempt = 0;
    this.closeQuietly();
    this.connect();
  }

  /** The browser says the network is gone: stop trusting the socket now. */
  drop() {
    if (this.stopped) return;
    this.closeQuietly();
    this.scheduleRetry();
  }

  send(obj) {
    if (this.ws && this.ws.readyState === WebSocket.OPEN) this.ws.send(JSON.stringify(obj));
  }

  setState(state, info) {
    this.state = state;
    this.onState(state, info);
  }

  closeQuietly() {
    this.clearHeartbeat();
    const ws = this.ws;
    this.ws = null;
    if (ws) {
      ws.onopen = ws.onmessage = ws.onclose = ws.onerror = null;
      try {
        ws.close();
      } catch {
        // already closed
      }
    }
  }

  connect() {
    if (this.stopped) return;
    this.setState('connecting', { attempt: this.attempt });
    let ws;
    try {
      ws = new WebSocket(this.url());
    } catch {
      this.scheduleRetry();
      return;
    }
    this.ws = ws;
    ws.onopen = () => {
      this.setState('online');
      this.startHeartbeat();
    };
    ws.onmessage = (ev) => {
      this.gotTraffic();
      let msg;
      try {
        msg = JSON.parse(ev.data);
      } catch {
        return;
      }
      if (msg?.type === 'pong') return;
      // A message that parses means the link works: the next failure starts the backoff afresh.
      this.attempt = 0;
      this.onMessage(msg);
    };
    ws.onclose = (ev) => {
      if (this.ws !== ws) return;
      this.ws = null;
      this.clearHeartbeat();
      if (!this.shouldRetry(ev)) {
        this.stopped = true;
        this.setState('offline');
        return;
      }
      this.scheduleRetry();
    };
    ws.onerror = () => {
      // onclose follows and decides.
    };
  }

  scheduleRetry() {
    if (this.stopped) return;
    clearTimeout(this.retryTimer);
    const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** this.attempt);
    const delay = Math.round(BACKOFF_BASE_MS / 2 + Math.random() * ceiling);
    this.attempt += 1;
    this.setState('offline', { attempt: this.attempt, retryInMs: delay });
    this.retryTimer = setTimeout(() => this.connect(), delay);
  }

  startHeartbeat() {
    this.clearHeartbeat();
    this.pingTimer = setInterval(() => {
      this.send({ type: 'ping' });
      clearTimeout(this.pongTimer);
      this.pongTimer = setTimeout(() => {
        // No answer at all: the link is dead even if the socket looks open.
        this.closeQuietly();
        this.scheduleRetry();
      }, PONG_DEADLINE_MS);
    }, PING_EVERY_MS);
  }

  gotTraffic() {
    clearTimeout(this.pongTimer);
    this.pongTimer = null;
  }

  clearHeartbeat() {
    clearInterval(this.pingTimer);
    clearTimeout(this.pongTimer);
    this.pingTimer = null;
    this.pongTimer = null;
  }
}

/**
 * The live feed of an office, resynced by `seq`.
 *
 * `onSnapshot(snapshot)` replaces all state; `onEvent(event)` applies one
 * change, always the next `seq` after the last one applied.
 */
export class OfficeFeed {
  /**
   * @param {object} o
   * @param {string} o.office
   * @param {() => string|null} o.token
   * @param {(s: any) => void} o.onSnapshot
   * @param {(e: any) => void} o.onEvent
   * @param {(state: string) => void} [o.onState]
   * @param {() => void} [o.onUnauthorized] the server refused the token
   */
  constructor({ office, token, onSnapshot, onEvent, onState = () => {}, onUnauthorized = () => {} }) {
    this.office = office;
    this.lastSeq = null;
    this.onSnapshot = onSnapshot;
    this.onEvent = onEvent;
    this.socket = new LiveSocket({
      url: () => wsUrl(`/ws/office/${encodeURIComponent(office)}`, { since: this.lastSeq, access_token: token() }),
      onMessage: (msg) => this.handle(msg),
      onState: (state, info) => {
        document.documentElement.dataset.connection = state;
        onState(state, info);
      },
      shouldRetry: (ev) => {
        // 1008 (policy) would mean the token was refused; a browser only
        // sees 1006 for a refused upgrade, so the page checks the token over
        // HTTP when it keeps failing (see `onUnauthorized`).
        if (ev.code === 1008) {
          onUnauthorized();
          return false;
        }
        return true;
      },
    });
  }

  start() {
    this.socket.start();
  }

  stop() {
    this.socket.stop();
  }

  handle(msg) {
    if (msg.type === 'snapshot') {
      this.lastSeq = msg.seq;
      this.mark();
      this.onSnapshot(msg);
      return;
    }
    if (msg.type === 'error' || typeof msg.seq !== 'number') return;
    if (this.lastSeq === null) return; // events before a snapshot mean nothing
    if (msg.seq <= this.lastSeq) return; // already applied
    if (msg.seq !== this.lastSeq + 1) {
      // A gap: something was lost. Start over from a snapshot.
      this.lastSeq = null;
      this.socket.reconnectNow();
      return;
    }
    this.lastSeq = msg.seq;
    this.mark();
    this.onEvent(msg);
  }

  mark() {
    // Lets operators (and tests) see how far a screen has got.
    document.documentElement.dataset.seq = String(this.lastSeq);
  }
}

/**
 * A resident's ticket feed: `{type:"snapshot",ticket}` then
 * `{type:"update",reason,ticket}`. Each message carries the whole ticket, so
 * reconnecting needs nothing but the snapshot that comes first.
 */
export class TicketFeed {
  constructor({ token, onTicket, onState = () => {} }) {
    this.socket = new LiveSocket({
      url: () => wsUrl(`/ws/ticket/${encodeURIComponent(token)}`),
      onMessage: (msg) => {
        if (msg.type !== 'snapshot' && msg.type !== 'update') return;
        onTicket(msg.ticket, msg.reason || msg.type);
        // A ticket of a closed day never changes again: stop asking.
        if (msg.ticket?.expired) this.socket.stop();
      },
      onState: (state) => {
        document.documentElement.dataset.connection = state;
        onState(state);
      },
    });
  }

  start() {
    this.socket.start();
  }

  stop() {
    this.socket.stop();
  }
}
