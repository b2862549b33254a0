//go:build ignore

// Command greenlets_hand is greenlets.py as a Go programmer would write it:
// a goroutine per task that yields once.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

// N is the number of tasks; bench/compare --define N=... rewrites it.
const N = 50000

func main() {
	values := make([]int, N)
	var wg sync.WaitGroup
	for i := range N {
		wg.Add(1)
		go func() {
			defer wg.Done()
			runtime.Gosched()
			values[i] = i
		}()
	}
	wg.Wait()
	sum := 0
	for _, v := range values {
		sum += v
	}
	fmt.Println(sum)
}
