//go:build ignore

// Command typed_compute_hand is typed_compute.py as a Go programmer would
// write it. bench/compare times it against CPython and py2go.
package main

import "fmt"

// N is the problem size; bench/compare --define N=... rewrites it.
const N = 3000

func compute(n int) (int, float64) {
	var primes []int
	for i := 2; i < n; i++ {
		isPrime := true
		for _, p := range primes {
			if p*p > i {
				break
			}
			if i%p == 0 {
				isPrime = false
				break
			}
		}
		if isPrime {
			primes = append(primes, i)
		}
	}
	total := 0.0
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			total += float64(i*j%7) * 0.5
		}
	}
	return len(primes), total
}

func main() {
	count, total := compute(N)
	fmt.Println(count, fmt.Sprintf("%.1f", total))
}
