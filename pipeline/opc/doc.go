// Package opc reads and rewrites Office packages (the zip files behind
// .docx and .xlsx).
//
// Rewrite copies a package part by part: the parts a writer changes are
// replaced, every other part is copied still compressed, and no entry
// carries a timestamp, so the same content gives the same bytes.
//
// Inspect lists what a package carries that a published file must not:
// anything that runs code or reads from outside the package. It is the
// part of the template check that Word and Excel templates share, and it
// runs before any part is handed to a parser:
//
//   - an XML declaration (<!DOCTYPE, <!ENTITY) in any XML part, the
//     package's own [Content_Types].xml and .rels included, found by a
//     bounded scan that never expands an entity, so an entity loop costs
//     nothing;
//   - parts that are code, controls, objects or data connections by name:
//     vbaProject.bin, vbaData.xml, activeX/, embeddings/, keymap
//     customizations, xl/externalLinks/, xl/connections.xml,
//     xl/queryTables/, Excel 4.0 macro sheets, Office add-ins;
//   - a macro-enabled content type (.docm, .dotm, .xlsm) or one declaring
//     macros, ActiveX or OLE objects;
//   - an XML part cut short: one that does not end with its first
//     element's end tag (a copy or a download that did not finish, a
//     crafted file), which the readers would otherwise read short, so
//     that a header or a sheet would lose its end without a word;
//   - relationships that point outside the package (TargetMode="External")
//     other than hyperlinks, and relationships of a type that brings code
//     or outside content in (attachedTemplate, subDocument, aFChunk, frame,
//     oleObject, control, externalLink, mail-merge sources …).
//
// What each finding is, is said in Chinese for the clerk; the callers
// (packages docx and xlsx) add what only their format has and refuse the
// template. Nothing is stripped: the clerk is told.
//
// Package opctest makes such packages in tests from a real template.
package opc
