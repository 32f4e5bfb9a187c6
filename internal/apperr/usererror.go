package apperr

// UserError is a problem a person can act on, returned in a mutation payload's
// userErrors: the input path of the field at fault (empty when no single field
// is), a stable code and a Chinese message.
type UserError struct {
	Field   []string `json:"field"`
	Code    string   `json:"code"`
	Message string   `json:"message"`
}

// Problems collects every problem of one input, so a client hears them all at once.
type Problems []*UserError

// Add records a problem with the field at path.
func (p *Problems) Add(code, message string, path ...string) {
	if path == nil {
		path = []string{}
	}
	*p = append(*p, &UserError{Field: path, Code: code, Message: message})
}

// Any reports whether there is a problem; then nothing may be saved.
func (p Problems) Any() bool { return len(p) > 0 }

// Has reports whether a problem has the code.
func (p Problems) Has(code string) bool {
	for _, u := range p {
		if u.Code == code {
			return true
		}
	}
	return false
}
