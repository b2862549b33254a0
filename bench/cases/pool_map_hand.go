//go:build ignore

// Command pool_map_hand is pool_map.py as a Go programmer would write it:
// two goroutines working through chunks of the input.
package main

import (
	"fmt"
	"sync"
)

// N is the number of items; bench/compare --define N=... rewrites it.
const N = 2000000

func work(x int) int { return x*3 + 1 }

func main() {
	const chunk = 10000
	results := make([]int, N)
	chunks := make(chan int)
	var wg sync.WaitGroup
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for start := range chunks {
				for i := start; i < min(start+chunk, N); i++ {
					results[i] = work(i)
				}
			}
		}()
	}
	for start := 0; start < N; start += chunk {
		chunks <- start
	}
	close(chunks)
	wg.Wait()
	sum := 0
	for _, r := range results {
		sum += r
	}
	fmt.Println(len(results), sum)
}
