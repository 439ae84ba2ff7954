package wordmodel

import "strings"

// The elements of drawings: DrawingML (w:drawing), as Word 2010 and
// later and WPS write pictures, shapes and text boxes, and VML (w:pict),
// as WPS and Word 2007 write them. Whether a picture or a shape as a whole
// is drawn is its reader's to say (pictures.go, shapes.go, vml.go); known
// here is what they do not look at: a picture's alpha and colour
// changes, effects, 3-D.

func drawingML() {
	knownNames("", read, `wp:inline wp:anchor wp:wrapPolygon a:graphic a:graphicData pic:pic pic:blipFill pic:spPr
		a:blip a:stretch a:xfrm wps:wsp wps:spPr wps:style wps:txbx wps:bodyPr a:ln
		a:solidFill a:srgbClr a:schemeClr a:sysClr a:prstClr a:scrgbClr a:hslClr
		a:lnRef a:fillRef a:effectRef a:fontRef wpg:wgp wpg:grpSp wpc:wpc`)
	// A group's and a canvas's own properties, read by groups.go, which
	// lists what it holds that the PDF cannot draw (wpg:graphicFrame).
	knownNames("", quiet, `wpg:cNvPr wpg:cNvGrpSpPr wpg:nvGrpSpPr wpg:grpSpPr wpg:graphicFrame wpc:bg wpc:whole wpc:graphicFrame`)
	knownNames("", quiet, `wp:simplePos wp:positionH wp:positionV wp:posOffset wp:align wp:extent wp:effectExtent
		wp:wrapNone wp:wrapSquare wp:wrapTight wp:wrapThrough wp:wrapTopAndBottom wp:start wp:lineTo
		wp:docPr wp:cNvGraphicFramePr wp14:sizeRelH wp14:sizeRelV pic:nvPicPr
		wps:cNvPr wps:cNvSpPr wps:cNvCnPr wps:cNvFrPr wps:nvSpPr wps:extLst a:extLst a:fillRect a:off a:ext a:chOff a:chExt
		a:prstGeom a:custGeom a:avLst a:gd a:noFill a:gradFill a:pattFill a:blipFill
		a:prstDash a:custDash a:round a:bevel a:miter a:headEnd a:tailEnd
		a:lumMod a:lumOff a:shade a:tint a:scene3d a:flatTx
		a:noAutofit a:normAutofit a:spAutoFit a:prstTxWarp`)
	// A freeform's geometry, read by geometry.go; its handles and
	// connection sites are Word's to edit it with.
	knownNames("", quiet, `a:gdLst a:ahLst a:ahXY a:ahPolar a:cxnLst a:cxn a:pos a:rect a:pathLst a:path
		a:moveTo a:lnTo a:arcTo a:quadBezTo a:cubicBezTo a:close a:pt`)
	// A picture's crop, colour, shape and line, read by crop.go and
	// tones.go.
	knownNames("a:blip", quiet, `a:grayscl a:biLevel a:duotone a:lum`)
	knownNames("", quiet, `a:srcRect a:tile`)
	// A picture's own look, which the PDF does not apply.
	knownNames("a:blip", knownAs{what: "图片颜色或亮度调整"}, `a:clrRepl
		a:hsl a:tint a:alphaBiLevel a:alphaCeiling a:alphaFloor a:alphaInv a:alphaMod
		a:alphaRepl a:blur a:fillOverlay`)
	// Its transparent colour and its transparency, applied to its pixels
	// (transparency.go).
	knownNames("a:blip", quiet, `a:clrChange a:alphaModFix`)
	knownNames("a:clrChange", quiet, `a:clrFrom a:clrTo`)
	knownNames("", knownAs{check: nonEmpty("阴影、发光、柔化边缘或映像效果")}, `a:effectLst`)
	// A shape's: its reader draws a sharp outer shadow and names what
	// else it cannot draw (shapeshadows.go).
	knownNames("wps:spPr", quiet, `a:effectLst`)
	knownNames("pic:spPr", quiet, `a:effectLst`) // a picture's: crop.go's frame
	// An effect list's effects, listed with it.
	knownNames("a:effectLst", quiet, `a:outerShdw a:innerShdw a:prstShdw a:glow a:softEdge a:reflection a:blur a:fillOverlay`)
	knownNames("", knownAs{what: "图片或图形效果"}, `a:effectDag`)
	knownNames("", knownAs{check: nonEmpty("三维效果")}, `a:sp3d`)
	// A linked box's place in its chain, read by links.go.
	knownNames("", read, `wps:linkedTxbx`)
	knownNames("", knownAs{check: opaque}, `a:alpha`)
	knownNames("", knownAs{what: "颜色变换（饱和度、色相或灰度）"}, `a:satMod a:satOff a:sat a:hueMod a:hueOff a:hue
		a:gamma a:invGamma a:comp a:inv a:gray a:red a:redMod a:redOff a:green a:greenMod a:greenOff
		a:blue a:blueMod a:blueOff a:alphaMod a:alphaOff`)
	// A colour's saturation and alpha are applied to it (colors.go), the
	// alpha as the colour shows over white paper.
	for _, c := range strings.Fields("a:srgbClr a:schemeClr a:sysClr a:prstClr") {
		knownNames(c, quiet, `a:satMod a:satOff a:alpha`)
	}
	// A gradient's stops and course, read by fills.go.
	knownNames("", quiet, `a:gsLst a:gs a:lin a:fillToRect a:tileRect a:fgClr a:bgClr`)
}

func vml() {
	knownNames("", read, `v:shape v:rect v:roundrect v:oval v:line v:textbox v:polyline v:curve v:arc`)
	// The shape's definition, its fill and line, a watermark's text path
	// (drawn by the layout), the wrap: read by vml.go, or not printed.
	knownNames("", quiet, `v:shapetype v:stroke v:fill v:imagedata v:path v:formulas v:f v:handles v:h v:textpath
		o:lock o:OLEObject w10:wrap w10:anchorlock v:group v:image`)
	// A plain shadow is drawn by its shape's reader (vmlshadow.go).
	knownNames("", knownAs{check: vmlShadowListed}, `v:shadow`)
	knownNames("", knownAs{check: vmlOn("三维效果")}, `o:extrusion`)
	knownNames("", knownAs{what: "标注框"}, `o:callout`)
	knownNames("", knownAs{what: "签名行"}, `o:signatureline`)
	knownNames("", knownAs{what: "图形边框（VML）"}, `w10:bordertop w10:borderleft w10:borderbottom w10:borderright`)
}

// nonEmpty lists an element that says something (has content or
// attributes) as what: Word writes an empty a:effectLst.
func nonEmpty(what string) func(*sheet, string) string {
	return func(_ *sheet, el string) string {
		if !strings.Contains(tagOf(el), "=") && strings.Count(el, "<") <= 2 {
			return ""
		}
		return what
	}
}

// vmlOn lists a VML element that is on (on="t").
func vmlOn(what string) func(*sheet, string) string {
	return func(_ *sheet, el string) string {
		switch attr(tagOf(el), "on") {
		case "t", "true", "1", "on":
			return what
		}
		return ""
	}
}

// opaque lists a colour that is not fully opaque.
func opaque(_ *sheet, el string) string {
	if v := attr(tagOf(el), "val"); v != "" && v != "100000" {
		return "透明度（半透明的颜色）"
	}
	return ""
}
