package runtime

import "testing"

func TestCopyObjectOfForeignPackage(t *testing.T) {
	// Objects of packages other than main (the runtime's own) are kept.
	l := NewLock()
	if Copy(l) != l || Deepcopy(l) != l {
		t.Errorf("a runtime object was copied")
	}
	tests := []struct {
		name string
		x    Object
	}{
		{"list", NewList(1, 2)},
		{"dict", DictOf("k", 1)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if Copy(tt.x) == tt.x || Deepcopy(tt.x) == tt.x {
				t.Errorf("a container was not copied")
			}
		})
	}
}
