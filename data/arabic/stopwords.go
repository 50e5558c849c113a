package arabic

// stopWords are common function words in normalised form (prepositions,
// conjunctions, pronouns, demonstratives, particles).
var stopWords = map[string]bool{}

func init() {
	for _, w := range []string{
		"في", "من", "الي", "علي", "عن", "مع", "ان", "او", "ثم", "لا", "لم", "لن", "ما", "قد", "لقد",
		"هذا", "هذه", "ذلك", "تلك", "هو", "هي", "هم", "هن", "انا", "نحن", "انت", "انتم",
		"الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "كان", "كانت", "يكون", "تكون",
		"كل", "بعض", "غير", "بين", "حتي", "اذا", "اذ", "لكن", "بل", "عند", "منذ", "خلال", "حول",
		"و", "ف", "ب", "ل", "ك", "به", "بها", "له", "لها", "لهم", "فيه", "فيها", "منه", "منها",
		"عليه", "عليها", "اليه", "اليها", "كما", "وقد", "ولا", "وما", "وان", "فان", "بان", "لان",
		"ايضا", "اي", "هناك", "هنا", "اما", "الا", "ولم", "التي", "وهو", "وهي", "هذا", "تم",
	} {
		stopWords[w] = true
	}
}

// IsStopWord reports whether the normalised word w is a function word that
// carries no topic: في، من، على، أن، هذا …
func IsStopWord(w string) bool { return stopWords[w] }
