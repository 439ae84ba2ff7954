package main

import (
	"io"
)

func watchCmd(args []string, stdout, stderr io.Writer) int {
	return exitUsage
}
