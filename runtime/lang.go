package runtime

// Index turns a Python index into a Go one for a sequence of length n:
// a negative index counts from the end. Out of range raises IndexError, as
// Python's list does.
func Index(i, n int) int {
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		panic(IndexError.New("list index out of range"))
	}
	return i
}
