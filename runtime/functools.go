package runtime

import (
	"iter"
	"sync"
)

// This file is Python's functools: reduce, and the cache behind
// @lru_cache and @cache.

// Reduce is functools.reduce(fn, s) without an initial value.
func Reduce[T any](fn func(T, T) T, s iter.Seq[T]) T {
	var acc T
	started := false
	for v := range s {
		if started {
			acc = fn(acc, v)
		} else {
			acc, started = v, true
		}
	}
	if !started {
		panic(TypeError.New("reduce() of empty iterable with no initial value"))
	}
	return acc
}

// ReduceInit is functools.reduce(fn, s, initial).
func ReduceInit[T, A any](fn func(A, T) A, s iter.Seq[T], initial A) A {
	acc := initial
	for v := range s {
		acc = fn(acc, v)
	}
	return acc
}

// Memo is the cache of a function decorated with @functools.lru_cache or
// @functools.cache: results by arguments. Its size is not bounded (a
// bounded lru_cache only uses less memory; what the program prints is the
// same).
type Memo[K comparable, R any] struct {
	mu sync.Mutex
	m  map[K]R
}

// NewMemo makes an empty cache.
func NewMemo[K comparable, R any]() *Memo[K, R] { return &Memo[K, R]{m: map[K]R{}} }

// Get returns the cached result for key, or computes it with f and caches
// it. f runs without the lock held, so a recursive function can call
// itself through the cache.
func (c *Memo[K, R]) Get(key K, f func() R) R {
	c.mu.Lock()
	r, ok := c.m[key]
	c.mu.Unlock()
	if ok {
		return r
	}
	r = f()
	c.mu.Lock()
	c.m[key] = r
	c.mu.Unlock()
	return r
}

// Clear is cache_clear().
func (c *Memo[K, R]) Clear() {
	c.mu.Lock()
	c.m = map[K]R{}
	c.mu.Unlock()
}

// CmpToKey is functools.cmp_to_key(cmp) used as a sort key: each item
// becomes a key that orders as cmp says (a negative result: less).
func CmpToKey[T, R any](cmp func(T, T) R) func(T) Object {
	return func(v T) Object { return &cmpKey[T, R]{v: v, cmp: cmp} }
}

// cmpKey is the key object cmp_to_key makes for one item.
type cmpKey[T, R any] struct {
	v   T
	cmp func(T, T) R
}

// PyCompare orders two keys by the sign of cmp's result.
func (k *cmpKey[T, R]) PyCompare(other Object) (int, bool) {
	o, ok := other.(*cmpKey[T, R])
	if !ok {
		return 0, false
	}
	r := Object(k.cmp(k.v, o.v))
	switch {
	case Lt(r, 0):
		return -1, true
	case Gt(r, 0):
		return 1, true
	}
	return 0, true
}

// PyEq is == of two keys: cmp gives 0.
func (k *cmpKey[T, R]) PyEq(other Object) bool {
	c, ok := k.PyCompare(other)
	return ok && c == 0
}

// PyTypeName names the key's class as CPython does.
func (k *cmpKey[T, R]) PyTypeName() string { return "functools.KeyWrapper" }
