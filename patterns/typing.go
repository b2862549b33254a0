package patterns

// typing's names only appear in annotations, which py2go reads for types
// and never evaluates, so importing them is all there is to support;
// `from __future__ import annotations` likewise changes nothing.
func init() {
	Register(&Recognizer{
		Name:    "typing",
		Doc:     "typing and __future__: importing List, Dict, Optional, ... works; annotations cost nothing at run time.",
		Modules: []string{"typing", "__future__", "typing_extensions"},
	})
}
