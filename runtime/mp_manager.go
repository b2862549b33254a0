package runtime

// Manager is multiprocessing.Manager(): its list and dict proxies are
// shared by every process that holds them, and each operation on them is
// atomic, as each is one request to the manager's server process. Here
// processes share memory, so a proxy is the runtime's List or Dict
// itself; both lock every operation.
type Manager struct{}

// NewManager is multiprocessing.Manager(), started.
func NewManager() *Manager { return &Manager{} }

// List is manager.list(items): a shared list, empty or with the items of
// an iterable.
func (m *Manager) List(items Object) Object {
	if items == nil {
		return markShared(NewList())
	}
	return markShared(NewList(ItemsOf[Object](items)...))
}

// Dict is manager.dict(): a shared, empty dict.
func (m *Manager) Dict() Object { return markShared(NewDict()) }

// Shutdown is manager.shutdown() and the end of `with Manager()`: the
// proxies stay usable in this process, which is all a program can
// observe after its children are done.
func (m *Manager) Shutdown() {}
