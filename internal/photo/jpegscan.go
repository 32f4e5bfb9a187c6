package photo

import (
	"bytes"
	"encoding/binary"
	"errors"
)

// JPEG markers used here.
const (
	mSOI  = 0xD8
	mEOI  = 0xD9
	mSOS  = 0xDA
	mAPP0 = 0xE0
	mAPP1 = 0xE1
	mAP14 = 0xEE
	mAP15 = 0xEF
	mCOM  = 0xFE
	mTEM  = 0x01
	mRST0 = 0xD0
	mRST7 = 0xD7
)

var (
	errNoSOI     = errors.New("photo: no SOI marker")
	errTruncated = errors.New("photo: the JPEG ends before its EOI marker")
	errCorrupt   = errors.New("photo: corrupt JPEG marker structure")
)

// segment is one marker of a JPEG file at the top level. data[start:end] is
// the whole segment: the marker (with any fill bytes before it), its length
// and payload, and for SOS the entropy-coded data that follows up to the
// next marker. data[payload:end] is the payload alone (for SOS the header
// and the entropy-coded data).
type segment struct {
	marker              byte
	hasLen              bool // a length field precedes the payload
	start, payload, end int
}

// scanJPEG walks the marker structure of data from SOI to EOI. It returns
// the segments it read (also on error, up to the failure) and the offset
// just after EOI. errTruncated means the data ran out before EOI;
// errCorrupt a segment length below 2 or a second SOI.
func scanJPEG(data []byte) (segs []segment, end int, err error) {
	if len(data) < 2 || data[0] != 0xFF || data[1] != mSOI {
		return nil, 0, errNoSOI
	}
	segs = make([]segment, 0, 16)
	pos := 2
	for {
		// Extraneous bytes before a marker (and FF 00 outside a scan) are
		// skipped, as libjpeg (with a warning) and image/jpeg do.
		j := bytes.IndexByte(data[pos:], 0xFF)
		if j < 0 {
			return segs, 0, errTruncated
		}
		pos += j
		start := pos
		for pos < len(data) && data[pos] == 0xFF { // fill bytes
			pos++
		}
		if pos >= len(data) {
			return segs, 0, errTruncated
		}
		m := data[pos]
		pos++
		switch {
		case m == 0x00:
			continue
		case m == mEOI:
			segs = append(segs, segment{m, false, start, pos, pos})
			return segs, pos, nil
		case m == mTEM || (m >= mRST0 && m <= mRST7):
			segs = append(segs, segment{m, false, start, pos, pos})
			continue
		case m == mSOI:
			return segs, 0, errCorrupt
		}
		if pos+2 > len(data) {
			return segs, 0, errTruncated
		}
		n := int(binary.BigEndian.Uint16(data[pos:]))
		if n < 2 {
			return segs, 0, errCorrupt
		}
		payload := pos + 2
		segEnd := pos + n
		if segEnd > len(data) {
			return segs, 0, errTruncated
		}
		if m == mSOS {
			// Entropy-coded data: runs to the first FF that is not a stuffed
			// FF 00, a restart marker or a fill byte before a marker.
			i := segEnd
			for {
				j := bytes.IndexByte(data[i:], 0xFF)
				if j < 0 || i+j+1 >= len(data) {
					return append(segs, segment{m, true, start, payload, len(data)}), 0, errTruncated
				}
				i += j
				b := data[i+1]
				if b == 0x00 || (b >= mRST0 && b <= mRST7) {
					i += 2
					continue
				}
				if b == 0xFF {
					i++
					continue
				}
				break
			}
			segEnd = i
		}
		segs = append(segs, segment{m, true, start, payload, segEnd})
		pos = segEnd
	}
}

// orientationOf returns the EXIF orientation of the first Exif APP1 segment
// among segs, 1 when there is none or it is unreadable.
func orientationOf(data []byte, segs []segment) int {
	for _, s := range segs {
		if s.marker == mSOS {
			break
		}
		if s.marker == mAPP1 {
			if o, ok := exifOrientation(data[s.payload:s.end]); ok {
				return o
			}
		}
	}
	return 1
}

// exifOrientation reads tag 0x0112 (Orientation) of IFD0 from an APP1
// payload: "Exif\0\0", then a TIFF header ("II*\0" little-endian or
// "MM\0*" big-endian, and the offset of IFD0), then IFD0: a count and
// 12-byte entries (tag, type, count, value). ok is false when the payload
// is not Exif; an Exif payload without a valid orientation gives 1, true.
func exifOrientation(p []byte) (o int, ok bool) {
	if len(p) < 6 || string(p[:5]) != "Exif\x00" {
		return 0, false
	}
	t := p[6:] // offsets are from the TIFF header
	if len(t) < 8 {
		return 1, true
	}
	var bo binary.ByteOrder
	switch string(t[:2]) {
	case "II":
		bo = binary.LittleEndian
	case "MM":
		bo = binary.BigEndian
	default:
		return 1, true
	}
	if bo.Uint16(t[2:]) != 42 {
		return 1, true
	}
	off := bo.Uint32(t[4:])
	if off < 8 || uint64(off)+2 > uint64(len(t)) {
		return 1, true
	}
	n := int(bo.Uint16(t[off:]))
	for i := 0; i < n; i++ {
		e := int(off) + 2 + 12*i
		if e+12 > len(t) {
			break
		}
		if bo.Uint16(t[e:]) != 0x0112 {
			continue
		}
		var v uint32
		switch typ, count := bo.Uint16(t[e+2:]), bo.Uint32(t[e+4:]); {
		case count < 1:
			return 1, true
		case typ == 3: // SHORT, left-justified in the value field
			v = uint32(bo.Uint16(t[e+8:]))
		case typ == 4: // LONG, written so by a few tools
			v = bo.Uint32(t[e+8:])
		default:
			return 1, true
		}
		if v >= 1 && v <= 8 {
			return int(v), true
		}
		return 1, true
	}
	return 1, true
}

// stripMetadata rebuilds a JPEG from its segments without metadata: it
// keeps the tables, frame, scans and entropy-coded data byte for byte, the
// JFIF APP0 without its thumbnail and an Adobe APP14 reduced to its colour
// transform flag, and drops every other APPn, COM and anything after EOI.
func stripMetadata(data []byte, segs []segment) []byte {
	out := make([]byte, 0, len(data))
	out = append(out, 0xFF, mSOI)
	jfif, adobe := false, false
	for _, s := range segs {
		p := data[s.payload:s.end]
		switch m := s.marker; {
		case m == mAPP0:
			if !jfif && len(p) >= 14 && string(p[:5]) == "JFIF\x00" {
				// Identifier, version (2), units (1), densities (2+2); no thumbnail.
				seg := []byte{0xFF, mAPP0, 0, 16}
				seg = append(seg, p[:12]...)
				out = append(out, append(seg, 0, 0)...)
				jfif = true
			}
		case m == mAP14:
			if !adobe && len(p) >= 12 && string(p[:5]) == "Adobe" {
				out = append(out, 0xFF, mAP14, 0, 14)
				out = append(out, p[:12]...)
				adobe = true
			}
		case m > mAPP0 && m <= mAP15, m == mCOM:
			// metadata: dropped
		default:
			out = append(out, 0xFF, m)
			if s.hasLen {
				out = append(out, data[s.payload-2:s.end]...)
			}
		}
	}
	return out
}
