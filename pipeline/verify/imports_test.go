package verify

import (
	"go/build"
	"strings"
	"testing"
)

// The check reads every output through package output's interfaces, so a
// new format is one package and one line in the writers' list: verify
// imports no writer (docx, xlsx, pdf, the OFD to come) nor a writer's
// model (wordmodel). Of the project's packages it may import only these.
var mayImport = map[string]bool{
	"jixiao/pipeline/facts":  true,
	"jixiao/pipeline/fault":  true,
	"jixiao/pipeline/output": true,
}

func TestVerifyImportsNoWriter(t *testing.T) {
	pkg, err := build.ImportDir(".", 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(pkg.GoFiles) == 0 {
		t.Fatal("no Go files read: the test would assert nothing")
	}
	for _, path := range pkg.Imports {
		if strings.HasPrefix(path, "jixiao/") && !mayImport[path] {
			t.Errorf("verify imports %s: read its outputs through the interfaces of package output instead", path)
		}
	}
}
