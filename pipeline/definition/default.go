package definition

import (
	"sync"

	"jixiao/templates"
)

var builtin = sync.OnceValues(func() (*Definition, error) {
	return Parse("", templates.Definition)
})

// Default returns the built-in definition, the 2023 document of 沁源县. It
// is parsed once; callers must not change it.
func Default() *Definition {
	d, err := builtin()
	if err != nil {
		panic("the built-in definition does not parse: " + err.Error())
	}
	return d
}
