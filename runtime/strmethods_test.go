package runtime

import (
	"reflect"
	"testing"
)

// strMethodForTest calls the runtime's implementation of a str method.
func strMethodForTest(method, s string, args []Object) Object {
	switch method {
	case "split":
		return SplitWhite(s, -1)
	case "rsplit1":
		return RSplitWhite(s, 1)
	case "split2":
		return SplitWhite(s, 2)
	case "splitlines":
		return Splitlines(s, false)
	case "splitlinesk":
		return Splitlines(s, true)
	case "strip":
		return Strip(s, nil)
	case "capitalize":
		return Capitalize(s)
	case "title":
		return Title(s)
	case "swapcase":
		return Swapcase(s)
	case "upper":
		return Upper(s)
	case "casefold":
		return Casefold(s)
	case "center9":
		return Center(s, 9, "*")
	case "zfill8":
		return Zfill(s, 8)
	case "splitsep":
		return Split(s, args[0].(string), args[1].(int))
	case "rsplitsep":
		return RSplit(s, args[0].(string), args[1].(int))
	case "find":
		return Find(s, args[0].(string), nil, nil)
	case "rfind":
		return RFind(s, args[0].(string), nil, nil)
	case "count":
		return StrCount(s, args[0].(string), nil, nil)
	case "find2":
		return Find(s, args[0].(string), 2, nil)
	case "findneg":
		return Find(s, args[0].(string), -5, -1)
	}
	return strTests[method](s)
}

