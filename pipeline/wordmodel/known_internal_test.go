package wordmodel

import (
	"archive/zip"
	"bytes"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"jixiao/templates"
)

// wordElement is an element of the namespaces of a Word story, as the
// repository's sources and fixtures write it.
var wordElement = regexp.MustCompile(`<((?:w|w14|w15|w16se|wp|wp14|wps|wpg|wpc|pic|a|a14|v|o|w10|mc|m|c|dgm):[A-Za-z][A-Za-z0-9]*)`)

// elsewhere are elements the repository writes that never stand in a
// story's content the walk checks, by where they stand instead.
var elsewhere = map[string]string{
	"parts that are not stories": `w:numbering w:abstractNum w:abstractNumId w:nsid w:multiLevelType w:tmpl w:lvl
		w:lvlText w:lvlJc w:suff w:isLgl w:lvlRestart w:lvlPicBulletId w:numPicBullet w:num w:lvlOverride w:startOverride
		w:numStyleLink w:styleLink w:numFmt w:uiPriority w:unhideWhenUsed w:next w:link w:webSettings
		w:comment w:comments w:glossaryDocument w:docParts w:docPart w:docPartBody w:frameset w:frame
		w:mailMerge w:mainDocumentType w:connectString w:dataType w:query w:attachedTemplate w:sourceFileName
		a:theme a:themeElements a:clrScheme a:fontScheme a:majorFont a:minorFont a:latin a:ea a:cs a:font
		a:dk1 a:dk2 a:lt1 a:lt2 a:accent1 a:accent2 w:rsid w:semiHidden w:tblStylePr
		w:bordersDoNotSurroundHeader w:bordersDoNotSurroundFooter w:displayBackgroundShape
		a:accent3 a:accent4 a:accent5 a:accent6 a:hlink a:folHlink a:fmtScheme a:fillStyleLst a:lnStyleLst
		a:effectStyleLst a:effectStyle a:bgFillStyleLst w:fonts w:font w:altName w:charset w:family w:pitch
		w:latentStyles w:lsdException w:autoRedefine w:optimizeForBrowser w:allowPNG w:zoom w:proofState
		w:drawingGridVerticalSpacing w:displayHorizontalDrawingGridEvery w:displayVerticalDrawingGridEvery
		w:characterSpacingControl w:spaceForUL w:balanceSingleByteDoubleByteWidth w:doNotLeaveBackslashAlone
		w:ulTrailSpace w:doNotExpandShiftReturn w:adjustLineHeightInTable w:useFELayout w:rsids w:rsidRoot
		m:mathPr m:mathFont m:brkBin m:brkBinSub m:smallFrac m:dispDef m:lMargin m:rMargin m:defJc m:wrapIndent
		m:intLim m:naryLim w:themeFontLang w:clrSchemeMapping w:shapeDefaults o:shapedefaults o:shapelayout
		o:idmap w:decimalSymbol w:listSeparator w:noLineBreaksAfter w:noLineBreaksBefore`,
	"a picture's extensions (a:extLst)": `a14:useLocalDpi`,
	// The content of an element the walk leaves to its reader.
	"a content control's properties (w:sdtPr)": `w:alias w:tag w:id w:text w:date w:dateFormat w:docPartObj
		w:docPartGallery w:docPartUnique w:placeholder w14:checkbox w14:checked w14:checkedState w14:uncheckedState`,
	"custom XML's properties (w:customXmlPr)":   `w:attr`,
	"a form field's data (w:fldChar)":           `w:ffData w:entryMacro`,
	"a ruby's parts (w:ruby)":                   `w:rubyPr w:rubyAlign w:hps w:hpsRaise w:hpsBaseText w:lid w:rt w:rubyBase`,
	"a formula's (m:oMath)":                     `m:r m:t`,
	"a drawing's names and locks":               `pic:cNvPr pic:cNvPicPr a:graphicFrameLocks a:picLocks`,
	"a drawing's relative size (wp14:sizeRelH)": `wp14:pctWidth wp14:pctHeight`,
	"a text effect's parts (w14:textFill)":      `w14:solidFill w14:srgbClr w14:alpha`,
	"a gradient's stops, a path's points":       `a:gsLst a:pathLst`,
	"a section's column widths (w:cols)":        `w:col`,
	"an mc:Choice the reader does not take":     `w16se:symEx`,
}

