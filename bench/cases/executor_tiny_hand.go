//go:build ignore

// Command executor_tiny_hand is executor_tiny.py as a Go programmer would
// write it: a pool of 4 goroutines fed by a channel, one result slot per
// task.
package main

import (
	"fmt"
	"sync"
)

// N is the number of tasks; bench/compare --define N=... rewrites it.
const N = 200000

func main() {
	results := make([]int, N)
	jobs := make(chan int, 1024)
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				results[i] = i * i
			}
		}()
	}
	for i := range N {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	total := 0
	for _, r := range results {
		total += r
	}
	fmt.Println(total)
}
