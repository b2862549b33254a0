package emit

import "testing"

func TestHoldLines(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"a statement over several lines keeps its line",
			"func main() {\n//line a.py:3\n\tfor _, r := range rs {\n\t\tf(r)\n\t}\n}\n",
			"func main() {\n//line a.py:3\n\tfor _, r := range rs {\n//line a.py:3\n\t\tf(r)\n//line a.py:3\n\t}\n}\n"},
		{"one line per statement needs nothing",
			"func main() {\n//line a.py:3\n\tf()\n//line a.py:4\n\tg()\n}\n",
			"func main() {\n//line a.py:3\n\tf()\n//line a.py:4\n\tg()\n}\n"},
		{"the end of the function ends the hold",
			"func main() {\n//line a.py:3\n\tf()\n}\n\nfunc g() {\n\th()\n}\n",
			"func main() {\n//line a.py:3\n\tf()\n}\n\nfunc g() {\n\th()\n}\n"},
		{"a raw string is left whole",
			"func main() {\n//line a.py:3\n\ts := `x\ny`\n\tf(s)\n}\n",
			"func main() {\n//line a.py:3\n\ts := `x\ny`\n\tf(s)\n}\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(holdLines([]byte(tt.in))); got != tt.want {
				t.Errorf("holdLines:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}
