package runtime

import "sync"

var exitHookOnce sync.Once

// ensureExitHook registers, once, the work the interpreter does at exit
// for threads and executors: queued executor work runs to completion, then
// non-daemon threads are joined. Daemon threads and pool workers are
// abandoned.
func ensureExitHook() {
	exitHookOnce.Do(func() {
		AtExit(func() {
			shutdownExecutorsAtExit()
			joinNonDaemonThreads()
		})
	})
}
