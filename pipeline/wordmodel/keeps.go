package wordmodel

// Keeps are a paragraph's pagination rules, which say where Word will
// not break a page: they ride on Spacing since they are resolved through
// the same layers (document defaults, style chain, list level, own).
type Keeps struct {
	// KeepNext (与下段同页): the paragraph goes on the page of the next
	// one's first lines; Word's 标题 styles carry it.
	KeepNext bool
	// KeepLines (段中不分页): the paragraph is not split across pages.
	KeepLines bool
	// WidowControl (孤行控制): no single first line at a page's foot nor
	// single last line at a page's top. On unless a layer turns it off
	// (w:val="0", as Chinese Word's and WPS's Normal does): English Word
	// writes nothing in its Normal and pPrDefault and its 段落 dialog
	// shows the box ticked, and LibreOffice reads Word's files so.
	WidowControl bool
}

// resolveKeeps is the keep rules the layers set.
func resolveKeeps(layers props) Keeps {
	_, set := layers.val("w:widowControl")
	return Keeps{
		KeepNext:     layers.on("w:keepNext"),
		KeepLines:    layers.on("w:keepLines"),
		WidowControl: layers.on("w:widowControl") || !set,
	}
}
