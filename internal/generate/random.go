package generate

import (
	"math/rand/v2"
	"slices"
	"time"

	"github.com/oklog/ulid/v2"
)

// mix is splitmix64's finaliser over a seed, an index and a stream number:
// every application draws from a PCG seeded apart (mix of its index), so
// application i is the same whatever was generated before it, and
// neighbouring indexes give unrelated streams.
func mix(seed int64, i, stream uint64) uint64 {
	z := uint64(seed) + 0x9e3779b97f4a7c15*(i+1) + 0xbf58476d1ce4e5b9*stream
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// rng is the one generator reseeded per application (and per world part).
type rng struct {
	pcg *rand.PCG
	*rand.Rand
}

func newRNG() *rng {
	p := rand.NewPCG(0, 0)
	return &rng{pcg: p, Rand: rand.New(p)}
}

func (r *rng) reseed(seed int64, i, stream uint64) {
	r.pcg.Seed(mix(seed, i, 1+2*stream), mix(seed, i, 2+2*stream))
}

// chance is true with probability p.
func (r *rng) chance(p float64) bool { return r.Float64() < p }

// between is a uniform duration in [lo, hi), in whole seconds when the
// span is.
func (r *rng) between(lo, hi time.Duration) time.Duration {
	if hi <= lo {
		return lo
	}
	if hi-lo >= 2*time.Second {
		return lo + time.Duration(r.Int64N(int64((hi-lo)/time.Second)))*time.Second
	}
	return lo + time.Duration(r.Int64N(int64(hi-lo)))
}

// digits is n random decimal digits.
func (r *rng) digits(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + r.IntN(10))
	}
	return string(b)
}

func pick[T any](r *rng, xs []T) T { return xs[r.IntN(len(xs))] }

// Read fills p from the stream: the random part of the ULIDs.
func (r *rng) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(r.Uint32())
	}
	return len(p), nil
}

// id is a prefixed ULID made at t with the stream's randomness: the same
// seed gives the same ids, and they sort by creation time as the service's
// own (pulid.New) do.
func (r *rng) id(prefix string, t time.Time) string {
	return prefix + ulid.MustNew(ulid.Timestamp(t), r).String()
}

// weighted is a list of choices with weights.
type weighted[T any] []struct {
	v T
	w float64
}

// picker draws from weighted choices by binary search on the running sums.
type picker[T any] struct {
	vals []T
	cum  []float64
}

func newPicker[T any](ws weighted[T]) picker[T] {
	p := picker[T]{}
	total := 0.0
	for _, c := range ws {
		if c.w <= 0 {
			continue
		}
		total += c.w
		p.vals = append(p.vals, c.v)
		p.cum = append(p.cum, total)
	}
	return p
}

func (p picker[T]) empty() bool { return len(p.vals) == 0 }

func (p picker[T]) draw(r *rng) T {
	x := r.Float64() * p.cum[len(p.cum)-1]
	i, _ := slices.BinarySearch(p.cum, x)
	return p.vals[min(i, len(p.vals)-1)]
}
