package runtime

import "sync"

// ProcessVar is a module global written by code that runs in worker
// processes. CPython forks, so each child starts with a copy of the
// parent's globals and its writes stay its own; a ProcessVar gives every
// process its own value, copied from the parent's when the child is
// created. The copy is shallow: generated code that mutates a shared
// object in place (a list's append) must copy it first.
type ProcessVar[T any] struct {
	mu     sync.Mutex
	values map[*process]T
}

// processVars are all ProcessVars, so a new child can copy each of them.
var processVars = struct {
	sync.Mutex
	all []interface{ fork(parent, child *process) }
}{}

// NewProcessVar makes a process-local global whose value in the main
// process is initial.
func NewProcessVar[T any](initial T) *ProcessVar[T] {
	v := &ProcessVar[T]{values: map[*process]T{mainProcess: initial}}
	processVars.Lock()
	processVars.all = append(processVars.all, v)
	processVars.Unlock()
	return v
}

// Get reads the calling process's value.
func (v *ProcessVar[T]) Get() T {
	p := callerProcess()
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.values[p]
}

// Set writes the calling process's value; other processes do not see it.
func (v *ProcessVar[T]) Set(x T) {
	p := callerProcess()
	v.mu.Lock()
	defer v.mu.Unlock()
	v.values[p] = x
}

// fork gives child a copy of parent's value.
func (v *ProcessVar[T]) fork(parent, child *process) {
	v.mu.Lock()
	defer v.mu.Unlock()
	v.values[child] = v.values[parent]
}

// forkProcessVars copies every ProcessVar from parent to a new child.
func forkProcessVars(parent, child *process) {
	processVars.Lock()
	all := processVars.all
	processVars.Unlock()
	for _, v := range all {
		v.fork(parent, child)
	}
}
