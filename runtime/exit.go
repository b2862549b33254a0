package runtime

import "sync"

var exitHookOnce sync.Once

// ensureExitHook registers, once, the work the interpreter does at exit
// for threads, executors and processes: queued executor work runs to
// completion, then non-daemon threads and non-daemon child processes are
// joined. Daemon threads and processes and pool workers are abandoned.
func ensureExitHook() {
	exitHookOnce.Do(func() {
		AtExit(func() {
			shutdownExecutorsAtExit()
			joinNonDaemonThreads()
			joinNonDaemonProcesses()
		})
	})
}
