package parser

import (
	"sort"
)

// anchor ties an offset in the rewritten text to one in the original.
// Copied text maps byte for byte from its anchor on; synthetic text maps
// every byte to the anchor's original offset.
type anchor struct {
	New, Orig int
	Synth     bool
}

// sentKind says what a sentinel in the rewritten text stands for.
type sentKind uint8

const (
	sFString    sentKind = iota + 1 // _f(fields...): a JoinedStr
	sAwait                          // _w(x): await x
	sWalrus                         // the lambda of `lambda n: e`: n := e
	sAsync                          // the def/for/with keyword of an async statement
	sAsyncIter                      // _A(it): the iterable of an `async for` clause
	sPosOnly                        // the first parameter of a list with `/`
	sStar                           // _s(x): *x in a call
	sDStar                          // _k(x): **x in a call
	sKeyword                        // _q(k=v): k=v in a call
	sDictUnpack                     // the `_d` key of `{_d: x}`: **x in a dict
	sSet                            // _S([...]): a set display with starred items
	sAnn                            // _a(T[, (v)]): an annotation
	sDecorator                      // @_D(x): a decorator that is any expression
)

// sentinel is a rewritten construct. It is keyed by its offset in the
// rewritten text, where no user token can be, so user names never collide
// with it.
type sentinel struct {
	Kind    sentKind
	Orig    int // where the construct starts in the original
	FString *fString
	Count   int // positional-only parameter count
}

// emitter builds the rewritten text with its anchors and sentinels.
type emitter struct {
	src       string
	out       []byte
	anchors   []anchor
	sentinels map[int]*sentinel
	// lineEnds holds the offsets of the spaces put after the last token of
	// each logical line; they tell a NEWLINE lookahead in gpython's error
	// offset apart from the end of the token before it.
	lineEnds map[int]int
	// subTokens are the tokens of f-string expressions, which the
	// converter needs to decode the literals inside them.
	subTokens []token
	// exceptStar holds the original offsets of the `except` keywords of
	// except* clauses, whose star the rewrite blanked.
	exceptStar map[int]bool
}

func newEmitter(src string) *emitter {
	return &emitter{src: src, out: make([]byte, 0, len(src)+len(src)/8), sentinels: map[int]*sentinel{}, lineEnds: map[int]int{}, exceptStar: map[int]bool{}}
}

// copy appends original text.
func (e *emitter) copy(start, end int) {
	if start >= end {
		return
	}
	e.anchors = append(e.anchors, anchor{New: len(e.out), Orig: start})
	e.out = append(e.out, e.src[start:end]...)
}

// synth appends text of the rewrite's own, attributed to orig.
func (e *emitter) synth(text string, orig int) {
	e.anchors = append(e.anchors, anchor{New: len(e.out), Orig: orig, Synth: true})
	e.out = append(e.out, text...)
}

// mark records a sentinel at the current output offset.
func (e *emitter) mark(s *sentinel) { e.sentinels[len(e.out)] = s }

// call writes a sentinel call's name and its open parenthesis.
func (e *emitter) call(name string, s *sentinel) {
	e.mark(s)
	e.synth(name+"(", s.Orig)
}

// edit replaces original text [Start, End) with what Write emits; an empty
// range inserts.
type edit struct {
	Start, End int
	seq        int
	Write      func(e *emitter)
}

// emitRange copies src[start:end] applying edits, which must not overlap.
// Insertions at the same offset run in reverse order of registration, so
// a construct closed later (an outer one, registered first) closes last.
func (e *emitter) emitRange(start, end int, edits []edit) {
	for i := range edits {
		edits[i].seq = i
	}
	sort.SliceStable(edits, func(i, j int) bool {
		a, b := edits[i], edits[j]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		az, bz := a.Start == a.End, b.Start == b.End
		if az != bz {
			return az
		}
		return az && a.seq > b.seq
	})
	cur := start
	for _, ed := range edits {
		if ed.Start < cur {
			continue // overlapping edits are a bug in the planner; keep the text valid
		}
		e.copy(cur, ed.Start)
		ed.Write(e)
		cur = ed.End
	}
	e.copy(cur, end)
}

// origOf maps an offset in the rewritten text back to the original.
func (e *emitter) origOf(n int) int {
	i := sort.Search(len(e.anchors), func(i int) bool { return e.anchors[i].New > n }) - 1
	if i < 0 {
		return 0
	}
	a := e.anchors[i]
	if a.Synth {
		return a.Orig
	}
	return a.Orig + n - a.New
}
