package parser

import (
	"fmt"
	"math/big"
	"reflect"
	"strconv"
	"strings"

	"github.com/py2go/py2go/ast"
)

// Dump renders a node (or a *ast.Module, or a []ast.Stmt) compactly, in the
// spirit of CPython's ast.dump: `Type(field=value, ...)`, leaving out
// positions, nil fields, empty lists, false flags and the Load context. It
// exists for tests and debugging.
func Dump(node any) string {
	var b strings.Builder
	dumpValue(&b, reflect.ValueOf(node))
	return b.String()
}

func dumpValue(b *strings.Builder, v reflect.Value) {
	switch v.Kind() {
	case reflect.Invalid:
		b.WriteString("None")
	case reflect.Interface, reflect.Pointer:
		if v.IsNil() {
			b.WriteString("None")
			return
		}
		if bi, ok := v.Interface().(*big.Int); ok {
			b.WriteString(bi.String())
			return
		}
		dumpValue(b, v.Elem())
	case reflect.Slice:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			dumpBytes(b, v.Bytes())
			return
		}
		b.WriteByte('[')
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				b.WriteString(", ")
			}
			dumpValue(b, v.Index(i))
		}
		b.WriteByte(']')
	case reflect.Struct:
		if k, ok := v.Interface().(ast.Constant); ok && k.Kind == ast.ConstEllipsis {
			b.WriteString("Constant(Value=...)")
			return
		}
		dumpStruct(b, v)
	case reflect.String:
		fmt.Fprintf(b, "%q", v.String())
	default:
		dumpScalar(b, v)
	}
}

// dumpBytes quotes bytes one by one, so non-ASCII bytes show as \xNN
// rather than as whatever UTF-8 they might happen to spell.
func dumpBytes(b *strings.Builder, v []byte) {
	b.WriteString(`b"`)
	for _, c := range v {
		switch {
		case c == '"' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c >= 0x20 && c < 0x7f:
			b.WriteByte(c)
		default:
			q := strconv.QuoteToASCII(string([]byte{c}))
			if c >= 0x80 {
				q = fmt.Sprintf(`"\x%02x"`, c)
			}
			b.WriteString(q[1 : len(q)-1])
		}
	}
	b.WriteByte('"')
}

func dumpScalar(b *strings.Builder, v reflect.Value) {
	switch x := v.Interface().(type) {
	case ast.Context:
		b.WriteString([]string{"Load", "Store", "Del"}[x])
	case ast.ConstKind:
		fmt.Fprint(b, int(x))
	case fmt.Stringer:
		b.WriteString(x.String())
	case rune:
		fmt.Fprintf(b, "%q", x)
	case float64:
		b.WriteString(formatFloat(x))
	case complex128:
		fmt.Fprintf(b, "(%s+%si)", formatFloat(real(x)), formatFloat(imag(x)))
	default:
		fmt.Fprint(b, x)
	}
}

// formatFloat prints all 17 significant digits, so a dump shows exactly
// which float a literal became.
func formatFloat(f float64) string { return strconv.FormatFloat(f, 'g', 17, 64) }

func dumpStruct(b *strings.Builder, v reflect.Value) {
	t := v.Type()
	b.WriteString(t.Name())
	b.WriteByte('(')
	first := true
	for i := 0; i < t.NumField(); i++ {
		f := v.Field(i)
		name := t.Field(i).Name
		if t.Field(i).Anonymous || name == "P" || name == "Kind" && t.Name() == "Constant" || skipField(f) {
			continue
		}
		if !first {
			b.WriteString(", ")
		}
		first = false
		fmt.Fprintf(b, "%s=", name)
		dumpValue(b, f)
	}
	b.WriteByte(')')
}

// skipField leaves out fields at their zero value, which keeps dumps short.
func skipField(f reflect.Value) bool {
	switch f.Kind() {
	case reflect.Slice:
		return f.Len() == 0 && f.Type().Elem().Kind() != reflect.Uint8
	case reflect.Interface, reflect.Pointer:
		return f.IsNil()
	case reflect.Bool:
		return !f.Bool()
	case reflect.String:
		return f.String() == ""
	case reflect.Int, reflect.Int32:
		return f.Int() == 0 && f.Type() != reflect.TypeOf(0)
	}
	return false
}
