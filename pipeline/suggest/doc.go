// Package suggest finds the name a person most likely meant: the sheet a
// clerk misspelt, or the template field a clerk mistyped. Messages use it to
// say 是否应为“…”？ instead of only "not found".
package suggest
