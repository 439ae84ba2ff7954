// Package pdf lays out the filled Word document as a PDF in the official
// layout of GB/T 9704-2012, natively, with embedded Chinese fonts.
//
// It reads nothing but the document model of package wordmodel, which is
// read back from the filled .docx: the wording lives in the Word template
// alone, and the PDF's text always equals the .docx's.
//
// The layout is the document's (paragraph.go): each section's page,
// margins and document grid; each paragraph's indents, spacing, line rule,
// alignment and fonts as Word resolves them through docDefaults and the
// style chain (package wordmodel); its tab stops and leaders (tabs.go);
// footnotes at the foot of their page under a separator rule and endnotes
// after the last block (notes.go); the first-page, even-page and default
// headers and footers of each section (margins.go); links to addresses as
// link annotations. The preset (templates/gbt9704.yaml by default) sets
// the table's type and the page numbers, the font role of a paragraph
// whose document names none the PDF knows, and the whole look of a model
// not read from Word (presetLook), which has no sections or layout.
//
// Tables (table.go, tableborders.go) follow the Word table's grid: header
// rows (tblHeader) repeat on each page; a vertical merge is followed down
// its grid column, beside gridSpan cells, as one box per page it crosses,
// its text repeated on each; row heights (trHeight atLeast or exact; an
// exact row its text overflows grows, with a warning), cell margins
// (tblCellMar, tcMar), vertical alignment and shading are Word's. Borders
// resolve as Word's do — the cell's own (tcBorders) over the table's
// (tblBorders, else its style's), the heavier of two cells' on a shared
// edge — and draw none, single, double, dotted and dashed lines at their
// width and colour; a table of plain hairlines stays hairline boxes.
//
// Line breaking is done here, not by fpdf, whose MultiCell drops a Chinese
// character at every automatic break. Characters about the size of a
// character grid's cell sit on it; larger type keeps its own width, and a
// single or multiple line rule gives it as many grid lines as it needs. No line starts with closing punctuation (，。、；：？！
// ”’）》】…) or ends with opening punctuation (“‘（《【), and Latin and digit
// runs such as 10790.69 are never split.
//
// A run's formatting is drawn as Word draws it (decoration.go): colour,
// weight, its own size, super- and subscripts smaller and raised or
// lowered, strike and double strike, highlight and shading behind the
// text, underlines of each kind (solid, double, thick, dotted, dashed,
// wavy) in the text's colour, capitals and small capitals for Latin. A list
// paragraph's label is drawn before its first line, a tab after it reaching
// the hanging indent, and its lines are indented as the list says. A
// non-breaking hyphen is drawn as a hyphen no line breaks at; a soft hyphen
// is not drawn.
//
// PNG and JPEG pictures are drawn at their size (images.go): one in a
// paragraph of its own as a block at the paragraph's alignment, a floating
// one at its place relative to the page, the text block or its paragraph,
// behind the text if Word puts it there. One in a line of text is one
// unbreakable box of its width on the baseline, its line grown to hold it
// (linepictures.go); one in a table cell's paragraph of its own stands
// between the cell's lines, scaled into the cell's content box, its row
// grown to hold it (cellpictures.go). Lines, shapes and text boxes
// (shapes.go) are placed as floating pictures are (placeFloat: the page,
// the text block, the column or a table cell, a margin's area, the
// paragraph), turned and flipped in their box, and drawn as paths: a fill,
// then each strand of a compound outline (double, thick-thin, thin-thick,
// triple) at its share of the width, dashed as DrawingML's preset dashes
// say; behind the text first on their page. A text box's paragraphs are
// laid out by the same code as the body's, inside its box and inset, off
// the document grid and never broken to a new page, at its top, middle or
// bottom; a box set to grow with its text grows, and text overflowing one
// that does not is drawn whole and warned of, naming the box (Word cuts
// it off; the PDF does not publish words silently missing). Paths are
// Shape items of a Page, for the OFD copy and the SVG preview to draw as
// the PDF does. A paragraph's top and bottom
// borders are drawn as rules (borders.go). What the document has that is
// not drawn never reaches this package: the build refuses the template
// first (wordmodel.Feature).
//
// Each character is drawn from the font its role names, or, where that font
// lacks it, from the fallback font; a character no font has is reported.
// Characters above U+FFFF, which fpdf cannot draw, are replaced by 〓 and
// reported too.
//
// The file is PDF/A-1b (ISO 19005-1) unless the job says pdfa: false
// (Options.Plain). archival.go gives fpdf an output intent with the ICC's
// sRGB v2 profile (icc/, embedded, with its licence) and XMP metadata that
// repeats the document information: title, author, creator and producer,
// and the job's date as UTC, with pdfaid part 1, conformance B. Pictures
// are drawn opaque: a PNG with alpha or a transparent colour, and a CMYK
// JPEG, are drawn over white and written as RGB.
//
// What fpdf cannot write is added to its output afterwards (finish.go,
// pdffile.go). The file is split into its objects by the cross-reference
// table's offsets, never by searching stream bytes; each CIDFontType2
// font's descriptor gets a CIDSet with a bit for CID 0 and for each CID its
// CIDToGIDMap maps to a glyph; the empty EmbeddedFiles tree fpdf always
// writes and, in PDF/A, the pages' transparency groups are dropped; the
// trailer's Info is pointed at the information dictionary (fpdf names the
// ICC profile's stream) and its dates marked UTC; and the cross-reference
// table is written anew, with a trailer ID that is the SHA-256 of the bytes
// before it, so the same document gives the same file. A PDF/A file is
// then checked for what PDF/A-1 forbids (a version above 1.4, soft masks,
// opacity, blend modes, JavaScript, LZW, encryption, embedded files, CMYK,
// annotations that do not print): were anything drawn later to bring one
// in, the build stops naming it, rather than publish a file that claims
// PDF/A and is not.
//
// Output is deterministic: fixed dates from the job, sorted catalogue, no
// clock and no map order in the bytes.
package pdf
