// Package wordxml finds elements in WordprocessingML parts by scanning
// their text, without an XML decoder: the Word writer (package docx) edits
// document.xml in place and must keep every byte it does not touch, and the
// reader (package wordmodel) reads the filled document back on every build,
// where a decoder per element was the slowest step.
//
// A name matches only as a whole tag name, so <w:t finds no <w:tab and <w:p
// no <w:pPr, and an element's end is found counting nested elements of the
// same name (a text box's paragraphs inside a paragraph, a table in a cell).
package wordxml
