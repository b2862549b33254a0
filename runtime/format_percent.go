package runtime

import (
	"math/big"
	"reflect"
	"strings"
)

// StrMod is the string % operator (printf-style formatting): args is a
// tuple for several conversions, a mapping for %(name)s conversions, or a
// single value. Errors are CPython's TypeErrors and ValueErrors.
func StrMod(format string, args Object) string {
	p := &percent{format: format}
	switch a := args.(type) {
	case Tuple:
		p.args = a
	case *Dict:
		p.mapping, p.args = a, Tuple{a}
	default:
		if rv := reflect.ValueOf(args); rv.Kind() == reflect.Map {
			p.mapping = args
		}
		p.args = Tuple{args}
	}
	out := p.run()
	if p.next < len(p.args) && p.mapping == nil {
		panic(TypeError.New("not all arguments converted during string formatting"))
	}
	return out
}

// percent is one application of the % operator.
type percent struct {
	format  string
	args    Tuple
	next    int    // next positional argument
	mapping Object // set when the right operand is a mapping
	usedKey bool
}

func (p *percent) run() string {
	var b strings.Builder
	f := p.format
	for {
		i := strings.IndexByte(f, '%')
		if i < 0 {
			b.WriteString(f)
			return b.String()
		}
		b.WriteString(f[:i])
		f = f[i+1:]
		var conv string
		conv, f = p.convert(f)
		b.WriteString(conv)
	}
}

// nextArg takes the next positional argument.
func (p *percent) nextArg() Object {
	if p.usedKey {
		panic(TypeError.New("format requires a mapping"))
	}
	if p.next >= len(p.args) {
		panic(TypeError.New("not enough arguments for format string"))
	}
	p.next++
	return p.args[p.next-1]
}

// convert formats one conversion whose text starts at f (just after the
// '%') and returns the rest of the format.
func (p *percent) convert(f string) (string, string) {
	var arg Object
	hasArg := false
	if strings.HasPrefix(f, "(") {
		end := strings.IndexByte(f, ')')
		if end < 0 {
			panic(ValueError.New("incomplete format key"))
		}
		if p.mapping == nil {
			panic(TypeError.New("format requires a mapping"))
		}
		arg, hasArg, p.usedKey = GetItem(p.mapping, f[1:end]), true, true
		f = f[end+1:]
	}
	s := formatSpec{fill: ' ', prec: -1, align: '>'}
	zeroFlag := false
flags:
	for ; f != ""; f = f[1:] {
		switch f[0] {
		case '-':
			s.align = '<'
		case '0':
			zeroFlag = true
		case '+':
			s.sign = '+'
		case ' ':
			if s.sign == 0 {
				s.sign = ' '
			}
		case '#':
			s.alt = true
		default:
			break flags
		}
	}
	f = p.number(f, &s.width)
	if strings.HasPrefix(f, ".") {
		s.prec = 0
		f = p.number(f[1:], &s.prec)
	}
	f = strings.TrimLeft(f, "hlL")
	if f == "" {
		panic(ValueError.New("incomplete format"))
	}
	typ := f[0]
	f = f[1:]
	if typ == '%' {
		return "%", f
	}
	if !hasArg {
		arg = p.nextArg()
	}
	if zeroFlag && s.align != '<' {
		s.fill, s.align = '0', '='
	}
	return percentOne(arg, typ, s), f
}

// number reads a width or precision: digits, or '*' taking an argument.
func (p *percent) number(f string, out *int) string {
	if strings.HasPrefix(f, "*") {
		n, ok := intValue(p.nextArg())
		if !ok {
			panic(TypeError.New("* wants int"))
		}
		*out = n
		return f[1:]
	}
	i := 0
	for ; i < len(f) && isDigit(f[i]); i++ {
		*out = *out*10 + int(f[i]-'0')
	}
	return f[i:]
}

func percentOne(arg Object, typ byte, s formatSpec) string {
	switch typ {
	case 's', 'r', 'a':
		text := Str(arg)
		if typ == 'r' {
			text = Repr(arg)
		} else if typ == 'a' {
			text = ASCII(arg)
		}
		if s.prec >= 0 && len([]rune(text)) > s.prec {
			text = string([]rune(text)[:s.prec])
		}
		if s.fill == '0' {
			s.fill, s.align = ' ', '>'
		}
		return padSpec("", text, s, '>')
	case 'd', 'i', 'u':
		s.prec = -1
		return formatInt(percentInt(arg, typ), s)
	case 'x', 'X', 'o':
		n, ok := asNum(arg)
		if !ok || n.kind == floatNum {
			panic(TypeError.New("%" + string(rune(typ)) + " format: an integer is required, not " + TypeName(arg)))
		}
		s.typ, s.prec = typ, -1
		return formatInt(n.big(), s)
	case 'e', 'E', 'f', 'F', 'g', 'G':
		n, ok := asNum(arg)
		if !ok {
			panic(TypeError.New("must be real number, not " + TypeName(arg)))
		}
		s.typ = typ
		if s.prec < 0 {
			s.prec = 6
		}
		return formatFloat(n.float(), s)
	case 'c':
		if str, ok := arg.(string); ok && len([]rune(str)) == 1 {
			return padSpec("", str, s, '>')
		}
		n, ok := intValue(arg)
		if !ok {
			panic(TypeError.New("%c requires int or char"))
		}
		return padSpec("", string(rune(n)), s, '>')
	}
	panic(ValueError.New("unsupported format character '" + string(rune(typ)) + "'"))
}

// percentInt is the integer %d formats: ints as they are, floats
// truncated toward zero.
func percentInt(arg Object, typ byte) *big.Int {
	n, ok := asNum(arg)
	if !ok {
		panic(TypeError.New("%" + string(rune(typ)) + " format: a real number is required, not " + TypeName(arg)))
	}
	if n.kind == floatNum {
		i, _ := big.NewFloat(n.f).Int(nil)
		return i
	}
	return n.big()
}
