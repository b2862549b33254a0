package runtime

import "strings"

// Capwords is string.capwords(s, sep): split, capitalize each word (first
// letter upper, the rest lower), join; with sep None, runs of white space
// split and one space joins.
func Capwords(s string, sep Object) string {
	var words []string
	join := " "
	if sep == nil {
		words = strings.Fields(s)
	} else {
		join = Str(sep)
		words = strings.Split(s, join)
	}
	for i, w := range words {
		if w == "" {
			continue
		}
		r := []rune(strings.ToLower(w))
		words[i] = strings.ToUpper(string(r[0])) + string(r[1:])
	}
	return strings.Join(words, join)
}
