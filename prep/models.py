# Practice models (Card, Review, Bookmark, Note, MockInterview, MockAnswer) land
# with the practice-loop work; see ../shared/DESIGN.md.