// TestStrMethods checks the str methods against CPython 3.11's results.
func TestStrMethods(t *testing.T) {
	cases := []struct {
		method, s string
		args      []Object
		want      Object
	}{
		{"split", "  the quick  brown\tfox \n", []Object{}, []string{"the", "quick", "brown", "fox"}},
		{"rsplit1", "  the quick  brown\tfox \n", []Object{}, []string{"  the quick  brown", "fox"}},
		{"split2", "  the quick  brown\tfox \n", []Object{}, []string{"the", "quick", "brown\tfox \n"}},
		{"splitlines", "  the quick  brown\tfox \n", []Object{}, []string{"  the quick  brown\tfox "}},
		{"splitlinesk", "  the quick  brown\tfox \n", []Object{}, []string{"  the quick  brown\tfox \n"}},
		{"strip", "  the quick  brown\tfox \n", []Object{}, "the quick  brown\tfox"},
		{"capitalize", "  the quick  brown\tfox \n", []Object{}, "  the quick  brown\tfox \n"},
		{"title", "  the quick  brown\tfox \n", []Object{}, "  The Quick  Brown\tFox \n"},
		{"swapcase", "  the quick  brown\tfox \n", []Object{}, "  THE QUICK  BROWN\tFOX \n"},
		{"upper", "  the quick  brown\tfox \n", []Object{}, "  THE QUICK  BROWN\tFOX \n"},
		{"casefold", "  the quick  brown\tfox \n", []Object{}, "  the quick  brown\tfox \n"},
		{"isdigit", "  the quick  brown\tfox \n", []Object{}, false},
		{"isalpha", "  the quick  brown\tfox \n", []Object{}, false},
		{"isalnum", "  the quick  brown\tfox \n", []Object{}, false},
		{"isspace", "  the quick  brown\tfox \n", []Object{}, false},
		{"isupper", "  the quick  brown\tfox \n", []Object{}, false},
		{"islower", "  the quick  brown\tfox \n", []Object{}, true},
		{"istitle", "  the quick  brown\tfox \n", []Object{}, false},
		{"center9", "  the quick  brown\tfox \n", []Object{}, "  the quick  brown\tfox \n"},
		{"zfill8", "  the quick  brown\tfox \n", []Object{}, "  the quick  brown\tfox \n"},
		{"split", "a,b,,c", []Object{}, []string{"a,b,,c"}},
		{"rsplit1", "a,b,,c", []Object{}, []string{"a,b,,c"}},
		{"split2", "a,b,,c", []Object{}, []string{"a,b,,c"}},
		{"splitlines", "a,b,,c", []Object{}, []string{"a,b,,c"}},
		{"splitlinesk", "a,b,,c", []Object{}, []string{"a,b,,c"}},
		{"strip", "a,b,,c", []Object{}, "a,b,,c"},
		{"capitalize", "a,b,,c", []Object{}, "A,b,,c"},
		{"title", "a,b,,c", []Object{}, "A,B,,C"},
		{"swapcase", "a,b,,c", []Object{}, "A,B,,C"},
		{"upper", "a,b,,c", []Object{}, "A,B,,C"},
		{"casefold", "a,b,,c", []Object{}, "a,b,,c"},
		{"isdigit", "a,b,,c", []Object{}, false},
		{"isalpha", "a,b,,c", []Object{}, false},
		{"isalnum", "a,b,,c", []Object{}, false},
		{"isspace", "a,b,,c", []Object{}, false},
		{"isupper", "a,b,,c", []Object{}, false},
		{"islower", "a,b,,c", []Object{}, true},
		{"istitle", "a,b,,c", []Object{}, false},
		{"center9", "a,b,,c", []Object{}, "**a,b,,c*"},
		{"zfill8", "a,b,,c", []Object{}, "00a,b,,c"},
		{"split", "", []Object{}, []string{}},
		{"rsplit1", "", []Object{}, []string{}},
		{"split2", "", []Object{}, []string{}},
		{"splitlines", "", []Object{}, []string{}},
		{"splitlinesk", "", []Object{}, []string{}},
		{"strip", "", []Object{}, ""},
		{"capitalize", "", []Object{}, ""},
		{"title", "", []Object{}, ""},
		{"swapcase", "", []Object{}, ""},
		{"upper", "", []Object{}, ""},
		{"casefold", "", []Object{}, ""},
		{"isdigit", "", []Object{}, false},
		{"isalpha", "", []Object{}, false},
		{"isalnum", "", []Object{}, false},
		{"isspace", "", []Object{}, false},
		{"isupper", "", []Object{}, false},
		{"islower", "", []Object{}, false},
		{"istitle", "", []Object{}, false},
		{"center9", "", []Object{}, "*********"},
		{"zfill8", "", []Object{}, "00000000"},
		{"split", "one\ntwo\r\nthree\rfour\n", []Object{}, []string{"one", "two", "three", "four"}},
		{"rsplit1", "one\ntwo\r\nthree\rfour\n", []Object{}, []string{"one\ntwo\r\nthree", "four"}},
		{"split2", "one\ntwo\r\nthree\rfour\n", []Object{}, []string{"one", "two", "three\rfour\n"}},
		{"splitlines", "one\ntwo\r\nthree\rfour\n", []Object{}, []string{"one", "two", "three", "four"}},
		{"splitlinesk", "one\ntwo\r\nthree\rfour\n", []Object{}, []string{"one\n", "two\r\n", "three\r", "four\n"}},
		{"strip", "one\ntwo\r\nthree\rfour\n", []Object{}, "one\ntwo\r\nthree\rfour"},
		{"capitalize", "one\ntwo\r\nthree\rfour\n", []Object{}, "One\ntwo\r\nthree\rfour\n"},
		{"title", "one\ntwo\r\nthree\rfour\n", []Object{}, "One\nTwo\r\nThree\rFour\n"},
		{"swapcase", "one\ntwo\r\nthree\rfour\n", []Object{}, "ONE\nTWO\r\nTHREE\rFOUR\n"},
		{"upper", "one\ntwo\r\nthree\rfour\n", []Object{}, "ONE\nTWO\r\nTHREE\rFOUR\n"},
		{"casefold", "one\ntwo\r\nthree\rfour\n", []Object{}, "one\ntwo\r\nthree\rfour\n"},
		{"isdigit", "one\ntwo\r\nthree\rfour\n", []Object{}, false},
		{"isalpha", "one\ntwo\r\nthree\rfour\n", []Object{}, false},
		{"isalnum", "one\ntwo\r\nthree\rfour\n", []Object{}, false},
		{"isspace", "one\ntwo\r\nthree\rfour\n", []Object{}, false},
		{"isupper", "one\ntwo\r\nthree\rfour\n", []Object{}, false},
		{"islower", "one\ntwo\r\nthree\rfour\n", []Object{}, true},
		{"istitle", "one\ntwo\r\nthree\rfour\n", []Object{}, false},
		{"center9", "one\ntwo\r\nthree\rfour\n", []Object{}, "one\ntwo\r\nthree\rfour\n"},
		{"zfill8", "one\ntwo\r\nthree\rfour\n", []Object{}, "one\ntwo\r\nthree\rfour\n"},
		{"split", "h\u00e9llo w\u00f6rld", []Object{}, []string{"h\u00e9llo", "w\u00f6rld"}},
		{"rsplit1", "h\u00e9llo w\u00f6rld", []Object{}, []string{"h\u00e9llo", "w\u00f6rld"}},
		{"split2", "h\u00e9llo w\u00f6rld", []Object{}, []string{"h\u00e9llo", "w\u00f6rld"}},
		{"splitlines", "h\u00e9llo w\u00f6rld", []Object{}, []string{"h\u00e9llo w\u00f6rld"}},
		{"splitlinesk", "h\u00e9llo w\u00f6rld", []Object{}, []string{"h\u00e9llo w\u00f6rld"}},
		{"strip", "h\u00e9llo w\u00f6rld", []Object{}, "h\u00e9llo w\u00f6rld"},
		{"capitalize", "h\u00e9llo w\u00f6rld", []Object{}, "H\u00e9llo w\u00f6rld"},
		{"title", "h\u00e9llo w\u00f6rld", []Object{}, "H\u00e9llo W\u00f6rld"},
		{"swapcase", "h\u00e9llo w\u00f6rld", []Object{}, "H\u00c9LLO W\u00d6RLD"},
		{"upper", "h\u00e9llo w\u00f6rld", []Object{}, "H\u00c9LLO W\u00d6RLD"},
		{"casefold", "h\u00e9llo w\u00f6rld", []Object{}, "h\u00e9llo w\u00f6rld"},
		{"isdigit", "h\u00e9llo w\u00f6rld", []Object{}, false},
		{"isalpha", "h\u00e9llo w\u00f6rld", []Object{}, false},
		{"isalnum", "h\u00e9llo w\u00f6rld", []Object{}, false},
		{"isspace", "h\u00e9llo w\u00f6rld", []Object{}, false},
		{"isupper", "h\u00e9llo w\u00f6rld", []Object{}, false},
		{"islower", "h\u00e9llo w\u00f6rld", []Object{}, true},
		{"istitle", "h\u00e9llo w\u00f6rld", []Object{}, false},
		{"center9", "h\u00e9llo w\u00f6rld", []Object{}, "h\u00e9llo w\u00f6rld"},
		{"zfill8", "h\u00e9llo w\u00f6rld", []Object{}, "h\u00e9llo w\u00f6rld"},
		{"split", "they're bill's", []Object{}, []string{"they're", "bill's"}},
		{"rsplit1", "they're bill's", []Object{}, []string{"they're", "bill's"}},
		{"split2", "they're bill's", []Object{}, []string{"they're", "bill's"}},
		{"splitlines", "they're bill's", []Object{}, []string{"they're bill's"}},
		{"splitlinesk", "they're bill's", []Object{}, []string{"they're bill's"}},
		{"strip", "they're bill's", []Object{}, "they're bill's"},
		{"capitalize", "they're bill's", []Object{}, "They're bill's"},
		{"title", "they're bill's", []Object{}, "They'Re Bill'S"},
		{"swapcase", "they're bill's", []Object{}, "THEY'RE BILL'S"},
		{"upper", "they're bill's", []Object{}, "THEY'RE BILL'S"},
		{"casefold", "they're bill's", []Object{}, "they're bill's"},
		{"isdigit", "they're bill's", []Object{}, false},
		{"isalpha", "they're bill's", []Object{}, false},
		{"isalnum", "they're bill's", []Object{}, false},
		{"isspace", "they're bill's", []Object{}, false},
		{"isupper", "they're bill's", []Object{}, false},
		{"islower", "they're bill's", []Object{}, true},
		{"istitle", "they're bill's", []Object{}, false},
		{"center9", "they're bill's", []Object{}, "they're bill's"},
		{"zfill8", "they're bill's", []Object{}, "they're bill's"},
		{"split", "\u00df stra\u00dfe", []Object{}, []string{"\u00df", "stra\u00dfe"}},
		{"rsplit1", "\u00df stra\u00dfe", []Object{}, []string{"\u00df", "stra\u00dfe"}},
		{"split2", "\u00df stra\u00dfe", []Object{}, []string{"\u00df", "stra\u00dfe"}},
		{"splitlines", "\u00df stra\u00dfe", []Object{}, []string{"\u00df stra\u00dfe"}},
		{"splitlinesk", "\u00df stra\u00dfe", []Object{}, []string{"\u00df stra\u00dfe"}},
		{"strip", "\u00df stra\u00dfe", []Object{}, "\u00df stra\u00dfe"},
		{"capitalize", "\u00df stra\u00dfe", []Object{}, "Ss stra\u00dfe"},
		{"title", "\u00df stra\u00dfe", []Object{}, "Ss Stra\u00dfe"},
		{"swapcase", "\u00df stra\u00dfe", []Object{}, "SS STRASSE"},
		{"upper", "\u00df stra\u00dfe", []Object{}, "SS STRASSE"},
		{"casefold", "\u00df stra\u00dfe", []Object{}, "ss strasse"},
		{"isdigit", "\u00df stra\u00dfe", []Object{}, false},
		{"isalpha", "\u00df stra\u00dfe", []Object{}, false},
		{"isalnum", "\u00df stra\u00dfe", []Object{}, false},
		{"isspace", "\u00df stra\u00dfe", []Object{}, false},
		{"isupper", "\u00df stra\u00dfe", []Object{}, false},
		{"islower", "\u00df stra\u00dfe", []Object{}, true},
		{"istitle", "\u00df stra\u00dfe", []Object{}, false},
		{"center9", "\u00df stra\u00dfe", []Object{}, "*\u00df stra\u00dfe"},
		{"zfill8", "\u00df stra\u00dfe", []Object{}, "\u00df stra\u00dfe"},
		{"split", "x\u001cy", []Object{}, []string{"x", "y"}},
		{"rsplit1", "x\u001cy", []Object{}, []string{"x", "y"}},
		{"split2", "x\u001cy", []Object{}, []string{"x", "y"}},
		{"splitlines", "x\u001cy", []Object{}, []string{"x", "y"}},
		{"splitlinesk", "x\u001cy", []Object{}, []string{"x\u001c", "y"}},
		{"strip", "x\u001cy", []Object{}, "x\u001cy"},
		{"capitalize", "x\u001cy", []Object{}, "X\u001cy"},
		{"title", "x\u001cy", []Object{}, "X\u001cY"},
		{"swapcase", "x\u001cy", []Object{}, "X\u001cY"},
		{"upper", "x\u001cy", []Object{}, "X\u001cY"},
		{"casefold", "x\u001cy", []Object{}, "x\u001cy"},
		{"isdigit", "x\u001cy", []Object{}, false},
		{"isalpha", "x\u001cy", []Object{}, false},
		{"isalnum", "x\u001cy", []Object{}, false},
		{"isspace", "x\u001cy", []Object{}, false},
		{"isupper", "x\u001cy", []Object{}, false},
		{"islower", "x\u001cy", []Object{}, true},
		{"istitle", "x\u001cy", []Object{}, false},
		{"center9", "x\u001cy", []Object{}, "***x\u001cy***"},
		{"zfill8", "x\u001cy", []Object{}, "00000x\u001cy"},
		{"split", "  ", []Object{}, []string{}},
		{"rsplit1", "  ", []Object{}, []string{}},
		{"split2", "  ", []Object{}, []string{}},
		{"splitlines", "  ", []Object{}, []string{"  "}},
		{"splitlinesk", "  ", []Object{}, []string{"  "}},
		{"strip", "  ", []Object{}, ""},
		{"capitalize", "  ", []Object{}, "  "},
		{"title", "  ", []Object{}, "  "},
		{"swapcase", "  ", []Object{}, "  "},
		{"upper", "  ", []Object{}, "  "},
		{"casefold", "  ", []Object{}, "  "},
		{"isdigit", "  ", []Object{}, false},
		{"isalpha", "  ", []Object{}, false},
		{"isalnum", "  ", []Object{}, false},
		{"isspace", "  ", []Object{}, true},
		{"isupper", "  ", []Object{}, false},
		{"islower", "  ", []Object{}, false},
		{"istitle", "  ", []Object{}, false},
		{"center9", "  ", []Object{}, "****  ***"},
		{"zfill8", "  ", []Object{}, "000000  "},
		{"split", "Title Case", []Object{}, []string{"Title", "Case"}},
		{"rsplit1", "Title Case", []Object{}, []string{"Title", "Case"}},
		{"split2", "Title Case", []Object{}, []string{"Title", "Case"}},
		{"splitlines", "Title Case", []Object{}, []string{"Title Case"}},
		{"splitlinesk", "Title Case", []Object{}, []string{"Title Case"}},
		{"strip", "Title Case", []Object{}, "Title Case"},
		{"capitalize", "Title Case", []Object{}, "Title case"},
		{"title", "Title Case", []Object{}, "Title Case"},
		{"swapcase", "Title Case", []Object{}, "tITLE cASE"},
		{"upper", "Title Case", []Object{}, "TITLE CASE"},
		{"casefold", "Title Case", []Object{}, "title case"},
		{"isdigit", "Title Case", []Object{}, false},
		{"isalpha", "Title Case", []Object{}, false},
		{"isalnum", "Title Case", []Object{}, false},
		{"isspace", "Title Case", []Object{}, false},
		{"isupper", "Title Case", []Object{}, false},
		{"islower", "Title Case", []Object{}, false},
		{"istitle", "Title Case", []Object{}, true},
		{"center9", "Title Case", []Object{}, "Title Case"},
		{"zfill8", "Title Case", []Object{}, "Title Case"},
		{"split", "MiXeD 123", []Object{}, []string{"MiXeD", "123"}},
		{"rsplit1", "MiXeD 123", []Object{}, []string{"MiXeD", "123"}},
		{"split2", "MiXeD 123", []Object{}, []string{"MiXeD", "123"}},
		{"splitlines", "MiXeD 123", []Object{}, []string{"MiXeD 123"}},
		{"splitlinesk", "MiXeD 123", []Object{}, []string{"MiXeD 123"}},
		{"strip", "MiXeD 123", []Object{}, "MiXeD 123"},
		{"capitalize", "MiXeD 123", []Object{}, "Mixed 123"},
		{"title", "MiXeD 123", []Object{}, "Mixed 123"},
		{"swapcase", "MiXeD 123", []Object{}, "mIxEd 123"},
		{"upper", "MiXeD 123", []Object{}, "MIXED 123"},
		{"casefold", "MiXeD 123", []Object{}, "mixed 123"},
		{"isdigit", "MiXeD 123", []Object{}, false},
		{"isalpha", "MiXeD 123", []Object{}, false},
		{"isalnum", "MiXeD 123", []Object{}, false},
		{"isspace", "MiXeD 123", []Object{}, false},
		{"isupper", "MiXeD 123", []Object{}, false},
		{"islower", "MiXeD 123", []Object{}, false},
		{"istitle", "MiXeD 123", []Object{}, false},
		{"center9", "MiXeD 123", []Object{}, "MiXeD 123"},
		{"zfill8", "MiXeD 123", []Object{}, "MiXeD 123"},
		{"splitsep", "a,b,,c", []Object{",", -1}, []string{"a", "b", "", "c"}},
		{"rsplitsep", "a,b,,c", []Object{",", -1}, []string{"a", "b", "", "c"}},
		{"splitsep", "a,b,,c", []Object{",", 0}, []string{"a,b,,c"}},
		{"rsplitsep", "a,b,,c", []Object{",", 0}, []string{"a,b,,c"}},
		{"splitsep", "a,b,,c", []Object{",", 1}, []string{"a", "b,,c"}},
		{"rsplitsep", "a,b,,c", []Object{",", 1}, []string{"a,b,", "c"}},
		{"splitsep", "a,b,,c", []Object{",", 2}, []string{"a", "b", ",c"}},
		{"rsplitsep", "a,b,,c", []Object{",", 2}, []string{"a,b", "", "c"}},
		{"splitsep", "a--b--c", []Object{"--", -1}, []string{"a", "b", "c"}},
		{"rsplitsep", "a--b--c", []Object{"--", -1}, []string{"a", "b", "c"}},
		{"splitsep", "a--b--c", []Object{"--", 0}, []string{"a--b--c"}},
		{"rsplitsep", "a--b--c", []Object{"--", 0}, []string{"a--b--c"}},
		{"splitsep", "a--b--c", []Object{"--", 1}, []string{"a", "b--c"}},
		{"rsplitsep", "a--b--c", []Object{"--", 1}, []string{"a--b", "c"}},
		{"splitsep", "a--b--c", []Object{"--", 2}, []string{"a", "b", "c"}},
		{"rsplitsep", "a--b--c", []Object{"--", 2}, []string{"a", "b", "c"}},
		{"splitsep", "abc", []Object{"x", -1}, []string{"abc"}},
		{"rsplitsep", "abc", []Object{"x", -1}, []string{"abc"}},
		{"splitsep", "abc", []Object{"x", 0}, []string{"abc"}},
		{"rsplitsep", "abc", []Object{"x", 0}, []string{"abc"}},
		{"splitsep", "abc", []Object{"x", 1}, []string{"abc"}},
		{"rsplitsep", "abc", []Object{"x", 1}, []string{"abc"}},
		{"splitsep", "abc", []Object{"x", 2}, []string{"abc"}},
		{"rsplitsep", "abc", []Object{"x", 2}, []string{"abc"}},
		{"splitsep", ",a,", []Object{",", -1}, []string{"", "a", ""}},
		{"rsplitsep", ",a,", []Object{",", -1}, []string{"", "a", ""}},
		{"splitsep", ",a,", []Object{",", 0}, []string{",a,"}},
		{"rsplitsep", ",a,", []Object{",", 0}, []string{",a,"}},
		{"splitsep", ",a,", []Object{",", 1}, []string{"", "a,"}},
		{"rsplitsep", ",a,", []Object{",", 1}, []string{",a", ""}},
		{"splitsep", ",a,", []Object{",", 2}, []string{"", "a", ""}},
		{"rsplitsep", ",a,", []Object{",", 2}, []string{"", "a", ""}},
		{"find", "banana bandana", []Object{"an"}, 1},
		{"rfind", "banana bandana", []Object{"an"}, 11},
		{"count", "banana bandana", []Object{"an"}, 4},
		{"find2", "banana bandana", []Object{"an"}, 3},
		{"findneg", "banana bandana", []Object{"an"}, 11},
		{"find", "h\u00e9llo w\u00f6rld", []Object{"\u00f6"}, 7},
		{"rfind", "h\u00e9llo w\u00f6rld", []Object{"\u00f6"}, 7},
		{"count", "h\u00e9llo w\u00f6rld", []Object{"\u00f6"}, 1},
		{"find2", "h\u00e9llo w\u00f6rld", []Object{"\u00f6"}, 7},
		{"findneg", "h\u00e9llo w\u00f6rld", []Object{"\u00f6"}, 7},
		{"find", "aaa", []Object{""}, 0},
		{"rfind", "aaa", []Object{""}, 3},
		{"count", "aaa", []Object{""}, 4},
		{"find2", "aaa", []Object{""}, 2},
		{"findneg", "aaa", []Object{""}, 0},
		{"find", "abc", []Object{"z"}, -1},
		{"rfind", "abc", []Object{"z"}, -1},
		{"count", "abc", []Object{"z"}, 0},
		{"find2", "abc", []Object{"z"}, -1},
		{"findneg", "abc", []Object{"z"}, -1},
	}
	for _, c := range cases {
		t.Run(c.method+"/"+c.s, func(t *testing.T) {
			if got := strMethodForTest(c.method, c.s, c.args); !reflect.DeepEqual(got, c.want) {
				t.Errorf("%q.%s(%v) = %#v, want %#v", c.s, c.method, c.args, got, c.want)
			}
		})
	}
}
