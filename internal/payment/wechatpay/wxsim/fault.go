package wxsim

// ErrorMode makes the simulated API misbehave, for fault tests. It applies to
// the /v3 JSON calls only, never to the pay page, notifications or the
// statement download (SetBillTamper is that one's fault).
type ErrorMode int32

// Error modes.
const (
	ModeNormal        ErrorMode = iota
	ModeGarbage                 // 200 with a body that is not JSON and not signed
	ModeServerError             // 500 SYSTEMERROR, signed
	ModeSlow                    // answers after Options.SlowDelay (or when the caller gives up)
	ModeBadSignature            // a well-formed answer signed with a key the merchant does not know
	ModeSignedGarbage           // 200, correctly signed, but not JSON
)

// SetErrorMode switches how the API answers from the next request on.
func (s *Sim) SetErrorMode(m ErrorMode) { s.mode.Store(int32(m)) }

func (s *Sim) errorMode() ErrorMode { return ErrorMode(s.mode.Load()) }
