package runtime

// AsyncCondition is asyncio.Condition: tasks wait, holding its lock,
// until another task notifies them; the lock is released while they
// wait and taken again before wait returns.
type AsyncCondition struct {
	lock *AsyncLock
	ws   waiters
}

// NewAsyncCondition is asyncio.Condition().
func NewAsyncCondition() *AsyncCondition { return &AsyncCondition{lock: NewAsyncLock()} }

// Acquire is `await cond.acquire()`.
func (c *AsyncCondition) Acquire() *Coro[bool] { return c.lock.Acquire() }

// Release is cond.release().
func (c *AsyncCondition) Release() { c.lock.Release() }

// Locked is cond.locked().
func (c *AsyncCondition) Locked() bool { return c.lock.Locked() }

// AEnter is `async with cond:` entering: its lock is acquired.
func (c *AsyncCondition) AEnter() { c.lock.Acquire().Await() }

// AExit is the end of `async with cond:`.
func (c *AsyncCondition) AExit() { c.lock.Release() }

// Wait is `await cond.wait()`: the lock is released until the task is
// notified, then taken again, also when the wait is cancelled.
func (c *AsyncCondition) Wait() *Coro[bool] {
	return NewCoro("Condition.wait", func() bool {
		c.wait()
		return true
	})
}

func (c *AsyncCondition) wait() {
	if !c.lock.Locked() {
		panic(RuntimeError.New("cannot wait on un-acquired lock"))
	}
	c.lock.Release()
	err := Catch(c.ws.park)
	c.lock.Acquire().Await()
	if err != nil {
		panic(err)
	}
}

// ConditionWaitFor is `await cond.wait_for(predicate)`: wait until the
// predicate is true, checking it first and after each notification; its
// last value is the result.
func ConditionWaitFor[T any](c *AsyncCondition, predicate func() T) *Coro[T] {
	return NewCoro("Condition.wait_for", func() T {
		r := predicate()
		for !Truthy(r) {
			c.wait()
			r = predicate()
		}
		return r
	})
}

// Notify is cond.notify(n): up to n waiting tasks wake.
func (c *AsyncCondition) Notify(n int) {
	if !c.lock.Locked() {
		panic(RuntimeError.New("cannot notify on un-acquired lock"))
	}
	for i := 0; i < n && len(c.ws) > 0; i++ {
		c.ws.wakeNext()
	}
}

// NotifyAll is cond.notify_all(): every waiting task wakes.
func (c *AsyncCondition) NotifyAll() { c.Notify(len(c.ws)) }
