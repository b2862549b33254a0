package runtime

import (
	"os"
	"os/signal"
	"sync"
	"syscall"
)

// Python's signal module for handlers written in Python. CPython runs a
// handler in the main thread between two bytecodes; here a signal that
// arrives is queued and the main thread runs its handler at the next
// CheckInterrupt, which every loop of a program that imports signal
// calls (emit/interrupt.go). signal.raise_signal and os.kill of the
// program's own pid run the handler at once, as CPython does before the
// next statement. The frame argument is None.

// Signal actions, as signal.SIG_DFL and signal.SIG_IGN.
const (
	SigDfl = 0
	SigIgn = 1
)

// The signals no handler can catch.
const (
	sigKill = 9
	sigStop = 19
)

// signalState holds the handlers set with signal.signal and the signals
// waiting for the main thread.
var signalState struct {
	sync.Mutex
	handlers map[int]func(int, Object)
	ignored  map[int]bool
	// sigintDfl is set by signal(SIGINT, SIG_DFL): SIGINT then ends the
	// process instead of raising KeyboardInterrupt.
	sigintDfl bool
	pending   []int
	notify    chan os.Signal
}

// defaultIntHandler is signal.default_int_handler, SIGINT's handler
// until the program sets one.
type defaultIntHandler struct{}

func (defaultIntHandler) PyRepr() string { return "<built-in function default_int_handler>" }

// SignalHandler turns a function of the program into a handler, whatever
// its result.
func SignalHandler[R any](f func(int, Object) R) func(int, Object) {
	return func(sig int, frame Object) { f(sig, frame) }
}

// SetSignal is signal.signal(sig, handler) for a Python handler; it
// returns the previous handler.
func SetSignal(sig int, handler func(int, Object)) Object {
	prev := setSignal(sig, handler, false)
	signalState.Lock()
	defer signalState.Unlock()
	if sig != int(syscall.SIGINT) {
		if signalState.notify == nil {
			signalState.notify = make(chan os.Signal, 8)
			go func() {
				for s := range signalState.notify {
					queueSignal(int(s.(syscall.Signal)))
				}
			}()
		}
		signal.Notify(signalState.notify, syscall.Signal(sig))
	}
	return prev
}

// SetSignalAction is signal.signal(sig, SIG_DFL or SIG_IGN).
func SetSignalAction(sig, action int) Object {
	prev := setSignal(sig, nil, action == SigIgn)
	if sig == int(syscall.SIGINT) {
		return prev
	}
	if action == SigIgn {
		signal.Ignore(syscall.Signal(sig))
	} else {
		signal.Reset(syscall.Signal(sig))
	}
	return prev
}

func setSignal(sig int, handler func(int, Object), ignore bool) Object {
	if CurrentThread() != mainThread {
		panic(ValueError.New("signal only works in main thread of the main interpreter"))
	}
	if sig <= 0 || sig >= 65 || sig == sigKill || sig == sigStop {
		panic(OSError.New("[Errno 22] Invalid argument"))
	}
	prev := GetSignal(sig)
	signalState.Lock()
	defer signalState.Unlock()
	if signalState.handlers == nil {
		signalState.handlers, signalState.ignored = map[int]func(int, Object){}, map[int]bool{}
	}
	delete(signalState.handlers, sig)
	delete(signalState.ignored, sig)
	if sig == int(syscall.SIGINT) {
		signalState.sigintDfl = handler == nil && !ignore
	}
	if handler != nil {
		signalState.handlers[sig] = handler
	}
	if ignore {
		signalState.ignored[sig] = true
	}
	return prev
}

// GetSignal is signal.getsignal(sig): the Python handler, SIG_IGN,
// SIG_DFL, or default_int_handler for SIGINT.
func GetSignal(sig int) Object {
	signalState.Lock()
	defer signalState.Unlock()
	switch {
	case signalState.handlers[sig] != nil:
		return signalState.handlers[sig]
	case signalState.ignored[sig]:
		return SigIgn
	case sig == int(syscall.SIGINT) && !signalState.sigintDfl:
		return defaultIntHandler{}
	}
	return SigDfl
}

// queueSignal hands a signal that arrived to the main thread; it reports
// false when no Python handler takes it (SIGINT then becomes
// KeyboardInterrupt).
func queueSignal(sig int) bool {
	signalState.Lock()
	_, handled := signalState.handlers[sig]
	ignored := signalState.ignored[sig]
	dfl := sig == int(syscall.SIGINT) && signalState.sigintDfl
	if handled {
		signalState.pending = append(signalState.pending, sig)
	}
	signalState.Unlock()
	if handled {
		interruptPending.Store(true)
	}
	if dfl {
		Stdout.Flush()
		exitBySIGINT()
	}
	return handled || ignored
}

// runSignals runs the handlers of the signals waiting, on the main
// thread; it reports whether there were any.
func runSignals() bool {
	signalState.Lock()
	pending := signalState.pending
	signalState.pending = nil
	signalState.Unlock()
	for _, sig := range pending {
		signalState.Lock()
		h := signalState.handlers[sig]
		signalState.Unlock()
		if h != nil {
			h(sig, nil)
		}
	}
	return len(pending) > 0
}

// RaiseSignal is signal.raise_signal(sig): the Python handler runs at
// once; without one, SIGINT raises KeyboardInterrupt and other signals
// take their default action on the process.
func RaiseSignal(sig int) {
	signalState.Lock()
	h, ignored := signalState.handlers[sig], signalState.ignored[sig]
	dfl := sig == int(syscall.SIGINT) && signalState.sigintDfl
	signalState.Unlock()
	switch {
	case h != nil && CurrentThread() == mainThread:
		h(sig, nil)
	case h != nil:
		queueSignal(sig)
	case ignored:
	case sig == int(syscall.SIGINT) && !dfl:
		panic(KeyboardInterrupt.New())
	default:
		Stdout.Flush()
		sendSignal(os.Getpid(), sig)
	}
}

// Kill is os.kill(pid, sig): to the program itself it is raise_signal.
func Kill(pid, sig int) {
	if pid == Getpid() || pid == os.Getpid() {
		RaiseSignal(sig)
		return
	}
	if err := sendSignal(pid, sig); err != nil {
		panic(OSError.New(err.Error()))
	}
}

// sendSignal sends the signal sig to the process pid.
func sendSignal(pid, sig int) error {
	p, err := os.FindProcess(pid)
	if err != nil {
		return err
	}
	return p.Signal(syscall.Signal(sig))
}

// signalsPending reports whether signals wait for their handlers.
func signalsPending() bool {
	signalState.Lock()
	defer signalState.Unlock()
	return len(signalState.pending) > 0
}
