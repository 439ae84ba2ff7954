package layout

import "jixiao/pipeline/wordmodel"

// The document's page colour, gradient, pattern, texture or picture
// (Document.Background) fills each page, behind everything the page
// draws: its borders, its header's and its text's floats behind the
// text. Word shows it in 页面视图 where the document says so, and the PDF
// draws what the clerk sees there; Word puts it in a PDF or on paper only
// with its option 打印背景色和图像, so the clerk is told either way.

const (
	backgroundDrawn  = "模板设置了页面颜色或填充效果，PDF 照 Word 页面视图所见画出；Word 自己打印或另存为 PDF 时，只有勾选了“文件 → 选项 → 显示 → 打印背景色和图像”才会画出，如不需要请在 Word 中“设计 → 页面颜色 → 无颜色”"
	backgroundHidden = "模板设置了页面颜色或填充效果，但 Word 页面视图不显示它（文档设置中没有“显示背景”），PDF 也不画出；如需要请在 Word 中重新设置“设计 → 页面颜色”"
)

// pageBackground draws the page's background right after its start; the
// floats put behind all of the page later go over it (emit).
func (r *renderer) pageBackground() {
	r.backdrop = 0
	bg := r.background
	if bg == nil || r.inStory {
		return
	}
	if !r.backgroundShown {
		r.warnOnce(backgroundHidden)
		return
	}
	r.warnOnce(backgroundDrawn)
	sp := *bg
	sp.Width, sp.Height = r.g.w, r.g.h
	if img := bg.Picture; img != nil {
		pic := *img
		if img.Width > 0 && img.Height > 0 {
			// A texture tiled over the largest page: this page shows its
			// top left part.
			pic.Crop = wordmodel.Crop{R: max(0, 1-r.g.w/img.Width), B: max(0, 1-r.g.h/img.Height)}
		}
		sp.Picture = &pic
		r.ops = append(r.ops, pictureFill(&sp, 0, 0, r.g.w, r.g.h))
		r.ops[len(r.ops)-1].fixed = true
		r.backdrop++
	}
	for _, p := range shapePaths(&sp, 0, 0, r.g.w, r.g.h) {
		r.ops = append(r.ops, op{kind: opPath, path: p, fixed: true})
		r.backdrop++
	}
}
