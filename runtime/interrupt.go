package runtime

import (
	"os"
	"os/signal"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

// CPython turns SIGINT into a KeyboardInterrupt raised in the main thread
// at once, wherever it is. A goroutine cannot be interrupted from outside,
// so the runtime hands each SIGINT to the main thread's blocking calls and
// loops through Interrupts and CheckInterrupt, and when none of them takes
// it within interruptGrace, ends the program as an uncaught
// KeyboardInterrupt would, without a traceback of where it was.

// interruptGrace is how long a SIGINT may wait for the main thread to take
// it before the program is ended. It is long enough for a busy loop's
// CheckInterrupt to see the SIGINT on a heavily loaded machine, where the
// main thread may wait hundreds of milliseconds for a CPU.
const interruptGrace = time.Second

var interrupts = make(chan struct{}, 1)

// interruptPending is set while a SIGINT waits in interrupts, so that
// CheckInterrupt, which busy loops call on every iteration, costs one
// atomic load.
var interruptPending atomic.Bool

var watchOnce sync.Once

// watchInterrupts starts delivering SIGINT; Run calls it, so tests and
// programs that never call Run keep Go's default handling.
func watchInterrupts() {
	watchOnce.Do(func() {
		sig := make(chan os.Signal, 1)
		signal.Notify(sig, os.Interrupt)
		go func() {
			for range sig {
				deliverInterrupt()
			}
		}()
	})
}

// deliverInterrupt offers one SIGINT to the main thread and ends the
// program if it is still pending after the grace period.
func deliverInterrupt() {
	if queueSignal(int(syscall.SIGINT)) {
		return // a handler of the program's, or SIG_IGN, takes it
	}
	// The SIGINT goes into the channel before the flag is set: a
	// CheckInterrupt that saw the flag before the send would find the
	// channel empty, clear the flag, and no loop would ever take it.
	select {
	case interrupts <- struct{}{}:
	default: // one is already pending
	}
	interruptPending.Store(true)
	time.AfterFunc(interruptGrace, func() {
		select {
		case <-interrupts:
			Stdout.closeForExit()
			Stderr.WriteString("KeyboardInterrupt\n")
			exitBySIGINT()
		default: // the main thread took it
		}
	})
}

// Interrupts is a channel that yields a value when SIGINT arrives. A
// blocking call made on the main thread (time.sleep, join, result, get)
// selects on it and, on receiving, raises KeyboardInterrupt with
// RaiseInterrupt, which is how `except KeyboardInterrupt:` gets to run.
func Interrupts() <-chan struct{} {
	return interrupts
}

// CheckInterrupt raises KeyboardInterrupt if a SIGINT is pending and the
// caller is the main thread; generated code calls it at the top of every
// loop that may run inside a try catching KeyboardInterrupt. Other threads
// leave the SIGINT to the main thread, as in CPython.
func CheckInterrupt() {
	if interruptPending.Load() {
		takeInterrupt()
	}
}

// takeInterrupt is CheckInterrupt's slow path.
func takeInterrupt() {
	if CurrentThread() != mainThread {
		return
	}
	runSignals()
	select {
	case <-interrupts:
		RaiseInterrupt()
	default: // a blocking call took it
		interruptPending.Store(false)
		if len(interrupts) > 0 || signalsPending() {
			interruptPending.Store(true)
		}
	}
}

// RaiseInterrupt raises KeyboardInterrupt, for a caller that has received
// from Interrupts.
func RaiseInterrupt() {
	interruptPending.Store(false)
	panic(KeyboardInterrupt.New())
}

// exitBySIGINT ends the process the way CPython does after an uncaught
// KeyboardInterrupt: by SIGINT with the default action, so a shell sees
// status 130. Where that signal cannot be sent, it exits with 130.
func exitBySIGINT() {
	signal.Reset(os.Interrupt)
	if p, err := os.FindProcess(os.Getpid()); err == nil && p.Signal(os.Interrupt) == nil {
		time.Sleep(time.Second) // the signal ends the process meanwhile
	}
	os.Exit(130)
}
