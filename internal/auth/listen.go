package auth

import (
	"context"
	"log/slog"
	"strings"
	"sync/atomic"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/changes"
)

// NotifyChannel is the channel the instances tell each other on
// (changes.Channel; its payloads are described there).
const NotifyChannel = changes.Channel

// notifyChanged tells the other instances which rows m changed
// (changes.Notify: delivered when, and only if, the change commits).
func notifyChanged(ctx context.Context, m mutation, prefix string, ids []pulid.ID) error {
	payloads := make([]string, len(ids))
	for i, id := range ids {
		payloads[i] = prefix + string(id)
	}
	return changes.Notify(ctx, m, payloads)
}

// Follower is another cache kept in step by the Listener (the catalog's):
// told of its payloads (those starting with Prefix, and "*"), and trusted
// only while the listener is known to hear.
type Follower interface {
	Prefix() string
	Apply(payload string)
	Attach()
	Detach()
	Suspend()
	Resume(until time.Time)
	Renew(until time.Time)
}

// Listener keeps a SessionCache in step with the other instances of a
// shared PostgreSQL database: one connection of its own LISTENs on
// NotifyChannel and forgets what each notification names. While it is not
// known to hear every change — not yet connected, the connection lost, its
// heartbeat unanswered for Lease — the cache serves nothing, and it is
// emptied again once LISTEN succeeds, since what changed in between was
// not heard.
type Listener struct {
	URL   string // the database's postgres:// URL
	Cache *SessionCache
	Also  []Follower // other caches on the same channel
	Log   *slog.Logger

	// Zero values take the defaults below; tests shorten them.
	PingEvery   time.Duration // a heartbeat when no ping for this long (1 s)
	Lease       time.Duration // the cache is trusted this long after a heartbeat began (3 s)
	PingTimeout time.Duration // a heartbeat slower than this drops the connection (2 s)
	MinBackoff  time.Duration // first wait before reconnecting (100 ms), doubled up to MaxBackoff (5 s)
	MaxBackoff  time.Duration

	pid atomic.Uint32
}

// BackendPID is the server process of the listening connection, 0 while
// there is none.
func (l *Listener) BackendPID() uint32 { return l.pid.Load() }

func (l *Listener) defaults() {
	if l.PingEvery == 0 {
		l.PingEvery = time.Second
	}
	if l.Lease == 0 {
		l.Lease = 3 * time.Second
	}
	if l.PingTimeout == 0 {
		l.PingTimeout = 2 * time.Second
	}
	if l.MinBackoff == 0 {
		l.MinBackoff = 100 * time.Millisecond
	}
	if l.MaxBackoff == 0 {
		l.MaxBackoff = 5 * time.Second
	}
	if l.Log == nil {
		l.Log = slog.Default()
	}
}

// Run listens until ctx ends, reconnecting with backoff. The cache serves
// nothing until the first LISTEN succeeds; after Run it is back to its
// short lifetime (SharedSessionCacheTTL).
func (l *Listener) Run(ctx context.Context) {
	l.defaults()
	l.Cache.attach()
	defer l.Cache.detach()
	for _, f := range l.Also {
		f.Attach()
		defer f.Detach()
	}
	backoff := l.MinBackoff
	for {
		began := time.Now()
		heard, err := l.listen(ctx)
		l.pid.Store(0)
		l.Cache.suspend()
		for _, f := range l.Also {
			f.Suspend()
		}
		if ctx.Err() != nil {
			return
		}
		if heard && time.Since(began) > time.Minute {
			backoff = l.MinBackoff
		}
		l.Log.Warn("session cache: not listening to the other instances; serving no cached session until it is back",
			"channel", NotifyChannel, "retry_in", backoff.String(), "err", oneLine(err))
		select {
		case <-ctx.Done():
			return
		case <-time.After(backoff):
		}
		backoff = min(2*backoff, l.MaxBackoff)
	}
}

