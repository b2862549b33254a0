package runtime

import "sync"

// ProcessVar is a module global written by code that runs in worker
// processes. CPython forks, so each child starts with a copy of the
// parent's globals and its writes stay its own; a ProcessVar gives every
// process its own value, copied deeply from the parent's when the child
// is created, so a worker appending to a global list changes only its own
// list.
type ProcessVar[T any] struct {
	mu     sync.Mutex
	values map[*process]*T
}

// processVars are all ProcessVars, so a new child can copy each of them.
var processVars = struct {
	sync.Mutex
	all []interface{ fork(parent, child *process) }
}{}

// NewProcessVar makes a process-local global, the zero value of T in
// every process until it is set. Generated code declares one as a package
// variable: var counter = py.NewProcessVar[int]().
func NewProcessVar[T any]() *ProcessVar[T] {
	v := &ProcessVar[T]{values: map[*process]*T{}}
	processVars.Lock()
	processVars.all = append(processVars.all, v)
	processVars.Unlock()
	return v
}

// Get reads the calling process's value.
func (v *ProcessVar[T]) Get() T { return *v.Ptr() }

// Set writes the calling process's value; other processes do not see it.
func (v *ProcessVar[T]) Set(x T) { *v.Ptr() = x }

// Ptr is the calling process's variable, for generated code that assigns
// to the global (*counter.Ptr() += 1) or appends to it in place. Like a
// package variable it is shared by the threads of one process.
func (v *ProcessVar[T]) Ptr() *T {
	p := callerProcess()
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.ptrLocked(p)
}

// ptrLocked is p's variable, made on first use; v.mu is held.
func (v *ProcessVar[T]) ptrLocked(p *process) *T {
	ptr := v.values[p]
	if ptr == nil {
		ptr = new(T)
		v.values[p] = ptr
	}
	return ptr
}

// fork gives child a deep copy of parent's value.
func (v *ProcessVar[T]) fork(parent, child *process) {
	v.mu.Lock()
	defer v.mu.Unlock()
	x := ProcessCopy(*v.ptrLocked(parent))
	v.values[child] = &x
}

// forkProcessVars copies every ProcessVar from parent to a new child, and
// gives the child its handles to the parent's pipes.
func forkProcessVars(parent, child *process) {
	forkPipes(parent, child)
	processVars.Lock()
	all := processVars.all
	processVars.Unlock()
	for _, v := range all {
		v.fork(parent, child)
	}
}
