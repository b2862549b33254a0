package patterns

func init() {
	// infer/abc.go rewrites abstract base classes into plain ones before
	// inference; the module has nothing else py2go translates.
	Register(&Recognizer{
		Name:    "abc",
		Doc:     "abc: ABC, ABCMeta and @abstractmethod, removed before inference; instantiating an abstract class is refused.",
		Modules: []string{"abc"},
	})
}
