package runtime

// ListOfLists is a list of lists built as Go slices (`[[] for _ in
// range(n)]`, `[[0] * w for _ in range(h)]`) as a runtime list whose items
// are runtime lists too: a program that holds the outer list by reference
// changes the inner ones through it (`grid[r][c] = v`, `buckets[i] +=
// xs`, `buckets[i].append(x)`), which every holder of them must see.
func ListOfLists[T any](xs [][]T) *List {
	items := make([]Object, len(xs))
	for i, x := range xs {
		items[i] = ListFrom(x)
	}
	return NewList(items...)
}
