package pdf

// roundTripKnown are the differences a fixture keeps once LibreOffice
// has saved it again (TestRoundTripAgreesWithLibreOffice), on top of its
// corpusKnown ones: where LibreOffice's re-save loses or changes what
// the fixture shows, so that its PDF of the saved file and ours differ
// for a reason of the saving, not of our reading. Each says what
// LibreOffice wrote.
var roundTripKnown = map[string][]known{}
