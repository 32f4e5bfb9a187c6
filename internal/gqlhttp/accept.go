package gqlhttp

import (
	"mime"
	"strconv"
	"strings"
)

const (
	mediaJSON            = "application/json"
	mediaGraphQLResponse = "application/graphql-response+json"
)

// negotiate picks the response media type from the Accept header values:
// application/graphql-response+json or application/json, by q-value; on a
// tie the type named explicitly beats one matched by a wildcard, then the
// one named first wins, and wildcards alone give application/json (the
// spec's default until clients have moved on). No Accept header means
// application/json. ok is false when neither type is acceptable.
func negotiate(values []string) (media string, ok bool) {
	header := strings.TrimSpace(strings.Join(values, ","))
	if header == "" {
		return mediaJSON, true
	}
	gr := match{media: mediaGraphQLResponse, specificity: -1}
	js := match{media: mediaJSON, specificity: -1}
	for i, part := range strings.Split(header, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		mt, params, err := mime.ParseMediaType(part)
		if err != nil {
			continue
		}
		q := 1.0
		if v, has := params["q"]; has {
			q, err = strconv.ParseFloat(v, 64)
			if err != nil || q < 0 || q > 1 {
				continue
			}
		}
		if cs, has := params["charset"]; has && !strings.EqualFold(cs, "utf-8") && !strings.EqualFold(cs, "utf8") {
			continue // we only write UTF-8
		}
		gr.consider(mt, q, i)
		js.consider(mt, q, i)
	}
	best := js
	if gr.better(js) {
		best = gr
	}
	if best.specificity < 0 || best.q <= 0 {
		return "", false
	}
	return best.media, true
}

// match is how an Accept header rates one media type: the q of the most
// specific range that matches it (2 exact, 1 type/*, 0 */*).
type match struct {
	media       string
	specificity int
	q           float64
	index       int
}

func (m *match) consider(mediaRange string, q float64, index int) {
	spec := -1
	switch {
	case mediaRange == m.media:
		spec = 2
	case mediaRange == "application/*":
		spec = 1
	case mediaRange == "*/*":
		spec = 0
	}
	if spec < 0 || spec < m.specificity {
		return
	}
	if spec > m.specificity || q > m.q {
		m.specificity, m.q, m.index = spec, q, index
	}
}

func (m match) better(o match) bool {
	if m.specificity < 0 || m.q <= 0 {
		return false
	}
	if o.specificity < 0 || o.q <= 0 {
		return true
	}
	if m.q != o.q {
		return m.q > o.q
	}
	if m.specificity != o.specificity {
		return m.specificity > o.specificity
	}
	if m.specificity == 2 {
		return m.index < o.index
	}
	return false // both wildcards: application/json
}
