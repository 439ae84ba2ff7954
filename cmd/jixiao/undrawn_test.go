package main

import (
	"os"
	"strings"
	"testing"
)

// TestLintAndBuildRefuseWhatThePDFWouldNotShow: a picture linked to a file
// outside the document (Word's 链接到文件) and a footnote whose note is missing
// in the Word template would be missing from the public PDF: lint lists
// each with its paragraph, and build refuses with the same words and
// publishes nothing.
func TestLintAndBuildRefuseWhatThePDFWouldNotShow(t *testing.T) {
	picture := `<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:extent cx="952500" cy="952500"/><wp:docPr id="1" name="图片 1"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="1" name="图片 1"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:link="rIdExternal"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`
	footnote := `<w:r><w:footnoteReference w:id="1"/></w:r>`
	bad := brokenTemplate(t, `<w:t xml:space="preserve">附件：</w:t></w:r>`, `<w:t xml:space="preserve">附件：</w:t></w:r>`+picture+footnote)
	code, out, lintErr := runCmd("lint", bad)
	for _, want := range []string{"有 2 处问题", "模板第 8 段（“附件：”）：含图片（文件缺失或为外部链接），PDF 中不会显示", "模板第 8 段（“附件：”）：含脚注（内容缺失），PDF 中不会显示"} {
		if !strings.Contains(lintErr, want) {
			t.Errorf("lint (exit %d) does not say %q:\n%s%s", code, want, out, lintErr)
		}
	}
	buildCode, buildErr, out := buildSample(t, bad)
	if code != 2 || buildCode != 2 || !strings.Contains(buildErr, "含图片（文件缺失或为外部链接），PDF 中不会显示") {
		t.Errorf("lint %d, build %d %s", code, buildCode, buildErr)
	}
	if entries, _ := os.ReadDir(out); len(entries) > 0 {
		for _, e := range entries {
			if !strings.HasPrefix(e.Name(), ".") {
				t.Errorf("a refused template wrote %s", e.Name())
			}
		}
	}
}
