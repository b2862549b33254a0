//go:build ignore

// Command process_map_hand is process_map.py as a Go programmer would write
// it: two goroutines counting primes block by block.
package main

import (
	"fmt"
	"sync"
)

// N is the number of blocks; bench/compare --define N=... rewrites it.
const N = 400

func countPrimes(block int) int {
	start := block * 1000
	count := 0
	for n := max(start, 2); n < start+1000; n++ {
		prime := true
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				prime = false
				break
			}
		}
		if prime {
			count++
		}
	}
	return count
}

func main() {
	counts := make([]int, N)
	blocks := make(chan int)
	var wg sync.WaitGroup
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range blocks {
				counts[b] = countPrimes(b)
			}
		}()
	}
	for b := range N {
		blocks <- b
	}
	close(blocks)
	wg.Wait()
	sum := 0
	for _, c := range counts {
		sum += c
	}
	fmt.Println(sum)
}
