package runtime

import (
	"fmt"
	"sync"
)

// multiprocessing.Pipe(): two Connections over OS pipes. Each process
// holds its own handles to them: a forked child inherits a handle to
// every end its parent holds open, close() closes only the caller's
// handle, and a process's handles close when it exits. recv() on one end
// raises EOFError once no process holds the other end open and nothing
// is left to read, which is why Python programs close their copy of the
// child's end after starting it. The runtime keeps, per end, the set of
// processes holding it, and forks and releases it with the processes.

// pipe is the state both ends share.
type pipe struct {
	mu sync.Mutex
	// bufs[i] holds what was sent to end i and not yet received.
	bufs [2][]Object
	// holders[i] are the processes with end i open.
	holders [2]map[*process]bool
	// changed is closed and replaced whenever something arrives or an
	// end closes, waking receivers.
	changed chan struct{}
}

// Connection is one end of a Pipe.
type Connection struct {
	p       *pipe
	side    int
	canRecv bool
	canSend bool
}

// livePipes are the pipes some process still holds, for fork and exit.
var livePipes = struct {
	sync.Mutex
	m map[*pipe]struct{}
}{m: map[*pipe]struct{}{}}

// NewPipe is multiprocessing.Pipe(duplex): both ends can send and receive
// when duplex; otherwise the first can only receive and the second only
// send. It returns the pair as a tuple.
func NewPipe(duplex bool) Tuple {
	me := callerProcess()
	p := &pipe{changed: make(chan struct{})}
	p.holders[0] = map[*process]bool{me: true}
	p.holders[1] = map[*process]bool{me: true}
	livePipes.Lock()
	livePipes.m[p] = struct{}{}
	livePipes.Unlock()
	a := &Connection{p: p, side: 0, canRecv: true, canSend: duplex}
	b := &Connection{p: p, side: 1, canRecv: duplex, canSend: true}
	return Tuple{a, b}
}

// broadcast wakes every waiter; p.mu is held.
func (p *pipe) broadcast() {
	close(p.changed)
	p.changed = make(chan struct{})
}

// checkOpen raises OSError when the caller's handle is closed; c.p.mu is
// held.
func (c *Connection) checkOpen() {
	if !c.p.holders[c.side][callerProcess()] {
		panic(OSError.New("handle is closed"))
	}
}

// Send is conn.send(obj): obj is pickled, so the receiver gets a copy.
func (c *Connection) Send(obj Object) {
	obj = Pickled(obj)
	c.p.mu.Lock()
	defer c.p.mu.Unlock()
	c.checkOpen()
	if !c.canSend {
		panic(OSError.New("connection is read-only"))
	}
	c.p.bufs[1-c.side] = append(c.p.bufs[1-c.side], obj)
	c.p.broadcast()
}

// Recv is conn.recv(): the next object sent from the other end, waiting
// for one; EOFError when the other end is closed everywhere.
func (c *Connection) Recv() Object {
	for {
		c.p.mu.Lock()
		c.checkOpen()
		if !c.canRecv {
			c.p.mu.Unlock()
			panic(OSError.New("connection is write-only"))
		}
		if buf := c.p.bufs[c.side]; len(buf) > 0 {
			obj := buf[0]
			c.p.bufs[c.side] = buf[1:]
			c.p.mu.Unlock()
			return obj
		}
		if len(c.p.holders[1-c.side]) == 0 {
			c.p.mu.Unlock()
			panic(EOFError.New())
		}
		changed := c.p.changed
		c.p.mu.Unlock()
		waitChan(changed, NoTimeout)
	}
}

// Poll is conn.poll(timeout): whether recv() would return at once (data,
// or EOF), waiting up to timeout seconds; poll() does not wait.
func (c *Connection) Poll(timeout float64) bool {
	deadline := deadlineFor(timeout)
	for {
		c.p.mu.Lock()
		c.checkOpen()
		if len(c.p.bufs[c.side]) > 0 || len(c.p.holders[1-c.side]) == 0 {
			c.p.mu.Unlock()
			return true
		}
		changed := c.p.changed
		c.p.mu.Unlock()
		left := remaining(deadline)
		if left == 0 {
			return false
		}
		waitChan(changed, left)
	}
}

// Close is conn.close(): closes the caller's handle only. Closing twice is
// allowed.
func (c *Connection) Close() {
	c.p.mu.Lock()
	delete(c.p.holders[c.side], callerProcess())
	c.p.broadcast()
	done := len(c.p.holders[0]) == 0 && len(c.p.holders[1]) == 0
	c.p.mu.Unlock()
	if done {
		livePipes.Lock()
		delete(livePipes.m, c.p)
		livePipes.Unlock()
	}
}

// PyRepr is repr(conn).
func (c *Connection) PyRepr() string {
	return fmt.Sprintf("<multiprocessing.connection.Connection object at %p>", c)
}

// PyTypeName is type(conn).__name__.
func (c *Connection) PyTypeName() string { return "Connection" }

// eachPipe calls f on every live pipe with its lock held.
func eachPipe(f func(p *pipe)) {
	livePipes.Lock()
	all := make([]*pipe, 0, len(livePipes.m))
	for p := range livePipes.m {
		all = append(all, p)
	}
	livePipes.Unlock()
	for _, p := range all {
		p.mu.Lock()
		f(p)
		p.mu.Unlock()
	}
}

// forkPipes gives a new child a handle to every pipe end its parent holds
// open.
func forkPipes(parent, child *process) {
	eachPipe(func(p *pipe) {
		for _, h := range p.holders {
			if h[parent] {
				h[child] = true
			}
		}
	})
}

// releasePipes closes the handles of a process that exited.
func releasePipes(proc *process) {
	eachPipe(func(p *pipe) {
		for _, h := range p.holders {
			delete(h, proc)
		}
		p.broadcast()
	})
}
