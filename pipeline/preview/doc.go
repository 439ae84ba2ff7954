// Package preview draws the laid-out pages of package layout as SVG, for
// the web page to show a build's document without a PDF viewer. Positions,
// rules, fills, lines, shapes and pictures are the PDF's; text is set in the
// browser's own serif face, so lines stand where the PDF's do while glyph
// shapes may differ. Text cut off above its Clip (type taller than its
// line of exact height) is drawn in an inner svg showing the page below
// that line, in the page's own units. A shape's gradient is an SVG
// gradient in the page's space and its clip a clipPath, their ids the
// page's (shades.go); a text's gradient fill is one in the text's own
// space, within its stretch and turn.
//
// Preview lays out only the pages shown (layout.Head), for a document read
// back from its file, or the head of one (wordmodel.ReadHead); Draw draws the first pages of a layout already made,
// the one a build drew its PDF from, and stops that layout there, so a
// 100,000-row attachment costs its first pages, not its table.
//
// A link (layout's Link item) is an <a> over its words, drawn after
// everything else as the PDF's annotations lie over the page: an address
// opens in a new tab; a link to a bookmark goes to the SVG of its page,
// whose id is PageID, when the layout knows that page (a Head layout does
// not; the words stay, unlinked). Only http, https and mailto addresses
// are links: a document's javascript: or file: target never becomes one.
package preview
