package ratelimit

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"time"

	"github.com/redis/go-redis/v9"
)

// DefaultRedisPrefix begins every key the Redis backend writes:
// ruankao:rl:<check name>:<hash of the key>, e.g.
// ruankao:rl:login.password:account:3f1c….
const DefaultRedisPrefix = "ruankao:rl:"

// Redis is the Backend shared by every instance: the same GCRA as Limiter,
// one TAT per key in Redis, decided and written by one Lua script, so that
// one event is counted against all its checks or none, atomically, however
// many instances ask at once.
//
// Why a script of our own rather than github.com/go-redis/redis_rate (the
// go-redis organisation's GCRA, which the proxy serves): redis_rate reads
// the time inside Redis (TIME), so the injectable clock (the conventions: all
// reads of "now" go through it) cannot drive it and the Policy's tests could
// not run on it; it keeps the TAT as float seconds, so retry hints drift from
// Limiter's by rounding; and it decides one key per call, so the Policy's
// all-or-nothing over the client and account limits would need a second call
// and a refund, with a window in which another instance sees the refunded
// event. The script below is ~25 lines, the same arithmetic as
// Limiter.decideLocked, in whole microseconds.
//
// The time is the calling instance's clock. Instances' clocks agree to within
// NTP's milliseconds; a TAT that is further ahead than any event could have
// put it (a clock behind the others', or a step back) is read as now+span,
// as Limiter does, so a skewed instance is at most one event stricter.
//
// Keys are stored as a keyed hash (HMAC-SHA256 under the key given to
// NewRedis), never in clear: no address or user name is readable from Redis.
// Each expires (PX) when its count would be back to zero.
//
// The script names several keys, so it needs them in one node: a single
// Redis, or a primary with replicas or Sentinel; not Redis Cluster.
type Redis struct {
	rdb     redis.Scripter
	prefix  string
	hashKey []byte
}

// NewRedis makes the Redis backend on rdb (a *redis.Client), naming its keys
// prefix (DefaultRedisPrefix when empty) + check name + ":" + the HMAC of the
// key under hashKey. Every instance must use the same prefix and hashKey to
// share counts. An empty hashKey leaves the hash unkeyed, which hides
// nothing that can be guessed (an IPv4 address is one of 2³²).
func NewRedis(rdb redis.Scripter, prefix string, hashKey []byte) *Redis {
	if prefix == "" {
		prefix = DefaultRedisPrefix
	}
	return &Redis{rdb: rdb, prefix: prefix, hashKey: append([]byte(nil), hashKey...)}
}

// gcraScript: KEYS are the counted keys; ARGV[1] is now, ARGV[2i] and
// ARGV[2i+1] key i's emission interval T and span Burst×T, all in whole
// microseconds (a Lua number is a double, exact to 2⁵³: microseconds since
// 1970 fit until the year 2255, nanoseconds would not). It returns 0 when
// the event is admitted (every TAT moved on by T), otherwise the longest wait
// in microseconds (nothing written). TATs are written with %.0f: Lua's
// tostring keeps only 14 digits.
var gcraScript = redis.NewScript(`
local now = tonumber(ARGV[1])
local tats = {}
local retry = 0
for i, key in ipairs(KEYS) do
  local interval = tonumber(ARGV[2 * i])
  local span = tonumber(ARGV[2 * i + 1])
  local tat = tonumber(redis.call('GET', key)) or now
  if tat < now then tat = now end
  if tat > now + span then tat = now + span end
  local new = tat + interval
  local over = new - now - span
  if over > 0 then
    if over > retry then retry = over end
  else
    tats[i] = new
  end
end
if retry > 0 then return retry end
for i, key in ipairs(KEYS) do
  local ttl = math.ceil((tats[i] - now) / 1000)
  if ttl < 1 then ttl = 1 end
  redis.call('SET', key, string.format('%.0f', tats[i]), 'PX', ttl)
end
return 0
`)

// Allow implements Backend: one round trip to Redis.
func (r *Redis) Allow(ctx context.Context, now time.Time, checks []Check) (bool, time.Duration, error) {
	if len(checks) == 0 {
		return true, 0, nil
	}
	keys := make([]string, len(checks))
	args := make([]any, 1, 1+2*len(checks))
	args[0] = now.UnixMicro()
	for i, c := range checks {
		if err := c.Limit.validate(); err != nil {
			return false, 0, fmt.Errorf("ratelimit: %s: %w", c.Name, err)
		}
		interval, span := microsOf(c.Limit)
		keys[i] = r.Key(c.Name, c.Key)
		args = append(args, interval, span)
	}
	retry, err := gcraScript.Run(ctx, r.rdb, keys, args...).Int64()
	if err != nil {
		return false, 0, fmt.Errorf("ratelimit: redis: %w", err)
	}
	if retry > 0 {
		return false, time.Duration(retry) * time.Microsecond, nil
	}
	return true, 0, nil
}

// microsOf is a limit's emission interval and span in whole microseconds,
// the interval at least one (a limit faster than a million events a second
// is held to that).
func microsOf(l Limit) (interval, span int64) {
	burst := l.Burst
	if burst == 0 {
		burst = l.Events
	}
	interval = max(1, (l.Per / time.Duration(l.Events)).Microseconds())
	return interval, interval * int64(burst)
}

// Key is the Redis key that counts key under the check name.
func (r *Redis) Key(name, key string) string {
	mac := hmac.New(sha256.New, r.hashKey)
	mac.Write([]byte(key))
	// 128 bits of the MAC: collisions are out of reach, keys stay short.
	return r.prefix + name + ":" + hex.EncodeToString(mac.Sum(nil)[:16])
}

// ParseRedisURL reads redis://[user:password@]host:port/db (or rediss:// for
// TLS; see redis.ParseURL for the query parameters) into client options for
// the Redis backend: every call bounded by its context's deadline (the
// Fallback's timeout), a dial timeout of one second (unless the URL sets
// dial_timeout) and one dial attempt per call, so a store that is down is
// noticed fast.
func ParseRedisURL(raw string) (*redis.Options, error) {
	o, err := redis.ParseURL(raw)
	if err != nil {
		return nil, err
	}
	o.ContextTimeoutEnabled = true
	if o.DialTimeout == 0 {
		o.DialTimeout = time.Second
	}
	if o.DialerRetries == 0 {
		o.DialerRetries = 1
	}
	return o, nil
}
