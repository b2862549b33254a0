package runtime

import (
	"iter"
	"strconv"
)

// Map2 is map(f, xs, ys): f of an item of each, stopping at the shorter.
func Map2[A, B, R any](f func(A, B) R, xs iter.Seq[A], ys iter.Seq[B]) iter.Seq[R] {
	return func(yield func(R) bool) {
		nextY, stop := iter.Pull(ys)
		defer stop()
		for x := range xs {
			y, ok := nextY()
			if !ok || !yield(f(x, y)) {
				return
			}
		}
	}
}

// Map3 is map(f, xs, ys, zs): f of an item of each, stopping at the
// shortest.
func Map3[A, B, C, R any](f func(A, B, C) R, xs iter.Seq[A], ys iter.Seq[B], zs iter.Seq[C]) iter.Seq[R] {
	return func(yield func(R) bool) {
		nextY, stopY := iter.Pull(ys)
		defer stopY()
		nextZ, stopZ := iter.Pull(zs)
		defer stopZ()
		for x := range xs {
			y, ok := nextY()
			if !ok {
				return
			}
			z, ok := nextZ()
			if !ok || !yield(f(x, y, z)) {
				return
			}
		}
	}
}

// ZipStrict is zip(*its, strict=strict): with strict, iterables of
// different lengths raise CPython's ValueError once the shortest ends.
func ZipStrict(strict bool, its ...Object) iter.Seq[Tuple] {
	if !strict {
		return Zip(its...)
	}
	return func(yield func(Tuple) bool) {
		nexts := make([]func() (Object, bool), len(its))
		for i, it := range its {
			next, stop := iter.Pull(Iter(it))
			defer stop()
			nexts[i] = next
		}
		for len(its) > 0 {
			t := make(Tuple, len(its))
			for i, next := range nexts {
				v, ok := next()
				if !ok {
					zipEnded(nexts, i)
					return
				}
				t[i] = v
			}
			if !yield(t) {
				return
			}
		}
	}
}

// zipEnded checks, when iterable i of a strict zip has ended, that all
// the others end there too, raising ValueError as CPython does if not.
func zipEnded(nexts []func() (Object, bool), i int) {
	plural := func(n int) string {
		if n == 1 {
			return " 1"
		}
		return "s 1-" + strconv.Itoa(n)
	}
	if i > 0 {
		panic(ValueError.New("zip() argument " + strconv.Itoa(i+1) + " is shorter than argument" + plural(i)))
	}
	for j := 1; j < len(nexts); j++ {
		if _, ok := nexts[j](); ok {
			panic(ValueError.New("zip() argument " + strconv.Itoa(j+1) + " is longer than argument" + plural(j)))
		}
	}
}
