package extractor

// The meeting's own acts (actionVerbAt, actionPieces): what a meeting or
// a body as subject agreed on, debated, heard.

// agreedChoice reads, at token k after "thống nhất / nhất trí / hiệp
// thương", what was agreed as a choice: a verb of choosing ("(cao) giới
// thiệu / lựa chọn / chọn / bầu ...") or the figures and lists of a
// consultation ("số lượng, danh sách, cơ cấu ..."). It returns the length
// in tokens, or 0.
func agreedChoice(toks []token, k, te int) int {
	j := k
	if j < te && toks[j].fold == "cao" {
		j++
	}
	if j+1 >= te || !toks[j].lower {
		return 0
	}
	switch toks[j].fold + " " + toks[j+1].fold {
	case "giới thiệu", "lựa chọn", "số lượng", "danh sách", "cơ cấu":
		if j+2 < te && toks[j+2].word {
			return j + 2 - k
		}
	}
	switch toks[j].fold {
	case "chọn", "bầu":
		if toks[j+1].word {
			return j + 1 - k
		}
	}
	return 0
}

// throughConsultation reads "Qua hiệp thương / thảo luận, <the meeting>
// ..." at token k: the means by which the meeting named after the comma
// acted. It returns the token of that meeting noun, or -1.
func throughConsultation(toks []token, k, te int) int {
	if k+4 >= te || toks[k].fold != "qua" || !toks[k].capital {
		return -1
	}
	for c := k + 1; c+2 < te && c-k <= 4; c++ {
		if toks[c].text != "," {
			continue
		}
		if meetingNounAt(toks, c+1) {
			return c + 1
		}
		return -1
	}
	return -1
}
