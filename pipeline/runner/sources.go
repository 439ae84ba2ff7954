package runner

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"

	"jixiao/fonts"
	"jixiao/pipeline/ingest"
	"jixiao/pipeline/job"
	"jixiao/pipeline/layout"
	"jixiao/pipeline/manifest"
	"jixiao/templates"
)

// Fresh reports whether j's outputs are up to date; reason says why not.
func Fresh(j *job.Job) (bool, string, error) {
	return manifest.Fresh(j.Output, tool(), Sources(j))
}

// Sources lists everything j's outputs depend on.
func Sources(j *job.Job) []manifest.Source {
	src := []manifest.Source{{Key: "job", Path: j.Path}}
	if fi, err := os.Stat(j.Input); err == nil && fi.IsDir() {
		entries, _ := os.ReadDir(j.Input)
		for _, e := range entries {
			if strings.EqualFold(filepath.Ext(e.Name()), ".csv") && !strings.HasPrefix(e.Name(), "~$") {
				src = append(src, manifest.Source{Key: "input/" + e.Name(), Path: filepath.Join(j.Input, e.Name())})
			}
		}
	} else {
		src = append(src, manifest.Source{Key: "input", Path: j.Input})
	}
	file := func(key, path, embedded string) {
		if path != "" {
			src = append(src, manifest.Source{Key: key, Path: path})
		} else {
			src = append(src, manifest.Source{Key: key, SHA256: embedded})
		}
	}
	file("definition", j.Definition, templates.DefinitionSHA256)
	file("template.docx", j.Template, templates.DisclosureSHA256)
	file("template.xlsx", j.XlsxTemplate, templates.AttachmentSHA256)
	file("template.pdf", j.PDFPreset, templates.GBT9704SHA256)
	defaults := map[string]string{"fangsong": fonts.FangSongSHA256, "kai": fonts.KaiSHA256, "song": fonts.SerifRegularSHA256, "xiaobiaosong": fonts.SerifBoldSHA256, "hei": fonts.HeiSHA256, "fallback": fonts.HeiSHA256}
	system := map[string]string{}
	for _, f := range layout.SystemFonts() {
		system[f.Role] = f.Path
	}
	for _, role := range job.FontRoles {
		path := j.Fonts[role]
		if path == "" {
			path = system[role] // installing the bureau's font rebuilds
		}
		file("font."+role, path, defaults[role])
	}
	if j.Previous != "" {
		// Last year's facts count when they are there; when they are not,
		// the build only warns, and so must not fail here.
		prev := filepath.Join(j.Previous, FactsName)
		if _, err := os.Stat(prev); err == nil {
			src = append(src, manifest.Source{Key: "previous", Path: prev})
		}
	}
	return src
}

// withSnapshot describes the input by the snapshot the build read, not by
// the file as it is now: the manifest then certifies what was built from.
func withSnapshot(sources []manifest.Source, in *ingest.Snapshot) []manifest.Source {
	out := make([]manifest.Source, 0, len(sources)+len(in.Files))
	for _, s := range sources {
		if s.Key != "input" && !strings.HasPrefix(s.Key, "input/") {
			out = append(out, s)
		}
	}
	for _, f := range in.Files {
		key := "input"
		if in.Dir {
			key += "/" + f.Name
		}
		path := in.Path
		if in.Dir {
			path = filepath.Join(in.Path, f.Name)
		}
		out = append(out, manifest.Source{Key: key, Path: path, SHA256: f.SHA256, Size: f.Size, ModTime: f.ModTime})
	}
	return out
}

// Differences rebuilds j in memory and names each output that would differ
// from what is on disk (build --verify).
func Differences(j *job.Job) ([]string, error) {
	out, err := Render(j)
	if err != nil {
		return nil, err
	}
	var diff []string
	for _, f := range out.Files {
		disk, err := os.ReadFile(filepath.Join(j.Output, f.Name))
		if err != nil || !bytes.Equal(disk, f.Data) {
			diff = append(diff, filepath.Join(j.Output, f.Name))
		}
	}
	return diff, nil
}
