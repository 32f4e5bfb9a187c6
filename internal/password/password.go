// Package password hashes and verifies staff passwords with argon2id
// (RFC 9106) and judges new passwords against a NIST SP 800-63B style policy.
//
// Hashes are stored in the PHC string format:
//
//	$argon2id$v=19$m=65536,t=3,p=2$<salt>$<key>
//
// with salt and key in unpadded standard base64. Passwords are normalised to
// Unicode NFKC before hashing (SP 800-63B §5.1.1.2), so that a full-width
// "ＡＢＣ１２３" typed with a Chinese input method in full-width mode verifies
// the same as "ABC123".
//
// A login handler uses the package like this:
//
//	user, found := lookup(username)
//	if !found {
//		password.DummyVerify() // same cost as a real Verify: timing does not reveal unknown usernames
//		return errBadCredentials
//	}
//	ok, rehash, err := password.Verify(pw, user.PasswordHash)
//	if err != nil { ... } // the stored hash is malformed: a server-side problem
//	if !ok { return errBadCredentials }
//	if rehash { newHash, _ := password.Hash(pw); store(newHash) }
package password

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"runtime"
	"strconv"
	"strings"

	"golang.org/x/crypto/argon2"
	"golang.org/x/text/unicode/norm"
)

// Params are the argon2id cost parameters.
type Params struct {
	Memory      uint32 // memory in KiB (the m of the PHC string)
	Iterations  uint32 // passes over the memory (t)
	Parallelism uint8  // lanes/threads (p)
}

// Lengths of what Hash produces. Verify accepts other lengths within
// [minSaltLen, maxSaltLen] and [minKeyLen, maxKeyLen] and asks for a rehash.
const (
	SaltLen = 16 // bytes of random salt
	KeyLen  = 32 // bytes of derived key
)

// defaultParams are the production parameters, chosen for a 2-core server:
// 64 MiB, 3 passes, 2 lanes (RFC 9106's second recommended option, with p
// lowered to the core count). One hash should take roughly 50–100 ms there:
// BenchmarkHashDefault measured about 70 ms on the 2-core development
// machine when idle (about twice that while other jobs used the cores); a
// login costs one hash. Raise them when the servers grow, and Verify will
// report needsRehash for the old hashes.
var defaultParams = Params{Memory: 64 * 1024, Iterations: 3, Parallelism: 2}

// DefaultParams returns the production parameters that Hash uses and that
// Verify compares stored hashes against.
func DefaultParams() Params { return defaultParams }

// Sanity limits for parameters, both for HashWith and for stored strings
// parsed by Verify (a tampered row must not make a login allocate 100 GiB).
const (
	maxMemory     = 1 << 20 // KiB: 1 GiB
	maxIterations = 64
	minSaltLen    = 8
	maxSaltLen    = 64
	minKeyLen     = 16
	maxKeyLen     = 64
)

// Errors returned by Hash, HashWith, Verify and VerifyWith.
var (
	// ErrMalformed: the stored string is not an argon2id PHC string this
	// package can verify. It is a server-side problem, not a wrong password.
	ErrMalformed = errors.New("password: malformed argon2id hash")
	// ErrBadParams: parameters outside the sanity limits.
	ErrBadParams = errors.New("password: argon2id parameters out of range")
)

func (p Params) validate() error {
	if p.Iterations < 1 || p.Iterations > maxIterations ||
		p.Parallelism < 1 ||
		p.Memory < 8*uint32(p.Parallelism) || p.Memory > maxMemory {
		return fmt.Errorf("%w: m=%d,t=%d,p=%d", ErrBadParams, p.Memory, p.Iterations, p.Parallelism)
	}
	return nil
}

// slots bounds how many argon2id computations run at once. Each one holds
// Params.Memory (64 MiB by default) and already uses Parallelism threads, so
// running more at once than there are cores gains no throughput and only
// multiplies memory: a burst of 100 logins would otherwise need 6.4 GiB.
// Excess callers wait their turn; the total time of a burst is unchanged.
// The cap stays below the core count so that a burst of staff logins always
// leaves a core to candidates' requests.
var slots = make(chan struct{}, max(1, runtime.GOMAXPROCS(0)-1))

func deriveKey(p Params, password string, salt []byte, keyLen uint32) []byte {
	slots <- struct{}{}
	defer func() { <-slots }()
	return argon2.IDKey([]byte(norm.NFKC.String(password)), salt, p.Iterations, p.Memory, p.Parallelism, keyLen)
}

// Hash hashes password with the default parameters and a fresh random salt
// and returns the PHC string to store.
func Hash(password string) (string, error) {
	return HashWith(defaultParams, password)
}

