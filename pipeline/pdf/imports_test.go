package pdf

import (
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
)

// TestDrawingTakesOnlyPages: the PDF is a back-end of the layout: what
// draws reads layout's pages and nothing of the document model, whose
// only door here is Render, which asks layout for the pages.
func TestDrawingTakesOnlyPages(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil || len(files) == 0 {
		t.Fatalf("no files read: %v", err)
	}
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") || name == "pdf.go" {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), name, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range f.Imports {
			if imp.Path.Value == `"jixiao/pipeline/wordmodel"` {
				t.Errorf("%s imports the document model: draw from layout's pages", name)
			}
		}
	}
}
