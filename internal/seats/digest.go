package seats

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"slices"
)

// Digest is the SHA-256 of a canonical encoding of a plan's inputs. A run is
// recorded with its seed, policy and this digest; planning again later from
// inputs with the same digest and the same seed and policy must give the same
// Result, and a different digest says the inputs changed.
//
// Canonical: the order of registrations, of sites, of a site's rooms and of a
// registration's sittings does not matter, nor do repeated sittings; every
// field of every record does. Each record is encoded with length-prefixed
// fields (so "ab"+"c" and "a"+"bc" differ), the records are sorted by their
// encodings and hashed with their counts under a version tag.
func Digest(regs []Registration, sites []Site) [32]byte {
	var e enc
	regRecs := make([]span, 0, len(regs))
	var sit []int
	for _, r := range regs {
		start := len(e.b)
		e.str(r.ID)
		e.str(r.Area)
		e.str(r.Qualification)
		sit = append(sit[:0], r.Sittings...)
		slices.Sort(sit)
		sit = slices.Compact(sit)
		e.uint(uint64(len(sit)))
		for _, s := range sit {
			e.int(int64(s))
		}
		regRecs = append(regRecs, span{start, len(e.b)})
	}

	siteRecs := make([]span, 0, len(sites))
	var re enc // rooms of one site, sorted before they join the site's record
	for _, s := range sites {
		re.b = re.b[:0]
		rooms := make([]span, 0, len(s.Rooms))
		for _, r := range s.Rooms {
			start := len(re.b)
			re.str(r.ID)
			re.str(r.Code)
			re.int(int64(r.Capacity))
			rooms = append(rooms, span{start, len(re.b)})
		}
		sortSpans(re.b, rooms)
		start := len(e.b)
		e.str(s.ID)
		e.str(s.Area)
		e.uint(uint64(len(rooms)))
		for _, r := range rooms {
			e.b = append(e.b, re.b[r.start:r.end]...)
		}
		siteRecs = append(siteRecs, span{start, len(e.b)})
	}

	sortSpans(e.b, regRecs)
	sortSpans(e.b, siteRecs)
	h := sha256.New()
	var head enc
	head.str("ruankao/seats/v1/inputs")
	head.uint(uint64(len(regRecs)))
	h.Write(head.b)
	for _, r := range regRecs {
		h.Write(e.b[r.start:r.end])
	}
	head.b = head.b[:0]
	head.uint(uint64(len(siteRecs)))
	h.Write(head.b)
	for _, s := range siteRecs {
		h.Write(e.b[s.start:s.end])
	}
	var sum [32]byte
	h.Sum(sum[:0])
	return sum
}

// span is one record's bytes within an encoding buffer.
type span struct{ start, end int }

func sortSpans(b []byte, s []span) {
	slices.SortFunc(s, func(x, y span) int { return bytes.Compare(b[x.start:x.end], b[y.start:y.end]) })
}

type enc struct{ b []byte }

func (e *enc) uint(v uint64) { e.b = binary.AppendUvarint(e.b, v) }
func (e *enc) int(v int64)   { e.b = binary.AppendVarint(e.b, v) }
func (e *enc) str(s string) {
	e.uint(uint64(len(s)))
	e.b = append(e.b, s...)
}