// HashWith is Hash with explicit parameters. Tests use it with cheap ones;
// production code uses Hash.
func HashWith(p Params, password string) (string, error) {
	if err := p.validate(); err != nil {
		return "", err
	}
	salt := make([]byte, SaltLen)
	if _, err := rand.Read(salt); err != nil {
		return "", fmt.Errorf("password: reading random salt: %w", err)
	}
	key := deriveKey(p, password, salt, KeyLen)
	return encode(p, salt, key), nil
}

func encode(p Params, salt, key []byte) string {
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s",
		argon2.Version, p.Memory, p.Iterations, p.Parallelism,
		b64.EncodeToString(salt), b64.EncodeToString(key))
}

// b64 is unpadded standard base64, strict: non-zero trailing bits and
// padding are refused, so each hash has exactly one accepted spelling.
var b64 = base64.RawStdEncoding.Strict()

// Verify reports whether password matches the stored PHC string encoded.
// needsRehash is true (only when ok) if encoded was made with parameters or
// lengths other than the current defaults: the caller should then store
// Hash(password). err is non-nil only when encoded is malformed or its
// parameters are out of range; ok is then false.
func Verify(password, encoded string) (ok, needsRehash bool, err error) {
	return VerifyWith(defaultParams, password, encoded)
}

// VerifyWith is Verify comparing the stored parameters with current instead
// of the defaults (for tests that hash with cheap parameters).
func VerifyWith(current Params, password, encoded string) (ok, needsRehash bool, err error) {
	p, salt, key, err := decode(encoded)
	if err != nil {
		return false, false, err
	}
	got := deriveKey(p, password, salt, uint32(len(key)))
	if subtle.ConstantTimeCompare(got, key) != 1 {
		return false, false, nil
	}
	return true, p != current || len(salt) != SaltLen || len(key) != KeyLen, nil
}

// dummyEncoded is a well-formed hash with the default parameters (zero salt,
// zero key: no password matches it) for DummyVerify.
var dummyEncoded = encode(defaultParams, make([]byte, SaltLen), make([]byte, KeyLen))

// DummyVerify spends the time of a Verify against a default-parameter hash
// and throws the result away. Call it when a login names an unknown user, so
// that the response time does not tell which usernames exist. (Hashes still
// stored with older, cheaper parameters verify faster until rehashed.)
func DummyVerify() {
	_, _, _ = Verify("", dummyEncoded)
}

// decode parses "$argon2id$v=19$m=M,t=T,p=P$SALT$KEY" strictly: exactly
// these fields in this order, canonical decimal numbers, strict base64.
func decode(encoded string) (p Params, salt, key []byte, err error) {
	fields := strings.Split(encoded, "$")
	if len(fields) != 6 || fields[0] != "" || fields[1] != "argon2id" {
		return Params{}, nil, nil, ErrMalformed
	}
	if fields[2] != "v="+strconv.Itoa(argon2.Version) {
		return Params{}, nil, nil, fmt.Errorf("%w: unsupported version %q", ErrMalformed, fields[2])
	}
	kv := strings.Split(fields[3], ",")
	if len(kv) != 3 {
		return Params{}, nil, nil, ErrMalformed
	}
	m, ok1 := parseParam(kv[0], "m=", 32)
	t, ok2 := parseParam(kv[1], "t=", 32)
	par, ok3 := parseParam(kv[2], "p=", 8)
	if !ok1 || !ok2 || !ok3 {
		return Params{}, nil, nil, ErrMalformed
	}
	p = Params{Memory: uint32(m), Iterations: uint32(t), Parallelism: uint8(par)}
	if err := p.validate(); err != nil {
		return Params{}, nil, nil, err
	}
	// The decoder skips '\r' and '\n' even in strict mode; refuse them.
	if strings.ContainsAny(encoded, "\r\n") {
		return Params{}, nil, nil, ErrMalformed
	}
	salt, err1 := b64.DecodeString(fields[4])
	key, err2 := b64.DecodeString(fields[5])
	if err1 != nil || err2 != nil ||
		len(salt) < minSaltLen || len(salt) > maxSaltLen ||
		len(key) < minKeyLen || len(key) > maxKeyLen {
		return Params{}, nil, nil, ErrMalformed
	}
	return p, salt, key, nil
}

// parseParam parses "name=decimal" with no sign and no leading zeros.
func parseParam(s, name string, bits int) (uint64, bool) {
	digits, found := strings.CutPrefix(s, name)
	if !found || digits == "" || (len(digits) > 1 && digits[0] == '0') {
		return 0, false
	}
	v, err := strconv.ParseUint(digits, 10, bits)
	return v, err == nil
}
