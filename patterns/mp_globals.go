package patterns

// Module globals are Go package variables, shared by every goroutine, but
// a worker process's writes to its globals stay in that process: a global
// set by a Pool initializer is per worker, and the parent never sees a
// worker's writes. Inference finds the functions that run in worker
// processes from the arguments listed here, follows their calls, and
// makes each module global they write (or mutate in place) a per-process
// variable, the runtime's ProcessVar, copied from the parent when a worker
// starts as a forked child's memory is.

// workerArgs maps library callables to the arguments that name functions
// run in a worker process.
var workerArgs = map[string][]string{
	mpPool:                     {"initializer"},
	mpPool + ".apply":          {"func"},
	mpPool + ".apply_async":    {"func"},
	mpPool + ".map":            {"func"},
	mpPool + ".starmap":        {"func"},
	mpPool + ".map_async":      {"func"},
	mpPool + ".starmap_async":  {"func"},
	mpPool + ".imap":           {"func"},
	mpPool + ".imap_unordered": {"func"},
	mpProcess:                  {"target"},
	processPool:                {"initializer"},
	processPool + ".submit":    {"fn"},
	processPool + ".map":       {"fn"},
}

// WorkerArgs returns the parameters of the library callable path whose
// functions run in a worker process; nil for callables that run nothing
// in another process.
func WorkerArgs(path string) []string {
	return workerArgs[path]
}
