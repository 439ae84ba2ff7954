// Package opc rewrites Office packages (the zip files behind .docx and
// .xlsx) part by part: the parts a writer changes are replaced, every
// other part is copied still compressed, and no entry carries a
// timestamp, so the same content gives the same bytes.
package opc
