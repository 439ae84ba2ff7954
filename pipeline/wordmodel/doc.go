// Package wordmodel reads a filled Word document back into a small document
// model: body paragraphs with their style, alignment and page breaks, and
// tables with their column widths, header rows and vertical merges.
//
// It is the reader half of the PDF path. The wording lives in one place,
// the Word template; the PDF is laid out from what the filled .docx says,
// so the two can never disagree.
package wordmodel
