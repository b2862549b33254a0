//go:build ignore

// Command lock_counter_hand is lock_counter.py as a Go programmer would
// write it: four goroutines incrementing under a mutex.
package main

import (
	"fmt"
	"sync"
)

// N is the increments per goroutine; bench/compare --define N=... rewrites it.
const N = 250000

func main() {
	var mu sync.Mutex
	counter := 0
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range N {
				mu.Lock()
				counter++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(counter)
}
