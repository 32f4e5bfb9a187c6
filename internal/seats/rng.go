package seats

import (
	"crypto/sha256"
	"math/bits"
	"math/rand/v2"
)

// rng is the only source of randomness of a plan.
//
// ChaCha8's stream is fixed by its specification (c2sp.org/chacha8rand), but
// the way math/rand/v2 turns it into IntN or Shuffle results is an
// implementation detail a later Go release may change. A plan must be
// re-checkable years later, so the planner takes raw Uint64 values and does
// its own bounded draws and Fisher–Yates shuffle.
type rng struct{ src *rand.ChaCha8 }

// areaRNG seeds a stream for one area from the plan's seed and the area id.
// Separate streams keep areas independent: adding a candidate or a room in
// one area and planning again with the same seed leaves every other area's
// seats as they were.
func areaRNG(seed Seed, area string) *rng {
	h := sha256.New()
	h.Write([]byte("ruankao/seats/v1/area\x00"))
	h.Write(seed[:])
	h.Write([]byte(area))
	var s [32]byte
	h.Sum(s[:0])
	return &rng{src: rand.NewChaCha8(s)}
}

// intN returns a uniform integer in [0, n), n > 0: Lemire's multiply-shift
// with rejection, so there is no modulo bias.
func (r *rng) intN(n int) int {
	un := uint64(n)
	hi, lo := bits.Mul64(r.src.Uint64(), un)
	if lo < un {
		thresh := -un % un
		for lo < thresh {
			hi, lo = bits.Mul64(r.src.Uint64(), un)
		}
	}
	return int(hi)
}

// shuffle permutes s uniformly (Fisher–Yates, from the end).
func shuffle[T any](r *rng, s []T) {
	for i := len(s) - 1; i > 0; i-- {
		j := r.intN(i + 1)
		s[i], s[j] = s[j], s[i]
	}
}
