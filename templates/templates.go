// Package templates holds the default templates, embedded in the binary so
// that a build needs no file beside it. A job file's templates: key points
// to a file on disk that replaces a default.
//
// attachment.xlsx is the Excel template of the attachment workbook: restyle
// it in Excel or WPS and point templates.xlsx at the copy.
//
// disclosure.docx is the Word template of the 情况说明. It is an ordinary
// .docx: open it in Word or WPS, reword it, restyle it, save it, and point
// the job's templates.docx at the copy.
package templates

import _ "embed"

// Disclosure is the default Word template.
//
//go:embed disclosure.docx
var Disclosure []byte

// Attachment is the default Excel template.
//
//go:embed attachment.xlsx
var Attachment []byte

// GBT9704 is the default PDF layout preset, GB/T 9704-2012.
//
//go:embed gbt9704.yaml
var GBT9704 []byte

// Definition is the default document definition: the tables, columns and
// figures of the 2023 document of 沁源县.
//
//go:embed definition.yaml
var Definition []byte
