"""The word-level diff of two versions: removed and added words, unchanged runs folded."""

from cables.web.word_diff import CONTEXT, FOLD_OVER, word_diff


def kinds(old: str, new: str) -> list[tuple[str, str]]:
    return [(s.kind, s.text) for s in word_diff(old, new).segments]


def test_a_changed_word_is_removed_then_added():
    assert kinds("the old plan", "the new plan") == [
        ("same", "the "),
        ("removed", "old"),
        ("same", " "),
        ("added", "new"),
        ("same", " "),
        ("same", "plan"),
    ]


def test_replaced_words_stand_side_by_side_and_the_line_break_follows_them():
    assert kinds("end old\n\nnext", "end new\n\nnext") == [
        ("same", "end "),
        ("removed", "old"),
        ("same", " "),
        ("added", "new"),
        ("same", "\n\n"),
        ("same", "next"),
    ]


def test_a_long_unchanged_run_is_folded_keeping_a_few_words_beside_each_change():
    middle = " ".join(f"w{i}" for i in range(30))
    diff = word_diff(f"alpha {middle} omega", f"beta {middle} gamma")

    folded = [s for s in diff.segments if s.kind == "folded"]
    assert [s.text for s in folded] == ["… 22 words …"]
    assert (diff.removed, diff.added) == (2, 2)


def test_the_text_before_the_first_change_and_after_the_last_keeps_context_on_one_side():
    run = " ".join(f"w{i}" for i in range(FOLD_OVER + 1))
    segments = word_diff(f"{run} old {run}", f"{run} new {run}").segments

    kinds = [s.kind for s in segments]
    assert kinds == ["folded", "same", "removed", "same", "added", "same", "same", "folded"]
    assert segments[0].text == segments[-1].text == f"… {FOLD_OVER + 1 - CONTEXT} words …"


def test_only_words_count_not_the_spaces_or_line_breaks_between_them():
    assert word_diff("one two\nthree", "one  two three").added == 0


def test_markup_in_a_text_stays_plain_text_for_the_template_to_escape():
    assert ("added", "<b>bold</b>") in kinds("plain", "plain <b>bold</b>")
