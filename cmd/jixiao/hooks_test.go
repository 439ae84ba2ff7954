package main

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// Test hooks do not live in production code: a test hands its stand-in
// to a seam (a parameter, a field, an interface), and the jixiao that
// bureaus run is the one the tests built. So no test swaps a package-level
// function variable (a list the program extends, as runner.Writers, is no
// hook), no file is built only under a test's tag, and no
// environment variable is read for tests alone.
func TestNoTestHooksInProductionCode(t *testing.T) {
	filepath.WalkDir("../..", func(path string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return err
		}
		if d.Name() != ".." && strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata" {
			return filepath.SkipDir
		}
		for _, h := range hooksIn(t, path) {
			t.Error(h)
		}
		return nil
	})
}

// Each kind of hook the check is for is found.
func TestTheHookCheckFindsHooks(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.go":        "package a\n\nimport \"os\"\n\nvar build = run\n\nfunc run() string { return os.Getenv(\"JIXIAO_TEST_PAUSE\") }\n",
		"b_hooked.go": "//go:build jixiaotest\n\npackage a\n",
		"a_test.go":   "package a\n\nfunc swap() { build = func() string { return \"\" } }\n\nfunc local() { top := top; top = nil; _ = top }\n",
		// A function value no test rewrites is no hook, nor a list a test extends.
		"c.go":      "package a\n\nvar top = func() int { return 1 }\n\nvar list = []int{1}\n",
		"c_test.go": "package a\n\nfunc more() { list = append(list, 2) }\n",
	}
	for name, body := range files {
		os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644)
	}
	got := strings.Join(hooksIn(t, dir), "\n")
	for _, want := range []string{"a.go:5:5: build", "b_hooked.go:1:1", "a.go:7:38: JIXIAO_TEST_PAUSE"} {
		if !strings.Contains(got, want) {
			t.Errorf("not found: %s in\n%s", want, got)
		}
	}
	if strings.Contains(got, "top") || strings.Contains(got, "list") {
		t.Errorf("a function value no test swaps was taken for a hook:\n%s", got)
	}
}

// hooksIn lists what in the package in dir looks like a test hook.
func hooksIn(t *testing.T, dir string) []string {
	fset := gotoken.NewFileSet()
	var prod, tests []*ast.File
	names, _ := filepath.Glob(filepath.Join(dir, "*.go"))
	for _, name := range names {
		f, err := parser.ParseFile(fset, name, nil, parser.ParseComments)
		if err != nil {
			t.Error(err)
			continue
		}
		if strings.HasSuffix(name, "_test.go") {
			tests = append(tests, f)
		} else {
			prod = append(prod, f)
		}
	}
	var out []string
	at := func(n ast.Node, what string) { out = append(out, fset.Position(n.Pos()).String()+": "+what) }
	swapped := assignedIn(tests)
	for _, f := range prod {
		for _, c := range f.Comments {
			for _, l := range c.List {
				if strings.HasPrefix(l.Text, "//go:build") && strings.Contains(l.Text, "test") {
					at(l, "a file built for tests only: "+l.Text)
				}
			}
		}
		for _, d := range f.Decls {
			if g, ok := d.(*ast.GenDecl); ok && g.Tok == gotoken.VAR {
				for _, s := range g.Specs {
					v := s.(*ast.ValueSpec)
					for i, n := range v.Names {
						if i < len(v.Values) && funcValue(v.Values[i]) && slices.Contains(swapped, n.Name) {
							at(n, n.Name+" is a package-level variable a test rewrites: hand the stand-in in instead")
						}
					}
				}
			}
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == gotoken.STRING {
				if s, _ := strconv.Unquote(lit.Value); strings.HasPrefix(s, "JIXIAO_TEST") {
					at(lit, s+" is an environment variable for tests")
				}
			}
			return true
		})
	}
	return out
}

// assignedIn lists the names the files assign to with = and a function:
// a test swapping a function of the package for its own.
func assignedIn(files []*ast.File) []string {
	var names []string
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			a, ok := n.(*ast.AssignStmt)
			if !ok || a.Tok != gotoken.ASSIGN {
				return true
			}
			for i, l := range a.Lhs {
				// An identifier the file does not resolve is declared in
				// another file of the package: a local of the test's
				// own, however named, is not the production variable.
				id, ok := l.(*ast.Ident)
				if ok && id.Obj == nil && i < len(a.Rhs) && !literal(a.Rhs[i]) {
					names = append(names, id.Name)
				}
			}
			return true
		})
	}
	return names
}

// literal tells a value no function is in (a number, a string, a slice).
func literal(e ast.Expr) bool {
	switch e.(type) {
	case *ast.BasicLit, *ast.CompositeLit:
		return true
	}
	return false
}

// funcValue tells a function literal or a function's name (runner.Update,
// build) from a constant's (syscall.ENOTDIR, all capitals) or a list's.
func funcValue(v ast.Expr) bool {
	switch e := v.(type) {
	case *ast.FuncLit:
		return true
	case *ast.SelectorExpr:
		return funcValue(e.Sel)
	case *ast.Ident:
		return strings.ToUpper(e.Name) != e.Name && e.Name != "nil" && e.Name != "true" && e.Name != "false"
	}
	return false
}
