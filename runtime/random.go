package runtime

import (
	"crypto/rand"
	"crypto/sha512"
	"encoding/binary"
	"fmt"
	"math"
	"math/big"
	"sync"
)

// Random is Python's random.Random: a Mersenne Twister (MT19937) seeded and
// drawn from exactly as CPython does, so random.seed(n) gives the same
// sequence of random(), randint, choice, shuffle, sample, uniform and gauss
// results as CPython. Its methods are safe to call from several goroutines.
type Random struct {
	mu        sync.Mutex
	mt        [624]uint32
	index     int
	gaussNext float64
	hasGauss  bool
}

// DefaultRandom is the hidden instance behind the random module's
// functions, seeded from the operating system as CPython's is.
var DefaultRandom = NewRandom(nil)

// NewRandom makes a generator: random.Random(seed), seeded from the
// operating system when seed is nil.
func NewRandom(seed Object) *Random {
	r := &Random{}
	r.Seed(seed)
	return r
}

// Seed is random.seed(a): None seeds from the operating system, an int by
// its absolute value's 32-bit words, a str by its UTF-8 bytes followed by
// their SHA-512 digest (CPython's version 2 seeding).
func (r *Random) Seed(a Object) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.hasGauss = false
	switch v := a.(type) {
	case nil:
		var buf [624 * 4]byte
		_, _ = rand.Read(buf[:])
		key := make([]uint32, 624)
		for i := range key {
			key[i] = binary.LittleEndian.Uint32(buf[4*i:])
		}
		r.initByArray(key)
		return
	case string:
		sum := sha512.Sum512([]byte(v))
		r.seedBig(new(big.Int).SetBytes(append([]byte(v), sum[:]...)))
		return
	case float64:
		// CPython seeds with the float's hash, read as an unsigned size_t.
		r.seedBig(new(big.Int).SetUint64(uint64(hashFloat(v))))
		return
	}
	n, ok := asNum(a)
	if !ok || n.kind == floatNum {
		panic(TypeError.New("The only supported seed types are: None,\nint, float, str, bytes, and bytearray."))
	}
	r.seedBig(new(big.Int).Abs(n.big()))
}

// seedBig seeds by init_by_array over the 32-bit words of a non-negative
// int, least significant first.
func (r *Random) seedBig(a *big.Int) {
	var key []uint32
	mask := big.NewInt(0xffffffff)
	for x := new(big.Int).Set(a); x.Sign() > 0; x.Rsh(x, 32) {
		key = append(key, uint32(new(big.Int).And(x, mask).Uint64()))
	}
	if len(key) == 0 {
		key = []uint32{0}
	}
	r.initByArray(key)
}

func (r *Random) initGenrand(s uint32) {
	r.mt[0] = s
	for i := 1; i < 624; i++ {
		r.mt[i] = 1812433253*(r.mt[i-1]^(r.mt[i-1]>>30)) + uint32(i)
	}
	r.index = 624
}

