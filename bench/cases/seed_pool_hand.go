//go:build ignore

// Command seed_pool_hand is seed_pool.py as a Go programmer would write it:
// six calls of func1 on goroutines, at most six at a time, results printed
// in submission order. bench/compare times it against CPython and py2go.
package main

import (
	"fmt"
	"sync"
)

// N is the loop count; bench/compare --define N=... rewrites it.
const N = 100000000

func func1(x int) int {
	for i := 0; i < N; i++ {
		x = x + 1
		x = x - 1
	}
	return x
}

func main() {
	const workers, calls = 6, 6
	sem := make(chan struct{}, workers)
	results := make([]int, calls)
	var wg sync.WaitGroup
	for i := range calls {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			results[i] = func1(1)
		}()
	}
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
}
