package runtime

import (
	"crypto/rand"
	"encoding/hex"
	"strings"
)

// UUID is uuid.UUID: 16 bytes, compared and hashed by value.
type UUID [16]byte

// UUID4 is uuid.uuid4(): random, with the version and variant bits set.
func UUID4() UUID {
	var u UUID
	if _, err := rand.Read(u[:]); err != nil {
		panic(OSError.New("uuid4: " + err.Error()))
	}
	u[6] = u[6]&0x0f | 0x40
	u[8] = u[8]&0x3f | 0x80
	return u
}

// NewUUID is uuid.UUID(hex): braces, "urn:uuid:" and hyphens are
// ignored, 32 hex digits must remain.
func NewUUID(s string) UUID {
	h := strings.TrimPrefix(strings.Trim(strings.ReplaceAll(s, "-", ""), "{}"), "urn:uuid:")
	var u UUID
	if len(h) != 32 {
		panic(ValueError.New("badly formed hexadecimal UUID string"))
	}
	if _, err := hex.Decode(u[:], []byte(h)); err != nil {
		panic(ValueError.New("badly formed hexadecimal UUID string"))
	}
	return u
}

// PyStr is str(u): 8-4-4-4-12 hex digits.
func (u UUID) PyStr() string {
	h := u.Hex()
	return h[:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:]
}

// PyRepr is repr(u): UUID('...').
func (u UUID) PyRepr() string { return "UUID('" + u.PyStr() + "')" }

// PyTypeName is "UUID".
func (u UUID) PyTypeName() string { return "UUID" }

// Hex is u.hex: 32 hex digits.
func (u UUID) Hex() string { return hex.EncodeToString(u[:]) }

// Version is u.version: the version bits, for an RFC 4122 UUID.
func (u UUID) Version() Object {
	if u[8]&0xc0 != 0x80 {
		return nil
	}
	return int(u[6] >> 4)
}

// Bytes is u.bytes.
func (u UUID) Bytes() []byte { return append([]byte(nil), u[:]...) }

// PyCompare orders UUIDs as their ints.
func (u UUID) PyCompare(other Object) (int, bool) {
	o, ok := other.(UUID)
	if !ok {
		return 0, false
	}
	return strings.Compare(string(u[:]), string(o[:])), true
}
