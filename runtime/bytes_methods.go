package runtime

import "bytes"

// bytesTextMethod runs the methods bytes shares with str, on ASCII as
// CPython's bytes methods do (bytes above 127 are not letters).
func bytesTextMethod(b []byte, name string, args []Object) (Object, bool) {
	arg := func(i int) []byte { return bytesArg(argAt(args, i, nil)) }
	switch name {
	case "upper":
		return asciiMap(b, 'a', 'z', 'A'-'a'), true
	case "lower":
		return asciiMap(b, 'A', 'Z', 'a'-'A'), true
	case "strip", "lstrip", "rstrip":
		return bytesStrip(b, name, argAt(args, 0, nil)), true
	case "split":
		return bytesSplit(b, argAt(args, 0, nil), intArg(args, 1, -1)), true
	case "join":
		var parts [][]byte
		for v := range Iter(argAt(args, 0, nil)) {
			parts = append(parts, bytesArg(v))
		}
		return bytes.Join(parts, b), true
	case "startswith":
		return bytes.HasPrefix(b, arg(0)), true
	case "endswith":
		return bytes.HasSuffix(b, arg(0)), true
	case "find":
		return bytes.Index(b, arg(0)), true
	case "rfind":
		return bytes.LastIndex(b, arg(0)), true
	case "index":
		i := bytes.Index(b, arg(0))
		if i < 0 {
			panic(ValueError.New("subsection not found"))
		}
		return i, true
	case "count":
		return bytes.Count(b, arg(0)), true
	case "replace":
		return bytes.Replace(b, arg(0), arg(1), intArg(args, 2, -1)), true
	case "isdigit":
		return bytesAll(b, func(c byte) bool { return c >= '0' && c <= '9' }), true
	case "isalpha":
		return bytesAll(b, func(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }), true
	case "isspace":
		return bytesAll(b, isASCIISpace), true
	}
	return nil, false
}

// bytesArg is a bytes-like argument of a bytes method, raising CPython's
// TypeError for anything else.
func bytesArg(v Object) []byte {
	if b, ok := bytesLike(v); ok {
		return b
	}
	panic(TypeError.New("a bytes-like object is required, not '" + TypeName(v) + "'"))
}

func asciiMap(b []byte, lo, hi byte, delta int) []byte {
	out := bytes.Clone(b)
	for i, c := range out {
		if c >= lo && c <= hi {
			out[i] = byte(int(c) + delta)
		}
	}
	return out
}

func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

func bytesAll(b []byte, f func(byte) bool) bool {
	for _, c := range b {
		if !f(c) {
			return false
		}
	}
	return len(b) > 0
}

func bytesStrip(b []byte, side string, chars Object) []byte {
	cut := isASCIISpace
	if chars != nil {
		set := bytesArg(chars)
		cut = func(c byte) bool { return bytes.IndexByte(set, c) >= 0 }
	}
	if side != "rstrip" {
		for len(b) > 0 && cut(b[0]) {
			b = b[1:]
		}
	}
	if side != "lstrip" {
		for len(b) > 0 && cut(b[len(b)-1]) {
			b = b[:len(b)-1]
		}
	}
	return bytes.Clone(b)
}

// bytesSplit is b.split(sep, maxsplit): on runs of ASCII whitespace when
// sep is None.
func bytesSplit(b []byte, sep Object, maxsplit int) *List {
	var parts [][]byte
	if sep == nil {
		fields := bytes.FieldsFunc(b, func(r rune) bool { return r < 128 && isASCIISpace(byte(r)) })
		if maxsplit >= 0 && len(fields) > maxsplit+1 {
			rest := b
			parts = nil
			for i := 0; i < maxsplit; i++ {
				rest = bytes.TrimLeftFunc(rest, func(r rune) bool { return r < 128 && isASCIISpace(byte(r)) })
				j := bytes.IndexFunc(rest, func(r rune) bool { return r < 128 && isASCIISpace(byte(r)) })
				parts = append(parts, rest[:j])
				rest = rest[j:]
			}
			fields = append(parts, bytes.TrimLeftFunc(rest, func(r rune) bool { return r < 128 && isASCIISpace(byte(r)) }))
		}
		parts = fields
	} else {
		s := bytesArg(sep)
		if len(s) == 0 {
			panic(ValueError.New("empty separator"))
		}
		parts = bytes.SplitN(b, s, maxsplit+1)
		if maxsplit < 0 {
			parts = bytes.Split(b, s)
		}
	}
	out := NewList()
	for _, p := range parts {
		out.Append(bytes.Clone(p))
	}
	return out
}
