package runtime

import (
	"bufio"
	"io"
	"os"
	"strings"
	"sync"
)

var stdin = struct {
	sync.Mutex
	r *bufio.Reader
}{r: bufio.NewReader(os.Stdin)}

// Input is input(prompt): the prompt goes to stdout (flushed first, so it
// shows before the program waits), then one line is read from stdin
// without its newline. End of input raises EOFError.
func Input(prompt Object) string {
	Stdout.WriteString(Str(prompt))
	Stdout.Flush()
	stdin.Lock()
	defer stdin.Unlock()
	line, err := stdin.r.ReadString('\n')
	if err == io.EOF && line == "" {
		panic(EOFError.New("EOF when reading a line"))
	}
	return strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r")
}
