package patterns

import (
	"fmt"
	"strings"

	"github.com/py2go/py2go/ast"
)

// ParamKind is how a parameter accepts arguments.
type ParamKind int

// The parameter kinds, as in Python's inspect module.
const (
	PositionalOrKeyword ParamKind = iota
	PositionalOnly
	KeywordOnly
	VarPositional
	VarKeyword
)

// Param is one parameter of a library signature.
type Param struct {
	Name       string
	Kind       ParamKind
	HasDefault bool
}

// Signature is a library callable's Python signature, used to bind the
// arguments of a call the way Python would.
type Signature struct {
	Name   string
	Params []Param
	// SpreadKw is set for callables whose recognizer handles a **mapping
	// argument (executor.submit and asyncio.to_thread pass it on to the
	// function they call, str.format reads it): it goes to VarKw as a
	// keyword without a name.
	SpreadKw bool
	// SpreadOptions is set for constructors whose recognizer reads the
	// keys of a **mapping argument at run time (Thread(**kw), and
	// super().__init__(**kw) in a Thread subclass): it goes to VarKw
	// though the signature has no **kwargs.
	SpreadOptions bool
}

// Sig parses a signature written as in Python without annotations and with
// defaults only marked: "fn, /, *args, **kwargs" or
// "processes=None, initializer=None". The default's text is not used: the
// recognizer decides what an absent argument means.
func Sig(name, spec string) *Signature {
	s := &Signature{Name: name}
	kind := PositionalOrKeyword
	for _, part := range strings.Split(spec, ",") {
		part = strings.TrimSpace(part)
		switch {
		case part == "":
			continue
		case part == "/":
			for i := range s.Params {
				s.Params[i].Kind = PositionalOnly
			}
			continue
		case part == "*":
			kind = KeywordOnly
			continue
		case strings.HasPrefix(part, "**"):
			s.Params = append(s.Params, Param{Name: part[2:], Kind: VarKeyword})
			continue
		case strings.HasPrefix(part, "*"):
			s.Params = append(s.Params, Param{Name: part[1:], Kind: VarPositional})
			kind = KeywordOnly
			continue
		}
		name, _, hasDefault := strings.Cut(part, "=")
		s.Params = append(s.Params, Param{Name: strings.TrimSpace(name), Kind: kind, HasDefault: hasDefault})
	}
	return s
}

// Bound is a call's arguments matched to a signature's parameters.
type Bound struct {
	named map[string]ast.Expr
	// VarArgs are the positional arguments that went to *args.
	VarArgs []ast.Expr
	// VarKw are the keyword arguments that went to **kwargs.
	VarKw []*ast.Keyword
}

// Get returns the argument bound to the parameter name, or nil.
func (b *Bound) Get(name string) ast.Expr { return b.named[name] }

// Has reports whether the parameter name received an argument.
func (b *Bound) Has(name string) bool { return b.named[name] != nil }

// Bind matches the arguments of call to s as Python does, or explains why
// Python would raise TypeError.
func (s *Signature) Bind(call *ast.Call) (*Bound, error) {
	b := &Bound{named: map[string]ast.Expr{}}
	if err := s.bindPositional(b, call.Args); err != nil {
		return nil, err
	}
	for _, kw := range call.Keywords {
		if err := s.bindKeyword(b, kw); err != nil {
			return nil, err
		}
	}
	for _, p := range s.Params {
		if (p.Kind == PositionalOrKeyword || p.Kind == PositionalOnly || p.Kind == KeywordOnly) &&
			!p.HasDefault && b.named[p.Name] == nil {
			return nil, fmt.Errorf("%s() missing required argument: '%s'", s.Name, p.Name)
		}
	}
	return b, nil
}

func (s *Signature) bindPositional(b *Bound, args []ast.Expr) error {
	i := 0
	for _, a := range args {
		if _, ok := a.(*ast.Starred); ok && !s.starredGoesToVarArgs(i) {
			return fmt.Errorf("not supported yet: *arguments in a call to %s()", s.Name)
		}
		for i < len(s.Params) && s.Params[i].Kind != PositionalOnly && s.Params[i].Kind != PositionalOrKeyword &&
			s.Params[i].Kind != VarPositional {
			i++
		}
		if i >= len(s.Params) {
			return fmt.Errorf("%s() takes %d positional arguments but %d were given", s.Name, s.positional(), len(args))
		}
		if s.Params[i].Kind == VarPositional {
			b.VarArgs = append(b.VarArgs, a)
			continue
		}
		b.named[s.Params[i].Name] = a
		i++
	}
	return nil
}

func (s *Signature) bindKeyword(b *Bound, kw *ast.Keyword) error {
	if kw.Arg == "" && (s.SpreadKw && s.hasKind(VarKeyword) || s.SpreadOptions) {
		b.VarKw = append(b.VarKw, kw)
		return nil
	}
	if kw.Arg == "" {
		return fmt.Errorf("not supported yet: **arguments in a call to %s()", s.Name)
	}
	for _, p := range s.Params {
		if p.Name != kw.Arg || p.Kind == PositionalOnly || p.Kind == VarPositional || p.Kind == VarKeyword {
			continue
		}
		if b.named[p.Name] != nil {
			return fmt.Errorf("%s() got multiple values for argument '%s'", s.Name, p.Name)
		}
		b.named[p.Name] = kw.Value
		return nil
	}
	for _, p := range s.Params {
		if p.Kind == VarKeyword {
			b.VarKw = append(b.VarKw, kw)
			return nil
		}
	}
	return fmt.Errorf("%s() got an unexpected keyword argument '%s'", s.Name, kw.Arg)
}

func (s *Signature) hasKind(k ParamKind) bool {
	for _, p := range s.Params {
		if p.Kind == k {
			return true
		}
	}
	return false
}

func (s *Signature) positional() int {
	n := 0
	for _, p := range s.Params {
		if p.Kind == PositionalOnly || p.Kind == PositionalOrKeyword {
			n++
		}
	}
	return n
}

// starredGoesToVarArgs reports whether a *argument at parameter index i
// can only land in *args (print(*xs)): the recognizer then sees the
// Starred node among VarArgs and expands it, or reports it.
func (s *Signature) starredGoesToVarArgs(i int) bool {
	for ; i < len(s.Params); i++ {
		switch s.Params[i].Kind {
		case VarPositional:
			return true
		case PositionalOnly, PositionalOrKeyword:
			return false
		}
	}
	return false
}
