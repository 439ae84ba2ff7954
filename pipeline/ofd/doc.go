// Package ofd writes the OFD copy of the disclosure (GB/T 33190-2016, the
// Chinese fixed-layout format archives ask for) and reads it back for the
// output check.
//
// The copy is drawn from the very pages the PDF draws: in a build the two
// writers share one layout.Layout of the filled Word document
// (pdf.LaidOut, through output.Input.Shared), which hands out each
// page's positioned text runs, rules, shadings, lines and pictures, and
// the same TrueType subsets the PDF embeds. So the OFD says what the PDF
// says, page by page and line by line; nothing here lays out text.
//
// The package (a zip, entries always in this order):
//
//	OFD.xml                         DocInfo (DocID, Title, Author,
//	                                CreationDate, Creator) and DocRoot
//	Doc_0/Document.xml              CommonData (MaxUnitID, PageArea,
//	                                PublicRes, DocumentRes) and the pages
//	Doc_0/PublicRes.xml             the fonts
//	Doc_0/DocumentRes.xml           the pictures (MultiMedia)
//	Doc_0/Pages/Page_N/Content.xml  each page: its Area and one Body layer
//	Doc_0/Res/font_N.ttf, image_ID  the font subsets and pictures
//
// Units are millimetres from the page's top left. A text run is a
// TextObject whose TextCode starts at the baseline and carries each
// glyph's advance in DeltaX; its characters are Unicode, which the
// embedded subset's own cmap maps to glyphs, so no CGTransform is needed.
// A run cut off above its Clip (type taller than its line of exact
// height) has its Boundary start there, where a reader cuts it off
// (GB/T 33190's 外接矩形), its TextCode's Y still on the baseline.
// Bold is drawn as the PDF draws it, filled and outlined; an outline
// (空心字, a text outline) strokes the text in its colour, a hollow text
// is not filled (Fill="false"), and a shadow's Copy is a TextObject in an
// ofd:PageBlock of its own before the text, whose text Read skips; a
// gradient fill is an AxialShd or RadialShd in its FillColor (and a bold
// one's StrokeColor), in the object's space.
// Table rules,
// shadings, underlines and shapes (a line's or a shape's strands and
// fills, their curves as AbbreviatedData's B, a gradient an AxialShd or
// RadialShd in FillColor, a clip the object's Clips) are PathObjects, pictures
// ImageObjects; a transparent picture keeps its PNG's alpha and names an
// ImageMask, a 1-bit picture of what of it shows (masks.go). A link
// is a PathObject over its words that draws nothing (Stroke="false")
// with an Actions of one CLICK Action and no Region, so that its boundary
// is where it is clicked (GB/T 33190-2016, 9.3): ofd:URI for an address,
// ofd:Goto to an XYZ ofd:Dest (the page's ID, Left 0, Top the line's
// top) for a bookmark. The pages' IDs are taken before any page is drawn,
// so that a link can go to a page written later.
//
// The XML parts are deflated at flate's fastest level, the font subsets
// (most of the bytes, and barely repetitive) by Huffman coding alone,
// which costs a third as much for a file some 5% larger.
//
// Nothing comes from the clock: the CreationDate and every zip entry's
// time are the job's date, and the DocID is a hash of the content, so
// the same job gives the same bytes.
//
// Read is our own reader, for the check. It reads each part once (walk
// in order.go): the pass that checks the elements hands them on to the
// part's reader (parts.go, readpage.go), which decodes what it needs. It
// refuses a part that is not strict XML in the standard's element order,
// a number that does not read, a page listed
// but missing, an ID used twice or above MaxUnitID, a font or picture
// referenced but not declared or not in the package, an action that
// opens nothing or goes to a page the document lacks. It returns the
// links (Document.Links) and each page's text, a line per baseline, as
// pdf.Text reads the PDF, so verify compares the OFD's figures with
// facts.json like the PDF's.
//
// The Writer is in runner.Writers and builds only when the job says
// ofd: true (Wants).
package ofd
