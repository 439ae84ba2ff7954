// Package pdf draws the laid-out pages of package layout into a PDF file
// with fpdf, and reads a PDF's text back for the output check (text.go).
//
// It lays nothing out: Render asks layout for the pages, embeds the
// fonts as the layout cut them down (fpdf parses a few hundred glyphs per
// font rather than the whole character set) and hands each page's items
// to fpdf as the layout finishes the page (draw.go), so that no more than
// a page of positions is held. Pictures are handed to fpdf once each
// (pictures.go); an interlaced PNG, which fpdf does not read, is written
// again pixel for pixel. A Link item is a link annotation: to an address,
// a URI action; to a bookmark (#name), a GoTo to its page at the top of
// its line (an fpdf internal link, AddLink/SetLink/Link, from
// layout.Laid.Dest). Each prints (/F 4, links.go), as PDF/A-1 asks. In a
// build the PDF writer and the OFD copy share one layout (LaidOut,
// through output.Input.Shared); fpdf, which writes into the font bytes it
// is given, gets a copy of the shared subsets. A Shape
// item's Path is a path stroked or filled (shapes.go), within its clip
// where it has one ("W n"); a gradient is an axial or radial shading
// (shadings.go), PDF/A-1 allows them, its stops a stitching function,
// added to the pages' resources once fpdf has written the file. A Glyphs
// item cut off above its Clip (type taller than its line of exact height)
// is drawn inside a clip rectangle from there down (q … re W n … Q), its
// font and colour set outside it. A bold, outlined or hollow Glyphs item
// is drawn in a text rendering mode (effects.go: 2 filled then stroked,
// 1 stroked only, 3 neither), stroked in its outline's colour or its own;
// a Copy (a shadow's) is marked content /Artifact, which Text skips, so
// that the text layer holds each text once. A Glyphs item with a Shade is
// filled with a shading pattern (textshades.go), a bold one's outline
// drawn as four copies of it marked as artifacts.
//
// The file is PDF/A-1b (ISO 19005-1) unless the job says pdfa: false
// (Options.Plain). archival.go gives fpdf an output intent with the ICC's
// sRGB v2 profile (icc/, embedded, with its licence) and XMP metadata that
// repeats the document information: title, author, creator and producer,
// and the job's date as UTC, with pdfaid part 1, conformance B. PDF/A-1
// forbids soft masks, so a PNG with alpha or a transparent colour is drawn
// as it shows over white with a colour-key mask (masks.go): its pixels
// less than half opaque are left out, and the text under a 公章 shows.
// A CMYK JPEG is drawn over white and written as RGB. A plain PDF keeps a
// picture's alpha as a soft mask.
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
