package docx

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"jixiao/pipeline/definition"
	"jixiao/pipeline/document"
	"jixiao/pipeline/tmpl"
)

// TestReadmeDocumentsEveryFieldAndHelper keeps the README's tables in step
// with the model and the helpers a clerk can use.
func TestReadmeDocumentsEveryFieldAndHelper(t *testing.T) {
	raw, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(raw)
	var walk func(reflect.Type)
	seen := map[reflect.Type]bool{}
	walk = func(typ reflect.Type) {
		if typ.Kind() == reflect.Slice {
			typ = typ.Elem()
		}
		if typ.Kind() != reflect.Struct || seen[typ] {
			return
		}
		seen[typ] = true
		for i := 0; i < typ.NumField(); i++ {
			f := typ.Field(i)
			tag := f.Tag.Get("tpl")
			if tag == "" {
				continue
			}
			if !strings.Contains(readme, "."+tag) {
				t.Errorf("README does not document the field .%s", tag)
			}
			walk(f.Type)
		}
	}
	walk(document.TypeOf(definition.Default()))
	for name := range funcs {
		if name == tmpl.Recorder {
			continue // inserted by the engine, not written by clerks
		}
		if !strings.Contains(readme, "`"+name+"`") {
			t.Errorf("README does not document the helper %s", name)
		}
	}
}