func (r *Random) initByArray(key []uint32) {
	r.initGenrand(19650218)
	i, j := 1, 0
	k := max(624, len(key))
	for ; k > 0; k-- {
		r.mt[i] = (r.mt[i] ^ ((r.mt[i-1] ^ (r.mt[i-1] >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= 624 {
			r.mt[0] = r.mt[623]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = 623; k > 0; k-- {
		r.mt[i] = (r.mt[i] ^ ((r.mt[i-1] ^ (r.mt[i-1] >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= 624 {
			r.mt[0] = r.mt[623]
			i = 1
		}
	}
	r.mt[0] = 0x80000000
}

// genrand is MT19937's next 32-bit output; the caller holds mu.
func (r *Random) genrand() uint32 {
	const upper, lower = 0x80000000, 0x7fffffff
	if r.index >= 624 {
		for kk := 0; kk < 624; kk++ {
			y := r.mt[kk]&upper | r.mt[(kk+1)%624]&lower
			v := r.mt[(kk+397)%624] ^ y>>1
			if y&1 != 0 {
				v ^= 0x9908b0df
			}
			r.mt[kk] = v
		}
		r.index = 0
	}
	y := r.mt[r.index]
	r.index++
	y ^= y >> 11
	y ^= y << 7 & 0x9d2c5680
	y ^= y << 15 & 0xefc60000
	y ^= y >> 18
	return y
}

// random53 is random() with mu held: 53 random bits from two draws.
func (r *Random) random53() float64 {
	a, b := r.genrand()>>5, r.genrand()>>6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}

// Random is random.random(): a float in [0.0, 1.0).
func (r *Random) Random() float64 {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.random53()
}

// Getrandbits is random.getrandbits(k): an int of k random bits, a big
// int beyond 63.
func (r *Random) Getrandbits(k int) Object {
	if k < 0 {
		panic(ValueError.New("number of bits must be non-negative"))
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if k <= 63 {
		return int(r.bits(k))
	}
	b := new(big.Int)
	for shift := 0; k > 0; shift += 32 {
		w := r.genrand()
		if k < 32 {
			w >>= 32 - k
		}
		b.Or(b, new(big.Int).Lsh(big.NewInt(int64(w)), uint(shift)))
		k -= 32
	}
	return fromBig(b)
}

// bits draws k <= 63 random bits as CPython's getrandbits does: whole
// 32-bit words, least significant first, the last one cut from the top.
func (r *Random) bits(k int) uint64 {
	if k <= 32 {
		if k == 0 {
			return 0
		}
		return uint64(r.genrand() >> (32 - k))
	}
	lo := uint64(r.genrand())
	hi := uint64(r.genrand() >> (64 - k))
	return hi<<32 | lo
}

// below is _randbelow(n) for 0 < n: rejection sampling over
// n.bit_length() bits, with mu held.
func (r *Random) below(n int) int {
	k := bitLength(uint64(n))
	x := r.bits(k)
	for x >= uint64(n) {
		x = r.bits(k)
	}
	return int(x)
}

func bitLength(n uint64) int {
	k := 0
	for ; n != 0; n >>= 1 {
		k++
	}
	return k
}

// Randbelow is _randbelow(n): an int in [0, n).
func (r *Random) Randbelow(n int) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.below(n)
}

// Randrange is random.randrange(start, stop, step) with stop given.
func (r *Random) Randrange(start, stop, step int) int {
	width := stop - start
	var n int
	switch {
	case step == 1:
		if width <= 0 {
			panic(ValueError.New(fmt.Sprintf("empty range for randrange() (%d, %d, %d)", start, stop, width)))
		}
		return start + r.Randbelow(width)
	case step > 0:
		n = FloorDiv(width+step-1, step)
	case step < 0:
		n = FloorDiv(width+step+1, step)
	default:
		panic(ValueError.New("zero step for randrange()"))
	}
	if n <= 0 {
		panic(ValueError.New("empty range for randrange()"))
	}
	return start + step*r.Randbelow(n)
}

// Randrange1 is random.randrange(stop).
func (r *Random) Randrange1(stop int) int {
	if stop <= 0 {
		panic(ValueError.New("empty range for randrange()"))
	}
	return r.Randbelow(stop)
}

// Randint is random.randint(a, b): an int in [a, b].
func (r *Random) Randint(a, b int) int { return r.Randrange(a, b+1, 1) }

// Uniform is random.uniform(a, b).
func (r *Random) Uniform(a, b float64) float64 { return a + (b-a)*r.Random() }

// twoPi is CPython's TWOPI, 2.0*pi as a float.
const twoPi = 2 * math.Pi

// Gauss is random.gauss(mu, sigma), which makes two values at a time and
// keeps the second for the next call, as CPython does.
func (r *Random) Gauss(mu, sigma float64) float64 {
	r.mu.Lock()
	defer r.mu.Unlock()
	z := r.gaussNext
	if !r.hasGauss {
		x2pi := r.random53() * twoPi
		g2rad := math.Sqrt(-2.0 * CLog(1.0-r.random53()))
		z = CCos(x2pi) * g2rad
		r.gaussNext = CSin(x2pi) * g2rad
		r.hasGauss = true
	} else {
		r.hasGauss = false
	}
	return mu + z*sigma
}

// Choice is random.choice(seq) for a Go slice.
func Choice[T any](r *Random, seq []T) T {
	if len(seq) == 0 {
		panic(IndexError.New("Cannot choose from an empty sequence"))
	}
	return seq[r.Randbelow(len(seq))]
}

// ChoiceObj is random.choice(seq) for a dynamic sequence.
func ChoiceObj(r *Random, seq Object) Object {
	n := Len(seq)
	if n == 0 {
		panic(IndexError.New("Cannot choose from an empty sequence"))
	}
	return GetItem(seq, r.Randbelow(n))
}

// Shuffle is random.shuffle(x) for a Go slice, in place.
func Shuffle[T any](r *Random, x []T) {
	for i := len(x) - 1; i > 0; i-- {
		j := r.Randbelow(i + 1)
		x[i], x[j] = x[j], x[i]
	}
}

// ShuffleObj is random.shuffle(x) for a dynamic list.
func ShuffleObj(r *Random, x Object) {
	for i := Len(x) - 1; i > 0; i-- {
		j := r.Randbelow(i + 1)
		a, b := GetItem(x, i), GetItem(x, j)
		SetItem(x, i, b)
		SetItem(x, j, a)
	}
}

// Sample is random.sample(population, k) for a Go slice, with CPython's
// choice between a pool and a set of selected indexes.
func Sample[T any](r *Random, population []T, k int) []T {
	n := len(population)
	if k < 0 || k > n {
		panic(ValueError.New("Sample larger than population or is negative"))
	}
	result := make([]T, k)
	setsize := 21
	if k > 5 {
		setsize += int(math.Pow(4, math.Ceil(math.Log(float64(k*3))/math.Log(4))))
	}
	if n <= setsize {
		pool := append([]T(nil), population...)
		for i := 0; i < k; i++ {
			j := r.Randbelow(n - i)
			result[i] = pool[j]
			pool[j] = pool[n-i-1]
		}
		return result
	}
	selected := map[int]bool{}
	for i := 0; i < k; i++ {
		j := r.Randbelow(n)
		for selected[j] {
			j = r.Randbelow(n)
		}
		selected[j] = true
		result[i] = population[j]
	}
	return result
}

// SampleObj is random.sample(population, k) for a dynamic sequence; the
// result is a list.
func SampleObj(r *Random, population Object, k int) *List {
	items := make([]Object, 0, Len(population))
	for v := range Iter(population) {
		items = append(items, v)
	}
	return NewList(Sample(r, items, k)...)
}

// Choices is random.choices(population, weights, cum_weights, k) for a Go
// slice; weights and cumWeights are nil when not given.
func Choices[T any](r *Random, population []T, weights, cumWeights []float64, k int) []T {
	n := len(population)
	out := make([]T, k)
	if weights == nil && cumWeights == nil {
		if n == 0 && k > 0 {
			panic(IndexError.New("list index out of range"))
		}
		for i := range out {
			out[i] = population[int(math.Floor(r.Random()*float64(n)))]
		}
		return out
	}
	if weights != nil && cumWeights != nil {
		panic(TypeError.New("Cannot specify both weights and cumulative weights"))
	}
	if cumWeights == nil {
		cumWeights = make([]float64, len(weights))
		sum := 0.0
		for i, w := range weights {
			sum += w
			cumWeights[i] = sum
		}
	}
	if len(cumWeights) != n {
		panic(ValueError.New("The number of weights does not match the population"))
	}
	total := cumWeights[n-1]
	if total <= 0 {
		panic(ValueError.New("Total of weights must be greater than zero"))
	}
	if math.IsInf(total, 0) || math.IsNaN(total) {
		panic(ValueError.New("Total of weights must be finite"))
	}
	for i := range out {
		out[i] = population[bisectRight(cumWeights, r.Random()*total, 0, n-1)]
	}
	return out
}

// bisectRight is bisect.bisect_right(a, x, lo, hi).
func bisectRight(a []float64, x float64, lo, hi int) int {
	for lo < hi {
		mid := (lo + hi) / 2
		if x < a[mid] {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}

// nvMagic is CPython's NV_MAGICCONST, 4 * exp(-0.5) / sqrt(2.0).
var nvMagic = 4 * CExp(-0.5) / math.Sqrt(2.0)

// Normalvariate is random.normalvariate(mu, sigma): Kinderman and
// Monahan's method, as CPython draws it.
func (r *Random) Normalvariate(mu, sigma float64) float64 {
	var z float64
	for {
		u1 := r.Random()
		u2 := 1.0 - r.Random()
		z = nvMagic * (u1 - 0.5) / u2
		if z*z/4.0 <= -CLog(u2) {
			break
		}
	}
	return mu + z*sigma
}

// Lognormvariate is random.lognormvariate(mu, sigma).
func (r *Random) Lognormvariate(mu, sigma float64) float64 {
	return CExp(r.Normalvariate(mu, sigma))
}

// Expovariate is random.expovariate(lambd).
func (r *Random) Expovariate(lambd float64) float64 {
	if lambd == 0 {
		panic(ZeroDivisionError.New("float division by zero"))
	}
	return -CLog(1.0-r.Random()) / lambd
}

// Triangular is random.triangular(low, high, mode); hasMode is false for
// mode=None.
func (r *Random) Triangular(low, high, mode float64, hasMode bool) float64 {
	u := r.Random()
	c := 0.5
	if hasMode {
		if high == low {
			return low
		}
		c = (mode - low) / (high - low)
	}
	if u > c {
		u, c = 1.0-u, 1.0-c
		low, high = high, low
	}
	return low + (high-low)*math.Sqrt(u*c)
}

// hashFloat is CPython's hash() of a float (_Py_HashDouble): the value
// modulo the Mersenne prime 2**61 - 1, with the sign applied; -1 becomes
// -2.
func hashFloat(v float64) int64 {
	const bits, modulus = 61, uint64(1)<<61 - 1
	switch {
	case math.IsInf(v, 1):
		return 314159
	case math.IsInf(v, -1):
		return -314159
	case math.IsNaN(v):
		return 0
	}
	m, e := math.Frexp(v)
	sign := int64(1)
	if m < 0 {
		sign, m = -1, -m
	}
	var x uint64
	for m != 0 {
		x = ((x << 28) & modulus) | x>>(bits-28)
		m *= 268435456.0
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= modulus {
			x -= modulus
		}
	}
	if e >= 0 {
		e %= bits
	} else {
		e = bits - 1 - ((-1 - e) % bits)
	}
	x = ((x << uint(e)) & modulus) | x>>(bits-uint(e))
	h := int64(x) * sign
	if h == -1 {
		h = -2
	}
	return h
}