// listen runs one connection: LISTEN, then notifications and heartbeats
// until it fails. heard is whether LISTEN succeeded.
func (l *Listener) listen(ctx context.Context) (heard bool, err error) {
	cfg, err := pgx.ParseConfig(l.URL)
	if err != nil {
		return false, err
	}
	if _, ok := cfg.RuntimeParams["application_name"]; !ok {
		cfg.RuntimeParams["application_name"] = "ruankao session listener"
	}
	// Applied as each is read, also while a heartbeat is under way: by the
	// time its answer renews the lease, what came before it is forgotten.
	cfg.OnNotification = func(_ *pgconn.PgConn, n *pgconn.Notification) { l.apply(n.Payload) }
	cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	conn, err := pgx.ConnectConfig(cctx, cfg)
	if err != nil {
		return false, err
	}
	defer func() {
		closeCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Second)
		defer cancel()
		_ = conn.Close(closeCtx)
	}()
	began := time.Now()
	if _, err := conn.Exec(cctx, "LISTEN "+NotifyChannel); err != nil {
		return false, err
	}
	cancel()
	l.pid.Store(conn.PgConn().PID())
	// Anything that changed while nobody listened is forgotten; what
	// changes from now on is heard.
	l.Cache.resume(began.Add(l.Lease))
	for _, f := range l.Also {
		f.Resume(began.Add(l.Lease))
	}
	l.Log.Info("session cache: listening to the other instances", "channel", NotifyChannel)
	lastPing := began
	for {
		if wait := time.Until(lastPing.Add(l.PingEvery)); wait > 0 {
			wctx, cancel := context.WithTimeout(ctx, wait)
			_, err := conn.WaitForNotification(wctx)
			cancel()
			switch {
			case err == nil:
				continue
			case ctx.Err() != nil:
				return true, ctx.Err()
			case pgconn.Timeout(err) && !conn.IsClosed():
				// time for a heartbeat
			default:
				return true, err
			}
		}
		// A heartbeat: an answer proves that every notification committed
		// before it began has reached us (the server sends them first).
		start := time.Now()
		pctx, cancel := context.WithTimeout(ctx, l.PingTimeout)
		err := conn.Ping(pctx)
		cancel()
		if err != nil {
			if ctx.Err() != nil {
				return true, ctx.Err()
			}
			return true, err
		}
		lastPing = start
		l.Cache.renew(start.Add(l.Lease))
		for _, f := range l.Also {
			f.Renew(start.Add(l.Lease))
		}
	}
}

// apply hands a payload to the cache it names; "*" to every one.
func (l *Listener) apply(payload string) {
	for _, f := range l.Also {
		if payload == "*" || strings.HasPrefix(payload, f.Prefix()) {
			f.Apply(payload)
			if payload != "*" {
				return
			}
		}
	}
	l.Cache.apply(payload)
}

func oneLine(err error) string {
	if err == nil {
		return ""
	}
	return strings.Join(strings.Fields(err.Error()), " ")
}

// attach: a listener starts; nothing is served until it listens.
func (c *SessionCache) attach() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.listening, c.trustedUntil = true, time.Time{}
	c.clearLocked()
}

// detach: the listener stopped; entries live SharedSessionCacheTTL again.
func (c *SessionCache) detach() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.listening, c.trustedUntil = false, time.Time{}
	c.clearLocked()
}

// suspend: the connection is lost; nothing is served or kept until resume.
func (c *SessionCache) suspend() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.trustedUntil = time.Time{}
	c.clearLocked()
}

// resume: LISTEN succeeded; what was cached before cannot be trusted.
func (c *SessionCache) resume(until time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.clearLocked()
	c.trustedUntil = until
}

// renew: a heartbeat was answered.
func (c *SessionCache) renew(until time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if until.After(c.trustedUntil) {
		c.trustedUntil = until
	}
}

// apply forgets what one notification names.
func (c *SessionCache) apply(payload string) {
	kind, id, ok := strings.Cut(payload, ":")
	if ok && (kind == "s" || kind == "u") && id != "" {
		c.forget([]pulid.ID{pulid.ID(id)})
		return
	}
	// "*", or a payload this version does not know: forget everything.
	c.mu.Lock()
	defer c.mu.Unlock()
	c.clearLocked()
}
