package runtime

import goruntime "runtime"

// goid returns the current goroutine's number, read from the header of its
// stack dump ("goroutine 18 [running]:"). The concurrency half keys thread
// and greenlet identity on it; it costs a few microseconds, so hot paths
// should avoid it.
func goid() uint64 {
	var buf [32]byte
	s := buf[len("goroutine "):goruntime.Stack(buf[:], false)]
	var id uint64
	for _, c := range s {
		if c < '0' || c > '9' {
			break
		}
		id = 10*id + uint64(c-'0')
	}
	return id
}
