package runtime

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"hash"
	"strings"
	"sync"
)

// HashObj is a hashlib hash object (sha256(), md5(), ...), safe to update
// from several threads as CPython's are.
type HashObj struct {
	mu   sync.Mutex
	name string
	h    hash.Hash
}

// hashNew makes the hash function of a hashlib algorithm name.
var hashNew = map[string]func() hash.Hash{
	"md5": md5.New, "sha1": sha1.New, "sha224": sha256.New224, "sha256": sha256.New,
	"sha384": sha512.New384, "sha512": sha512.New,
}

// NewHash is hashlib.new(name, data) and hashlib.NAME(data); data is
// nil for none.
func NewHash(name string, data Object) *HashObj {
	mk, ok := hashNew[strings.ToLower(name)]
	if !ok {
		panic(ValueError.New("unsupported hash type " + name))
	}
	h := &HashObj{name: strings.ToLower(name), h: mk()}
	if data != nil {
		h.Update(data)
	}
	return h
}

// hashBytes is the bytes-like argument of a hash method.
func hashBytes(data Object) []byte {
	switch d := data.(type) {
	case []byte:
		return d
	case string:
		panic(TypeError.New("Strings must be encoded before hashing"))
	}
	panic(TypeError.New("object supporting the buffer API required"))
}

// Update is h.update(data).
func (h *HashObj) Update(data Object) {
	b := hashBytes(data)
	h.mu.Lock()
	defer h.mu.Unlock()
	h.h.Write(b)
}

// sum is the digest of what was fed so far.
func (h *HashObj) sum() []byte {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.h.Sum(nil)
}

// Hexdigest is h.hexdigest().
func (h *HashObj) Hexdigest() string { return hex.EncodeToString(h.sum()) }

// Digest is h.digest().
func (h *HashObj) Digest() []byte { return h.sum() }

// Name is h.name.
func (h *HashObj) Name() string { return h.name }

// DigestSize is h.digest_size.
func (h *HashObj) DigestSize() int { return h.h.Size() }

// BlockSize is h.block_size.
func (h *HashObj) BlockSize() int { return h.h.BlockSize() }

// PyRepr is repr(h).
func (h *HashObj) PyRepr() string { return "<" + h.name + " _hashlib.HASH object>" }
