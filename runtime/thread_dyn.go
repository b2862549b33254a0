package runtime

// A thread kept in a variable or field that is None at first (self.thread
// = None in __init__, a Thread later) is a dynamic value; CallMethod and
// GetAttr reach its methods and attributes through these.

// PyMethod lets CallMethod reach a Thread's methods.
func (t *Thread) PyMethod(name string, args []Object) (Object, bool) {
	switch name {
	case "start":
		CheckArgs(name, args, 0, 0)
		t.Start()
		return nil, true
	case "join":
		CheckArgs(name, args, 0, 1)
		if timeout := Arg(args, 0, nil); timeout != nil {
			t.JoinTimeout(ToFloat(timeout))
		} else {
			t.Join()
		}
		return nil, true
	case "is_alive":
		CheckArgs(name, args, 0, 0)
		return t.IsAlive(), true
	}
	return nil, false
}

// PyGetAttr lets GetAttr read a Thread's attributes.
func (t *Thread) PyGetAttr(name string) (Object, bool) {
	switch name {
	case "name":
		return t.Name(), true
	case "daemon":
		return t.Daemon(), true
	case "ident":
		return t.Ident(), true
	}
	return nil, false
}
