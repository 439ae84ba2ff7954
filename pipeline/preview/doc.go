// Package preview draws the laid-out pages of package layout as SVG, for
// the web page to show a build's document without a PDF viewer. Positions,
// rules, fills, lines, shapes and pictures are the PDF's; text is set in the
// browser's own serif face, so lines stand where the PDF's do while glyph
// shapes may differ.
package preview