func isElsewhere(name string) bool {
	for _, names := range elsewhere {
		if slices.Contains(strings.Fields(names), name) {
			return true
		}
	}
	return false
}

// invented are the names tests make up to see an unknown element listed.
var invented = []string{"w:fooBar", "w14:fooBar"}

// notStories are the names of the elements in the built-in template's
// parts that are not stories.
func notStories(t *testing.T) map[string]bool {
	zr, err := zip.NewReader(bytes.NewReader(templates.Disclosure), int64(len(templates.Disclosure)))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	for _, f := range zr.File {
		if story(f.Name) || !strings.HasSuffix(f.Name, ".xml") {
			continue
		}
		rc, _ := f.Open()
		raw, _ := io.ReadAll(rc)
		rc.Close()
		for _, m := range wordElement.FindAllStringSubmatch(string(raw), -1) {
			out[m[1]] = true
		}
	}
	return out
}

// knownAnywhere reports whether the table knows name under some parent,
// or the walk reads it itself (an alternate content's branches).
func knownAnywhere(name string) bool {
	if name == "mc:Choice" || name == "mc:Fallback" {
		return true
	}
	for _, names := range known {
		if _, ok := names[name]; ok {
			return true
		}
	}
	return false
}

// TestTheTableKnowsEveryElementTheRepositoryWrites: every element of a
// Word story in the repository's own templates (every .docx in it) and in
// the fixtures its tests write (every Go source) is in the known table,
// so that what we make ourselves is never refused as unknown.
func TestTheTableKnowsEveryElementTheRepositoryWrites(t *testing.T) {
	outside := notStories(t)
	unknown := map[string][]string{}
	note := func(text, where string) {
		for _, m := range wordElement.FindAllStringSubmatch(text, -1) {
			name := m[1]
			if knownAnywhere(name) || outside[name] || isElsewhere(name) || slices.Contains(invented, name) {
				continue
			}
			if !slices.Contains(unknown[name], where) {
				unknown[name] = append(unknown[name], where)
			}
		}
	}
	files := 0
	err := filepath.WalkDir("../..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && strings.HasPrefix(d.Name(), ".") && path != "../.." {
			return filepath.SkipDir
		}
		switch {
		case strings.HasSuffix(path, ".go"):
			raw, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			note(string(raw), path)
		case strings.HasSuffix(path, ".docx"):
			raw, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
			if err != nil {
				return err
			}
			for _, f := range zr.File {
				if story(f.Name) {
					rc, _ := f.Open()
					part, _ := io.ReadAll(rc)
					rc.Close()
					note(string(part), path+":"+f.Name)
				}
			}
			doc, err := Read(raw)
			if err != nil {
				t.Errorf("%s: %v", path, err)
				return nil
			}
			for _, u := range doc.Undrawn {
				if strings.HasPrefix(u.What, "未能识别") {
					t.Errorf("%s: %s", path, u)
				}
			}
		default:
			return nil
		}
		files++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if files < 100 {
		t.Fatalf("only %d files looked at", files)
	}
	names := make([]string, 0, len(unknown))
	for name := range unknown {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		t.Errorf("<%s> is in no known table: %s", name, strings.Join(unknown[name], ", "))
	}
}

// TestWhatTheLayoutDrawsIsNotRefused: the properties the layout draws
// (emphasis dots, a border around text, character scale and spacing, page
// borders, vertical text in a cell, a watermark's text path) are known as
// drawn, with nothing listed for them whatever their value.
func TestWhatTheLayoutDrawsIsNotRefused(t *testing.T) {
	for _, c := range [][2]string{{"w:rPr", "w:em"}, {"w:rPr", "w:bdr"}, {"w:rPr", "w:w"}, {"w:rPr", "w:spacing"},
		{"w:sectPr", "w:pgBorders"}, {"w:tcPr", "w:textDirection"}, {"", "v:textpath"}, {"", "v:shape"}} {
		as, ok := known[c[0]][c[1]]
		if !ok || as.what != "" || as.check != nil {
			t.Errorf("<%s> in <%s>: known %v, listed as %q, checked %v", c[1], c[0], ok, as.what, as.check != nil)
		}
	}
}
