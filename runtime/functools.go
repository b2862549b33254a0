package runtime

import (
	"container/list"
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
// @functools.cache: results by arguments, with lru_cache's statistics. A
// bounded cache (NewLRUMemo) forgets its least recently used result when
// it is full, as lru_cache does, so cache_info() counts what CPython's
// does.
type Memo[K comparable, R any] struct {
	mu     sync.Mutex
	m      map[K]*list.Element // each holds a memoEntry; front: most recent
	order  *list.List
	max    int // -1: unbounded
	hits   int
	misses int
}

type memoEntry[K comparable, R any] struct {
	key K
	r   R
}

// NewMemo makes an empty unbounded cache (@cache, lru_cache(maxsize=None)).
func NewMemo[K comparable, R any]() *Memo[K, R] { return NewLRUMemo[K, R](-1) }

// NewLRUMemo makes an empty cache of at most maxsize results
// (@lru_cache, lru_cache(maxsize=n)); a negative maxsize is unbounded.
func NewLRUMemo[K comparable, R any](maxsize int) *Memo[K, R] {
	return &Memo[K, R]{m: map[K]*list.Element{}, order: list.New(), max: maxsize}
}

// Get returns the cached result for key, or computes it with f and caches
// it. f runs without the lock held, so a recursive function can call
// itself through the cache.
func (c *Memo[K, R]) Get(key K, f func() R) R {
	c.mu.Lock()
	if el, ok := c.m[key]; ok {
		c.hits++
		c.order.MoveToFront(el)
		r := el.Value.(memoEntry[K, R]).r
		c.mu.Unlock()
		return r
	}
	c.misses++
	c.mu.Unlock()
	r := f()
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.m[key]; ok || c.max == 0 {
		return r // a recursive call stored it meanwhile, or nothing is kept
	}
	if c.max > 0 && c.order.Len() >= c.max {
		oldest := c.order.Back()
		delete(c.m, oldest.Value.(memoEntry[K, R]).key)
		c.order.Remove(oldest)
	}
	c.m[key] = c.order.PushFront(memoEntry[K, R]{key, r})
	return r
}

// Clear is cache_clear(): it forgets the results and the statistics.
func (c *Memo[K, R]) Clear() {
	c.mu.Lock()
	c.m = map[K]*list.Element{}
	c.order.Init()
	c.hits, c.misses = 0, 0
	c.mu.Unlock()
}

// cacheInfoType is the named tuple class cache_info() returns.
var cacheInfoType = NewNamedTupleType("CacheInfo", []string{"hits", "misses", "maxsize", "currsize"}, nil)

// Info is cache_info(): CacheInfo(hits=.., misses=.., maxsize=.., currsize=..).
func (c *Memo[K, R]) Info() *NamedTuple {
	c.mu.Lock()
	defer c.mu.Unlock()
	var maxsize Object
	if c.max >= 0 {
		maxsize = c.max
	}
	return cacheInfoType.New(c.hits, c.misses, maxsize, c.order.Len())
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
