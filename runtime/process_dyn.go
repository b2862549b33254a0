package runtime

// A process held as a dynamic value (a variable that holds a Process and
// a Process subclass in turn, a list of both) is reached by CallMethod
// and GetAttr through these, as a Thread is (thread_dyn.go).

// PyMethod lets CallMethod reach a Process's methods.
func (p *Process) PyMethod(name string, args []Object) (Object, bool) {
	switch name {
	case "start":
		CheckArgs(name, args, 0, 0)
		p.Start()
		return nil, true
	case "join":
		CheckArgs(name, args, 0, 1)
		if timeout := Arg(args, 0, nil); timeout != nil {
			p.JoinTimeout(ToFloat(timeout))
		} else {
			p.Join()
		}
		return nil, true
	case "is_alive":
		CheckArgs(name, args, 0, 0)
		return p.IsAlive(), true
	case "terminate", "kill":
		CheckArgs(name, args, 0, 0)
		p.Terminate()
		return nil, true
	}
	return nil, false
}

// PyGetAttr lets GetAttr read a Process's attributes.
func (p *Process) PyGetAttr(name string) (Object, bool) {
	switch name {
	case "name":
		return p.Name(), true
	case "daemon":
		return p.Daemon(), true
	case "exitcode":
		return p.ExitCode(), true
	case "pid":
		return p.Pid(), true
	}
	return nil, false
}
