"""Step 3: turn a raw item into a draft question: markdown answer, rubric, level, topic.

Fake answers (empty, "TODO", Lorem ipsum, keyboard mash, a bare label) are
detected here: the question is kept with status needs_answer and the fake text
is never used as an answer.
"""

import re
import unicodedata
from dataclasses import dataclass

from questions.importing import lines as L
from questions.importing.code import guess_language, looks_like_code, looks_like_prose
from questions.importing.flattened import restore_flattened_code
from questions.importing.parsing import RawItem
from questions.importing.site_sources import BLOCK_REF
from questions.importing.topics import guess_topic
from questions.importing.unanswered import (
    PASSES,
    SHORT_NOTE,
    hedged_answer,
    only_agreement,
    only_placeholder_code,
    says_no_answer,
)

MAX_PROMPT = 1000
BULLET = re.compile(r"^(\s*)[•◦▪‣●○■□➤►▸–]\s+(.*)$")
MARKDOWN_BULLET = re.compile(r"^(\s*)[-*+]\s+(.*)$")
NUMBERED_ITEM = re.compile(r"^[ \t]*+\d{1,3}[.)][ \t]+[^\W\d_]")
# A guide's label before the answer it expects: "Good answer: ...", "Model answer: ..."
GRADED_ANSWER = re.compile(
    r"^\W{0,4}(?:good|model|expected|strong|ideal|sample|great|excellent) "
    r"(?:answers?|repl(?:y|ies)|responses?)\W{0,4}:[ \t]*",
    re.IGNORECASE,
)
# ... a model one before it on its line ("Expected answer:" is a rubric's outline)
MODEL_ANSWER = re.compile(
    r"^\W{0,4}(?:model|sample|ideal|suggested) answer(?:\*\*|__)?:(?:\*\*|__)?[ \t]*", re.I
)
LIST_ITEM = re.compile(r"\s*- ")
DUNDER = re.compile(r"__[^\W_]\w{0,40}?__")
DUNDER_AT_END = re.compile(r"__[^\W_]\w{0,40}?__$")
# "3. ", "3) ", "3 - ", a thread's "3/ What ...", and Chinese writing's "3、"
LEADING_NUMBER = re.compile(
    r"^\d{1,4}(?:[.)]|\s+[-–—])\s+(?=[^\W\d_])|^\d{1,2}/\s+(?=[A-Z\d])|^\d{1,4}、\s*(?=\S)|"
    r"^[A-H]\)\s+(?=[A-Z])"  # a lettered follow-up's "A) What happens if...?"
)
# "Q1:", "Q: ", "Question 3 -", "Question:" left at the start of a prompt (after an emoji);
# a bot's "**Drill #1** — ", "Exercise 2:", "Task 3 -"
LEADING_LABEL = re.compile(
    r"^(?:\[(?-i:[A-Z]{1,3})-?\d{1,3}\][ \t]+(?=\S)|"  # a bank's id in brackets: "[R1] Why..."
    r"(?:\*\*?|__)?(?:q\s*#?\d{0,4}|question(?:\s+#?\d{1,4})?|"
    # a review's prompt on a line of code: "Prompt (L16):"
    r"prompt(?:\s+#?\d{1,4}|\s*\([^()\n]{1,24}\))?|(?:drill|exercise|challenge|task)"
    # a series' number: "Daily Q #44:", "Question of the day #12 -"
    r"\s+#?\d{1,4}|(?:daily|weekly|today's|bonus) q(?:uestion)?\s*#\d{1,4}|"
    r"question of the (?:day|week)\s*#\d{1,4}|"
    # a quiz's count: "Question 7/8:", "**Last one, 8/8:**", "Final question:"
    r"(?:question\s+|(?:last|final) (?:one|question),?\s*)\d{1,3}/\d{1,3}|(?:last|final) question)"
    # its separator; or its bold alone: "**Question of the day #39** What's...", or a chat's
    # single-star bold: "*Question of the day #39* What's..."; or none, its number set apart
    # by a page's style alone ("<span class=qnum>Question 8</span>What is...")
    r"(?:(?:\*\*|__)?(?:\s*[.:)]|\s+[-–—])|(?<=\d)(?:\*\*?|__)(?=\s)|(?<=\d)(?=(?-i:[A-Z][a-z])))"
    r"\s*(?:\*\*|__)?\s*(?=\S))",
    re.IGNORECASE,
)
# A comment's byline in an issue tracker's export: its author in bold, then when.
COMMENT_BYLINE = re.compile(
    r"^\s*\*\*[^*\n]{2,60}\*\*\s*[·•|–—-]\s*(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|"
    r"\d{4}-\d{2}-\d{2}|\d{1,2} [A-Z][a-z]{2,8} \d{4}|yesterday|today|"
    r"\d{1,3} (?:minutes?|hours?|days?) ago)\b[^\n]{0,60}$"
)
COMMENTS_HEADING = re.compile(r"^\s*#{1,6}\s+(?:comments?|activity|discussion)\s*$", re.IGNORECASE)
# A printed form's field left empty: "Rating ☆ ☆ ☆ ☆ ☆", "Notes ____________".
EMPTY_FIELD = re.compile(
    r"^[\W_]*+[^\W\d_][\w ]{0,30}:?[ \t]*(?:_{4,}+|\.{6,}+|(?:[☆★○◯][ \t]*){3,}+)[\W_]*+$"
)
CHOICE_A = re.compile(r"^\s*(?:[-*+]\s+)?\(?A\s*[.:)]\s")
CHOICE_B = re.compile(r"^\s*(?:[-*+]\s+)?\(?B\s*[.:)]\s")
WITH_ITS_LIST = re.compile(
    r"\b(?:following|requirements|constraints|cover(?:ing)?|include|including|address(?:ing)?|"
    r"such as|consider(?:ing)?|think(?:ing)? about|discuss(?:ing)?|touch(?:ing)? on)\W*$",
    re.IGNORECASE,
)
ECHO_SHARE = 0.7  # of the question's words, said again at the answer's start
QUOTED_OR_LISTED = re.compile(r"^\s*(?:[-*+•>]|\d{1,3}[.)])(?:\s|$)")
LIST_START = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+")
# ANSWER_LABEL for pattern.match(line, position), where "^" would only match at 0.
ANSWER_LABEL_AT = re.compile(L.ANSWER_LABEL.pattern.removeprefix("^"), L.ANSWER_LABEL.flags)
RUBRIC_LABEL = re.compile(
    r"(?:\*\*?|__?)?\b(what it tests|answer outline|outline|strong answer|expected answer|"
    r"red flags?|weak answer|"
    r"interviewer(?:'s|’s)? notes?|notes? for (?:the )?interviewers?)"
    r"\s*:(?:\*\*?|__?)?\s*",
    re.IGNORECASE,
)
QUOTED = re.compile(r"^\s*>")
QUOTE_MARK = re.compile(r"^[ \t]*>[ \t]?", re.MULTILINE)
# (what a weak answer says is what to watch for: "Recites the pyramid without...")
RUBRIC_FIELD = {
    "what it tests": "what",
    "red flag": "red",
    "red flags": "red",
    "weak answer": "red",
}
RED_FLAG = re.compile(r"^(?:a |the )?red flags?(?: is| are|:)?\s*", re.IGNORECASE)
LOREM = set(
    "lorem ipsum dolor sit amet consectetur adipiscing elit sed eiusmod tempor incididunt labore "
    "dolore magna aliqua enim minim veniam quis nostrud exercitation ullamco laboris nisi aliquip "
    "commodo consequat duis aute irure reprehenderit voluptate velit esse cillum fugiat nulla "
    "pariatur excepteur sint occaecat cupidatat proident sunt culpa officia deserunt mollit anim "
    "laborum nemo ipsam voluptatem quia voluptas aspernatur aut odit fugit consequuntur magni "
    "dolores eos ratione sequi nesciunt neque porro quisquam dolorem adipisci numquam eius modi "
    "tempora incidunt magnam aliquam quaerat".split()
)
FILLER_START = re.compile(
    r"^\W*(?:(?:(?:answers?|solutions?)\s*+[:\-–]?\s*+)?"
    r"(?:todo|tbd|tba|tbc|fixme|placeholder|(?:is )?coming soon|wip|to be done|"
    r"left as an exercise|"
    r"(?:will be|to be) (?:added|updated|written))\b|"
    # in Chinese and Japanese: "待补充 (TBD)", "待定", "暂无", "未記入", "準備中"; Korean's
    # "(해설) 준비 중", "작성 중"; French's, Spanish's, Portuguese's, German's, Russian's
    r"待补充|待補充|待完善|待定|暂无|暫無|未完成|未記入|準備中|作成中|"
    r"(?:(?:해설|답변|정답)[ \t]?)?(?:준비|작성)[ \t]?중|추가 예정|"
    r"à compléter|à venir|a completar|por completar|a preencher|kommt noch|"
    r"wird (?:noch )?ergänzt|будет позже|допишу)"
    r"[^\n]{0,160}$",
    re.IGNORECASE,
)
# A short answer that sends the reader to a link at its end instead of answering: "a whole
# book tbh, just read this page: https://..." ("Use a pool; see https://..." answers).
# ... or to someone else's: "There's a great write-up on this here: [...](...)"
POINTER = re.compile(
    r"\b(?:just|go|simply) (?:read|see|check(?: out)?|look at|watch|google)\b|"
    # "Super Fast Python has a better write-up than I could do:"
    r"\bhas (?:a|an) (?:much )?(?:better|great|good|nice|excellent) (?:write[- ]?up|explanation|"
    r"article|post|guide)\b|"
    r"^\W*(?:there(?:'s|’s| is)|here(?:'s|’s| is)) an? (?:(?:great|good|nice|solid|excellent|short|"
    r"long|detailed) )?(?:write[- ]?up|article|post|explanation|thread|video|read|guide)\b",
    re.I,
)
POINTER_WORDS = 6
LINK_AT_END = re.compile(r"(?:https?://\S{1,500}|\]\([^)\s]{1,500}\))[\s).]*$")
# "No model answer; discussed in the review session."
NONE_GIVEN = re.compile(
    r"^\W*no (?:model |sample |written |official |worked )?(?:answers?|solutions?)\b", re.I
)
# "n/a - still figuring this one out": what comes before the dash may be a placeholder
PLACEHOLDER_THEN_NOTE = re.compile(r"^([^\n:–—]{1,20}?)[ \t]*(?:[-–—]{1,2}|:)[ \t]+\S")
# ... or in brackets after it: "n/a (behavioral)" (not "None (unless you pass a default)")
PLACEHOLDER_THEN_REMARK = re.compile(
    r"^\W*(?:n/?a|tbd|tba|tbc|todo|fixme)[ \t]*\([^()\n]{1,80}\)\W*$", re.IGNORECASE
)
# "pydantic-settings → TODO": a word on what to write, and that it is still to write.
NOTE_THEN_PLACEHOLDER = re.compile(
    r"^[^\n]{0,40}?(?:→|->|=>|:|—|–|[ \t]-)[ \t]*(?:todo|tbd|tba|fixme|\?{2,})\W*$", re.I
)
# A picture's caption: "Figure: My JSONB cheat sheet", "*Figure 1: whiteboard from ...*"
CAPTION = re.compile(
    r"^\W*(?:(?:figure|fig\.)[ \t]*\d{0,3}|(?:diagram|screenshot)[ \t]*\d{1,3})[ \t]*[:.–—]", re.I
)
# Where to read on, under what the answer says (or all it says): "See also:" over links.
SEE_ALSO_TAIL = re.compile(
    r"(?:^|\n)[ \t]*(?:\*\*|__)?see also(?:\*\*|__)?[ \t]*:?(?:\*\*|__)?[ \t]*"
    r"(?:[-*+][ \t][^\n]{0,300})?(?:\n[ \t]*(?:[-*+]|\d{1,2}[.)])[ \t][^\n]{0,300})*\s*$",
    re.IGNORECASE,
)
# "??? - B or C, check the docs": the writer's own question marks where the answer goes.
UNKNOWN_START = re.compile(r"^\s*\?{2,}(?:\s|$)")
# A short answer that says the answer is missing: "I froze. (Answer still to be added.)".
# An interviewer's guide says the same of its notes: "Guidance TBD", "Panel to be added after
# the calibration session", "No guidance yet. Ask Marek before using this one."
MISSING_NOTE = re.compile(
    r"\b(?:answers?|solutions?|explanations?|guidance|panel|rubric|write-?up|notes)\s+"
    r"(?:(?:is|are|will be)\s+)?(?:(?:still|yet)\s+)?"
    r"(?:to be (?:added|written|done|provided|supplied|confirmed)|coming soon|to follow|tbd)\b|"
    r"\b(?:model |sample |reference )?(?:answers?|solutions?) (?:will be|to be) (?:posted|"
    r"published|shared|released|handed out|added|written)\b|"
    r"\bno (?:answer|guidance|notes|rubric|write-?up|solution)s? (?:yet|so far)\b|"
    # "Rubric being drafted after the March calibration session."
    r"^\W*(?:the )?(?:answers?|solutions?|guidance|rubric|write-?up|notes) (?:is |are )?(?:still )?"
    r"being (?:drafted|written|worked on|prepared|reviewed)\b|"
    # "Answers next session.", "Solutions in the next issue"
    r"^\W*(?:answers?|solutions?)\s+(?:(?:will be|are)\s+)?(?:(?:posted|shared|given)\s+)?"
    r"(?:next|in (?:the|a) (?:next|later|future|follow-up))\s+"
    r"(?:session|week|issue|time|class|lesson|post|meetup|episode|part|newsletter|email)\b|"
    # a course's locked answer: "🔒 Answer available after you submit your attempt."
    r"^\W*(?:the )?(?:answers?|solutions?) (?:is |are )?(?:only )?(?:available|unlocks?|unlocked|"
    r"visible|shown|revealed) (?:only )?(?:after|once|when) you\b|"
    # ... or behind a paywall: "🔒 Unlock the model answer with Sprint Pro."
    r"^\W*(?:unlock|(?:upgrade|subscribe|sign (?:in|up)|log in) to (?:see|read|view|unlock)) "
    r"(?:the |this |our )?(?:model |full |sample |complete )?(?:answers?|solutions?)\b|"
    # a book's or a show's: "Deliberately left open.", "Beyond the scope of this book.", "No
    # spoilers, you'll have to listen for this one.", "I'm not even going to try to summarise"
    r"^\W*(?:(?:deliberately|intentionally) left open\b|left open\W*$)|"
    r"^\W*(?:expected |model |reference |sample )?answers? (?:is )?(?:still )?"
    r"(?:missing|pending)\b|"
    r"^\W*(?:this is )?(?:beyond|outside) the scope of (?:this|the) (?:book|chapter|article|post|"
    r"course|guide|episode)[ \t]*(?:[.!;]|$)|"  # (not "..., but briefly: ...")
    r"\bno spoilers\b.{0,40}\byou(?:'ll|’ll| will) (?:have to|need to) (?:listen|watch|tune in)\b|"
    # a host's: "this one gets its own video", "I made a whole separate video on it", an
    # answerer's "This one deserves a whole answer of its own, see ..."
    r"\b(?:this one|it|that) (?:gets|deserves|needs) (?:its own (?:answer|video|post|article|"
    r"episode|thread|write-?up)|an? (?:(?:whole|separate|full) )?(?:answer|video|post|article|"
    r"episode|question|thread) of its own)\b|"
    # "I ran out of space for this one. It will be the first question in Part 2"
    r"\b(?:i|we) ran out of (?:space|room|time) for (?:this|it|that)\b|"
    # a newsletter's: "it deserves more than a paragraph — I'll make it the lead of next issue"
    r"\bdeserves more than (?:a|one) (?:paragraph|line|sentence|answer)\b|"
    r"\bmade a (?:(?:whole|full|separate|dedicated) )*(?:video|post|article|episode) "
    r"(?:on|about) (?:it|this|that)\b|"
    r"\b(?:i(?:'m|’m| am)|we(?:'re|’re| are)) not (?:even )?going to (?:try to )?"
    r"(?:summari[sz]e|answer|explain|spoil) (?:it|this|that)\b",
    re.IGNORECASE,
)
# A remark in brackets before what the answer says: "[skip if short on time] — TODO ..."
BRACKETED_LEAD = re.compile(r"^[ \t]*[\[(][^\])\n]{1,60}[\])][ \t]*[—–:]?[ \t]*")
# A short label on a line of its own, over what it labels: "**Look for:**", "Key points:".
LABEL_OVER = re.compile(r"^[ \t]*(?:\*\*|__)?[^\W\d_][^\n:*_]{0,30}:(?:\*\*|__)?[ \t]*(?:\n|$)")
# An item of a list, bulleted or numbered: a wrapped line of a to-do never joins it
ITEM_START = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s")
# A to-do where the answer goes: "TODO: ...", "#todo", a box still to tick ("- [ ] write
# this up")
TODO_ITEM = re.compile(r"^\s*(?:[-*+]\s+)?(?:\[ \]\s|[#@]?(?:todo|tbd|fixme)\b)", re.IGNORECASE)
LEAD_IN_WORDS = 5  # "Okay, first one.", "Let's start with Postgres."
# A remark that only announces the next question: "Quick one.", "Classic one now.",
# "First one, warm-up.", "Okay, let's get spicier." (not "Given a users table.").
REMARK = re.compile(
    r"^(?:ok(?:ay)?|so|now|right|alright|great|nice|cool|next|quick|classic|last|first|"
    r"bonus|final|warm-up|let(?:'|’)?s)\b(?![^.!?]{0,40}\b(?:given|consider|imagine|suppose|"
    r"assume|you)\b)[^.!?\n]{0,40}[.!](?:\s|$)",
    re.IGNORECASE,
)
# A note to self after the question: "What are fixture scopes? — skip for now, ask Arjun"
# ... or in brackets: "What is backpressure? (blanked, anyone?)"
REMARK_AFTER = re.compile(r"(?<=[.?!])[ \t]+\(([^()\n]{1,300})\)$")
NO_ANSWER_GIVEN = re.compile(r"\bno (?:model |sample |written |reference )?answers?\b", re.I)
NOTE_AFTER = re.compile(r"\?[ \t]+(?:[—–-]{1,2}[ \t]+([^?\n]{1,60})|\(([^()\n]{1,60})\))$")
# Where the question was asked, before it: "Got this one in a phone screen last week.",
# "This came up at my Acme onsite."
PROVENANCE = re.compile(
    r"^(?:(?:i )?(?:got|had|was asked|were asked) (?:this|that)(?: one| question)? (?:in|at|on|"
    r"during)|(?:this|that)(?: one| question)? (?:came up|was asked|got asked) (?:in|at|on|during))"
    # (at an interview: not "Got this on a FastAPI app with a sync def endpoint.")
    r"\b[^.!?\n]{0,40}\b(?:interview|onsite|on-site|phone screen|screen|loop|round|take-?home)"
    r"[^.!?\n]{0,40}[.!](?:\s|$)",
    re.IGNORECASE,
)
# A short answer that only points elsewhere or is a remark: "See section 5.2.", "(see
# lecture slides)", "(skipped — out of time)".
ELSEWHERE = re.compile(
    # (not what it says after a colon: "See PEP 8: four spaces, never tabs.")
    r"^\W*(?:see|refer to|cf\.?|covered in|answered in|discussed in)\b[^\n:;]{0,80}:?\W*$|"
    r"^\([^()\n]{1,120}\)\W*$",
    re.IGNORECASE,
)
# Only where to read the answer: "Please refer to [X](...) for a detailed explanation with
# examples", "**Must Read:** [X](...)", "See [[202401221000]] and https://..." (each link
# written LINK).
REFERRAL = re.compile(
    r"^\W*(?:please |kindly )?(?:refer to|see|read|check(?: out)?|must read|recommended reading|"
    # the writer's own post: "We cover this in depth in LINK."
    r"(?:we|i) (?:cover|covered|explain|explained|discuss|discussed|go into|went into) "
    r"(?:this|it|that)(?: one)?(?: (?:in depth|in detail|at length))? in)"
    # (a word's apostrophes only inside it: a run of quotes was read two ways, exponentially)
    r"\W+(?:\w+(?:['’]\w+)*\W+){0,4}?LINK(?:\W+(?:and|or)\W+LINK)*\W*"  # ("See the team's LINK")
    r"(?:(?:for|to (?:learn|read|see)) [^.\n]{0,60})?\W*$",
    re.IGNORECASE,
)
WIKI_LINK = re.compile(r"\[\[[^\[\]\n]{1,200}\]\]")
# A note's tags that say it is not written yet: "#stub", "#todo #wip"; and how long the note
# under them may be to be only a note of what to write.
STUB_NOTE = 400
STUB_TAG = re.compile(r"#(?:stub|todo|placeholder|unfinished)\b", re.I)  # (not "#draft", "#wip")
NOTE_TAGS = re.compile(r"(?:#(?:stub|todo|wip|draft|placeholder|unfinished)\b[ \t]*)+", re.I)
KEYBOARD_RUNS = re.compile(
    r"asdf|sdfg|dfgh|fghj|ghjk|hjkl|qwer|wert|erty|rtyu|tyui|yuio|uiop|zxcv|xcvb|cvbn|vbnm|"
    r"(\w)\1{3,}",
    re.IGNORECASE,
)
# Real words without vowels that show up in short answers ("Use HTTPS.", "Run psql.").
VOWELLESS_TERMS = set(
    "https http html sql psql ssh tcp ssl tls dns cpu gpu rpc grpc crud cqrs tdd bdd ddd jwt "
    "xss csrf cors mvc npm pwd rss ttl str cls ctx cfg src pkg msg req kwds dct lst nth sync "
    "rhs lhs xml yml bfs dfs lru mru fifo lifo".split()
)
STRONG_CODE = re.compile(
    r"^\s*(?:from \S+ import|import \S|def |class |async def |@[\w.]+(?:\(.*\))?\s*$|\$ |>>> |"
    r"SELECT |print\()"
)
HTML_TAG = re.compile(r"</?[a-zA-Z][^<>]{0,200}>")
MARKDOWN_LINK = re.compile(r"!?\[[^\[\]]{0,300}\]\([^()\s]{0,500}\)")
HTML_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{1,6});")
# Someone saying they had no answer: "hmm, I wasn't sure here", "no idea", "skipped".
NOT_AN_ANSWER = re.compile(
    r"^\W*(?:(?:hmm+|um+|uh+|erm+|honestly)\W+)?"
    r"(?:(?:i (?:wasn't|was not|am not|'m not|am|was) (?:sure|unsure)|not sure|"
    r"i don'?t know|no idea|i blanked)\b[^\n]{0,40}|(?:i )?skipped(?: (?:it|this))?\W*|pass\W*)$",
    re.IGNORECASE,
)
FOOTNOTE_MARKS = re.compile(r"(?:\s*\[(?:[a-z]{1,2}|\d{1,3})\])+\s*")
SHORT_TITLE = re.compile(r"[A-Z][\w&/+-]*(?: [\w&/+-]+){0,2}")
# A scorecard's fields around the candidate's answer: "Notes:" alone, "Rating: 3/4" last;
# a slide's "Speaker notes:" over what the speaker says.
NOTES_LABEL = re.compile(
    r"^\W*(?:(?:interview(?:er)?(?:'s|’s)?|candidate|my|speaker|presenter) )?"
    r"(?:notes|feedback|comments)\W*:\W*$",
    re.IGNORECASE,
)
# An arrow that points from a question to its answer: "   -> it's a mutex in CPython".
ANSWER_ARROW = re.compile(r"^[ \t]*(?:->|=>|→|⇒)[ \t]*")
# A printed form's empty field: "Notes:", "Notes: ________", or the line to write on.
FORM_BLANK = re.compile(
    r"^\W*(?:notes|comments|feedback)\s*:(?:\*\*|__)?[ \t]*(?:_{3,}[ \t]*)?$|^[ \t]*_{3,}[ \t]*$"
    r"|^[ \t]*&nbsp;[ \t]*$",  # (a markdown template's room to write, kept open by "&nbsp;")
    re.I,
)
# A scorecard's grade still to give: "**Score:** ☐ 1 ☐ 2 ☐ 3 ☐ 4", every box empty.
UNTICKED = re.compile(r":\W*(?:[☐□][ \t]*[\w .,/-]{0,24}){2,}$")
GRADE = re.compile(
    r"^\W*(?:rating|score|grade|verdict|signal|hire signal|assessment)\s*:[^\n]{0,40}$",
    re.IGNORECASE,
)
# A document's numbered section title: "4. Parking lot", "2.3 Replication".
NUMBERED_TITLE = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+\S+(?:\s+\S+){0,4}$")
# A note set apart from the text: "Note: ...", "IMPORTANT: ...", "Tip: ...".
ADMONITION = re.compile(
    r"^\W*(?:note|tip|hint|important|warning|caution|reminder|fyi|n\.?b\.?)\W{0,3}:", re.IGNORECASE
)
# A page's advertising between two questions: "40% off our course. Use code X at checkout."
PROMOTION = re.compile(
    r"\b(?:\d{1,2}% off|use (?:the )?code|limited(?:[- ]time)? offer|free trial|"
    r"book (?:now|a free)|enrol+ now|coupon|masterclass|bootcamp|sign up (?:now|today|for free))\b",
    re.IGNORECASE,
)
# A paywall where the answer should be: "🔒 This answer is available to Pro members.",
# "Unlock all 400+ answers - start your free trial", "Sign in to see the solution".
PAYWALL = re.compile(
    r"^\W*(?:(?:this|the|full) (?:answer|solution|content|explanation) is (?:only )?"
    r"(?:available|reserved) (?:to|for)\b|unlock (?:all|this|the|every)\b.{0,40}"
    r"\b(?:answers?|solutions?)\b|(?:sign in|log in|subscribe|upgrade|join)\b.{0,40}"
    r"\bto (?:see|view|read|unlock)\b.{0,20}\b(?:answers?|solutions?)\b|"
    r"(?:start|begin) (?:your|a) (?:\d+-day )?free trial|cancel any ?time\b|"
    # a newsletter's: "This post is for paid subscribers", "Keep reading with a 7-day free trial"
    r"this (?:post|article|issue|section) is (?:only )?for (?:paid|paying|premium) "
    r"(?:subscribers|members)|keep reading with a\b|subscribe to (?:keep|continue) reading)",
    re.IGNORECASE,
)
BARE_URL = re.compile(
    r"<?https?://\S{1,500}|\b(?:www\.)?[a-z0-9-]{1,60}(?:\.[a-z0-9-]{1,60}){0,4}"
    r"\.(?:com|org|net|io|dev|edu|gov|co|app|so)/\S{0,500}",
    re.IGNORECASE,
)
# A row of the page's links: "[Share on X](https://...) [Share on LinkedIn](https://...)",
# "[19 Comments](/p/issue-37/comments) 3 Restacks"
LINKS_ROW = re.compile(
    r"^[ \t]*(?:\[[^\[\]\n]{1,80}\]\([^()\s]{1,500}\)[ \t]*(?:\d{1,6}[ \t]+\w{1,20}[ \t]*)?){1,10}$"
)
# What a link-only answer says around its link.
LINK_WORDS = set(
    "see read refer to the at here more docs documentation official link this article "
    "check out details in for on source reference seriously really highly recommended "
    # (and OneNote's "Pasted from <url>")
    "recommend great good best explains it all pasted from".split()
)


@dataclass
class Draft:
    line: int
    prompt: str
    answer: str
    what_it_tests: str
    answer_outline: str
    red_flags: str
    level: str
    topic: str | None  # base topic slug
    section: str
    kind: str
    raw_answer: str = ""  # the answer text as the document had it, kept on the source
    unrestored_code: int = 0  # flattened Python blocks in `answer` that could not be restored

    @property
    def has_answer(self) -> bool:
        return bool(self.answer or self.answer_outline)


def clean_item(item: RawItem) -> Draft:
    prompt, inline_level = _clean_prompt(item.prompt)
    body = _without_badge(_trim(_without_comment_headers(item.body)))
    if item.prompt.rstrip().endswith(":") and item.body[:1] and item.body[0].strip():
        prompt, body = _list_into_prompt(prompt, body)
    if item.kind == "rubric-card":
        body = _first_paragraph(body)
    if L.DEICTIC.search(prompt) and body and body[0].startswith("```"):
        code, body = _leading_fence(body)
        prompt = f"{prompt}\n\n{code}"
    prompt, body = _context_before_answer(prompt, body)
    body = _without_section_titles(_without_score_fields(_strip_answer_label(body)))
    body = _without_passing(body)
    card = _card_parts(body)
    if card is not None:
        detail, answer, what_it_tests, outline, red_flags = card
        if detail:
            prompt = f"{prompt}\n\n{detail}"
    else:
        text = _list_at_margin("\n".join(body).strip("\n"))
        answer, what_it_tests, outline, red_flags = _split_rubric(text, item.kind)
    answer, unrestored = restore_flattened_code(
        to_markdown(_without_echo(prompt, _without_follow_ups(answer)))
    )
    if answer and is_placeholder(answer):
        answer, unrestored = "", 0  # filler is kept on the source (raw_answer), never shown
    if outline and is_placeholder(outline):
        outline = ""  # it stands in for a missing answer: "TBD - Tom to fill in" cannot
    if red_flags and is_placeholder(red_flags):
        red_flags = ""  # "**Red flags:** —"
    return Draft(
        line=item.line,
        prompt=prompt[:MAX_PROMPT],
        answer=answer,
        what_it_tests=what_it_tests,
        answer_outline=outline,
        red_flags=red_flags,
        level=item.level or inline_level or item.section_level or "unspecified",
        topic=guess_topic(prompt, answer or outline, item.section),
        section=item.section,
        kind=item.kind,
        raw_answer="\n".join(item.body).strip(),
        unrestored_code=unrestored,
    )


# A question's level and time as a handbook tags it, on the line under it: "L3+ ~10 min".
# (a level, or "~": "5 minutes." alone may be the answer)
BADGE = re.compile(
    r"^[ \t]*+(?:(?:L\d{1,2}|junior|mid|senior|staff)\+?[ \t]*+(?:[·|,–—-][ \t]*+)?~?|~)"
    r"[ \t]*+\d{1,3}[ \t]*+(?:min(?:ute)?s?|m)\b\.?[ \t]*$",
    re.IGNORECASE,
)


def _only_referral(text: str) -> bool:
    if "](" not in text and "[[" not in text and "://" not in text:
        return False
    return bool(REFERRAL.match(_one_line(text)))


def _one_line(text: str) -> str:
    """The text on one line, without its markup, each link one word (LINK)."""
    if "](" in text or "[[" in text or "://" in text:
        text = WIKI_LINK.sub(" LINK ", BARE_URL.sub(" LINK ", MARKDOWN_LINK.sub(" LINK ", text)))
    return " ".join(re.sub(r"[*_`#>|]", " ", text).split())


def _without_badge(body: list[str]) -> list[str]:
    return _trim(body[1:]) if body and BADGE.match(body[0]) else body


def _without_passing(body: list[str]) -> list[str]:
    """ "Skipping this one, someone else?" and then, after a blank line, someone's answer:
    the pass, handed on, is no part of it."""
    first = next((i for i, line in enumerate(body) if line.strip()), None)
    if first is None or first + 1 >= len(body) or body[first + 1].strip():
        return body
    passed = body[first].strip()
    if not PASSES.match(passed) or not HANDED_ON.search(passed):
        return body  # ("pass, ran out of time" over the writer's next remark: no answer)
    return _trim(body[first + 1 :])


HANDED_ON = re.compile(r"\b(?:someone|anyone|anybody|somebody)\b", re.IGNORECASE)


def _without_leading_symbols(prompt: str) -> str:
    """ "🔥 What is a closure?" -> "What is a closure?" (emoji, arrows, stars); and the
    same after its question mark ("How does a mutex work? 🔥")."""
    start = 0
    while start < len(prompt) and _symbol(prompt[start]):
        start += 1
    end = len(prompt)
    while end > start and _symbol(prompt[end - 1]):
        end -= 1
    if end < len(prompt) and not prompt[:end].endswith("?"):
        end = len(prompt)  # "Sort these: ★ ☆": symbols that are part of it
    return prompt[start:end]


def _symbol(char: str) -> bool:
    # a backtick opens code ("`select_related` vs ..."), though Unicode calls it a symbol
    return char.isspace() or (
        char != "`" and unicodedata.category(char) in {"So", "Sk", "Cf", "Mn"}
    )


def _list_into_prompt(prompt: str, body: list[str]) -> tuple[str, list[str]]:
    """ "Describe how you would debug it. Cover:" and the list right under it: what to
    cover is part of the question, when an answer follows the list."""
    end = 0
    while end < len(body) and LIST_START.match(body[end]):
        end += 1
    rest = _trim(body[end:])
    # "...with the following requirements:" asks with its list even when nothing follows.
    asks_with_list = bool(WITH_ITS_LIST.search(prompt))
    if not end or (not rest and not asks_with_list) or (rest and LIST_START.match(rest[0])):
        return prompt, body
    items = [LIST_START.sub("", row).strip() for row in body[:end]]
    return f"{prompt}:\n" + "\n".join(f"- {item}" for item in items), rest


# An outliner's marks on an item: done ("[COMPLETE] ...", "[DONE]") and tags after its "?"
# ("...hurt you? #asked #python"); not code ("const over #define").
OUTLINER_MARKS = re.compile(r"^\[(?:complete|completed|done)\][ \t]+", re.IGNORECASE)
TRAILING_TAGS = re.compile(r"(?<=\?)(?:[ \t]+#[^\W\d_][\w/-]{0,40})+[ \t]*$")
# A report's grade beside its question, after the "?": "...? Partially correct".
GRADED_CHIP = re.compile(
    r"(?<=\?)[ \t]+(?:not answered|unanswered|(?:partially |mostly |fully )?correct|incorrect|"
    r"wrong|skipped|partial(?:ly)?|strong|weak|passed|failed)[ \t]*$",
    re.IGNORECASE,
)


def _clean_prompt(prompt: str) -> tuple[str, str | None]:
    prompt = prompt[: MAX_PROMPT * 2]  # bounds the work of the patterns below
    level = None
    inline = L.INLINE_LEVEL.search(prompt)
    if inline:
        level = L.LEVEL_WORDS[inline.group(1).lower()]
        prompt = prompt[: inline.start()] + prompt[inline.end() :]
    prompt = re.sub(r"\*\*(.+?)\*\*", r"\1", prompt)
    # __bold phrase__, but never a dunder name like __slots__
    prompt = re.sub(r"(?<!\w)__(?=\S[^_]*\s)(.+?)__(?!\w)", r"\1", prompt)
    # (and its edges' markup, but not a dunder's underscores: "__slots__ vs __dict__")
    prompt = prompt.lstrip(" \t*#>").rstrip(" \t*#")
    prompt = prompt if DUNDER.match(prompt) else prompt.lstrip("_ \t*#>")
    prompt = prompt if DUNDER_AT_END.search(prompt) else prompt.rstrip("_ \t*#")
    prompt = _without_leading_symbols(prompt)
    spoken = L.QUESTION_SPEAKER.sub("", prompt, count=1)
    if spoken != prompt:
        prompt = _without_small_lead_ins(spoken)
    elif REMARK.match(prompt) or PROVENANCE.match(prompt):
        prompt = _without_small_lead_ins(prompt, remarks_only=True)
    prompt = LEADING_NUMBER.sub("", prompt, count=1)  # "<summary>1. What is X?</summary>"
    prompt = L.LEADING_TIME.sub("", prompt, count=1)  # a chapter's "08:02 How does X work?"
    prompt = LEADING_LABEL.sub("", prompt, count=1)  # "🔹 Q1: What is X?"
    prompt = L.MARKS.sub("", " ".join(prompt.split()))  # "... instead? (3 marks)"
    prompt = GRADED_CHIP.sub("", prompt)  # a report's "...useful? Not answered"
    prompt = OUTLINER_MARKS.sub("", TRAILING_TAGS.sub("", prompt))  # "[COMPLETE] ... #asked"
    noted = NOTE_AFTER.search(prompt)  # "...scopes? — skip for now, ask Arjun"
    note = noted and (noted.group(1) or noted.group(2))
    prompt = prompt[: noted.start() + 1] if note and says_no_answer(note) else prompt
    # "...end to end. (Behavioural — no model answer. Use the STAR structure.)": a remark on
    # the question, under it, that it has no answer
    remark = REMARK_AFTER.search(prompt)
    if remark and (NO_ANSWER_GIVEN.search(remark.group(1)) or says_no_answer(remark.group(1))):
        prompt = prompt[: remark.start()]
    return prompt.rstrip(":"), level


def _without_small_lead_ins(said: str, *, remarks_only: bool = False) -> str:
    """ "Nice. Okay, first one. What does X do?": an interviewer's turn from where it asks.
    Only short remarks go; a sentence that sets the scene ("You have one primary and two
    replicas.") is part of the question. Without a speaker's name (a transcript read as
    paragraphs), only what says nothing but "here comes one" ("Quick one.") goes."""
    sentences = re.split(r"(?<=[.!])\s+", said.strip())
    while len(sentences) > 1 and (
        PROVENANCE.match(sentences[0])
        or (
            len(sentences[0].split()) <= LEAD_IN_WORDS
            and not sentences[0].endswith("?")
            and (not remarks_only or REMARK.match(sentences[0]))
        )
    ):
        sentences.pop(0)
    return " ".join(sentences)


def _without_comment_headers(body: list[str]) -> list[str]:
    """An issue tracker's comments as the answer: without their "### Comments" heading and,
    under it, each comment's byline ("**Priya Raman** · May 3, 2024 at 10:18 AM")."""
    heading = next((i for i, line in enumerate(body[:40]) if COMMENTS_HEADING.match(line)), None)
    if heading is None or not any(COMMENT_BYLINE.match(line) for line in body[heading:]):
        return body
    under = [line for line in body[heading + 1 :] if not COMMENT_BYLINE.match(line)]
    return body[:heading] + under


def _trim(body: list[str]) -> list[str]:
    """Without blank lines around it, nor a card's tags under it ("#python #async"), nor a
    page's properties over it (a notes app's "Status: Reviewed" / "Tags: redis, design")."""
    start, end = 0, len(body)
    while start < end and (not body[start].strip() or TIME_MARK.fullmatch(body[start].strip())):
        start += 1  # (and a recording's time beside the question: "**What is X?** (25:48)")
    properties = start
    while properties < end and PROPERTY.match(body[properties]):
        properties += 1
    if properties - start >= MIN_PROPERTIES and any(
        PROPERTY.match(line).group(1).lower() in PROPERTY_NAMES for line in body[start:properties]
    ):
        start = properties
        while start < end and not body[start].strip():
            start += 1
    while end > start and (not body[end - 1].strip() or TAGS_ONLY.fullmatch(body[end - 1])):
        end -= 1
    return [line.rstrip() for line in body[start:end]]


TIME_MARK = re.compile(r"[\[(]\d{1,2}:\d{2}(?::\d{2})?[\])]")
# A page's property in a notes app or wiki export: "Last edited time: March 10, 2024 8:01 AM",
# a short name and a short value that is no sentence.
PROPERTY = re.compile(
    r"^[ \t]*(?:\*\*)?([A-Z][A-Za-z]*(?: [A-Za-z]+){0,2})(?:\*\*)?:[ \t]+"
    r"(?![^\n]*[.!?][ \t]+[A-Z])[^\n]{1,80}$"
)
MIN_PROPERTIES = 2
# What such pages name their properties (a scorecard's "Notes:" over its notes is no property).
PROPERTY_NAMES = set(
    "status tags tag created updated owner assignee priority difficulty topic category type "
    "level date due stage round company author source".split()
) | {
    "created time",
    "created at",
    "last edited",
    "last edited time",
    "last edited by",
    "created by",
    "last updated",
    "date added",
}
# (not C's "#endif", "#include" closing code)
TAGS_ONLY = re.compile(
    r"[ \t]*(?!#(?:endif|else|elif|if|ifdef|ifndef|define|undef|include|pragma|error|import)\b)"
    r"#[^\W\d][\w/-]{0,40}(?:[ \t]+#[^\W\d][\w/-]{0,40})*[ \t]*"
)


def _first_paragraph(body: list[str]) -> list[str]:
    for index, line in enumerate(body):
        if not line.strip():
            return body[:index]
    return body


# Where an answer is labelled after what the question shows first: "Answer:", "Solution:".
CONTEXT_END = re.compile(
    r"^(?:\*\*|__)?(?:answer|model answer|sample answer|solution|a)(?:\*\*|__)?\s*:", re.I
)
MAX_CONTEXT_LINES = 40


def _context_before_answer(prompt: str, body: list[str]) -> tuple[str, list[str]]:
    """ "Q: What does this program print?", then the program, then "Answer: ...": what comes
    before the label is part of the question (the code it asks about), not of its answer."""
    first = next((i for i, line in enumerate(body) if line.strip()), None)
    if first is None or CONTEXT_END.match(body[first]) or L.ANSWER_LABEL.match(body[first]):
        return prompt, body
    fenced = False
    for index in range(first, min(len(body), first + MAX_CONTEXT_LINES)):
        fenced = fenced != body[index].startswith("```")
        if not fenced and CONTEXT_END.match(body[index]):
            context = "\n".join(body[first:index]).strip()
            return f"{prompt}\n\n{context}", body[index:]
    return prompt, body


# ... or as a heading over it: a slide's "### Answer".
BARE_ANSWER_TITLE = re.compile(
    rf"[ \t]*(?:#{{1,6}}[ \t]+)?(?:[^\w\s*_#]{{1,3}}[ \t]*)?(?:\*\*|__)?{L.ANSWER_TITLE_WORDS}"
    r"(?:\*\*|__)?[ \t]*",
    re.IGNORECASE,
)


def _strip_answer_label(body: list[str]) -> list[str]:
    """ "Answer:", "**A:**" before the answer (twice over, as pasted lists sometimes have)."""
    # Indexes, not a new list or string per label: a column of "A:" lines, or a line of
    # "A: A: A: ...", stays linear.
    start = 0
    if _choices(body):
        return body
    body = _unquoted_answer(body)
    if body and ANSWER_ARROW.match(body[0]):  # "-> Read Committed.", "→ My answer: ..."
        body = _arrows_as_items(body)
    if body and BARE_ANSWER_TITLE.fullmatch(body[0]) and len(body) > 1:
        start = 1  # "✅ ANSWER" over its paragraph: a newsletter's label
        while start < len(body) and not body[start].strip():
            start += 1
    elif body and L.SAID_AGAIN.fullmatch(body[0]):  # the question again, in parentheses
        after = next((i for i in range(1, len(body)) if body[i].strip()), None)
        if after is not None and L.ANSWER_LABEL.match(body[after]):
            start = after
    while start < len(body) and L.ANSWER_LABEL.match(body[start]):
        rest = _without_model_label(_after_labels(body[start]))
        start += 1
        if rest:
            return _trim([rest, *_hanging(body[start:], len(body[start - 1]) - len(rest))])
        while start < len(body) and not body[start].strip():
            start += 1
    if start < len(body) and _without_model_label(body[start]) != body[start]:
        return _trim([_without_model_label(body[start]), *body[start + 1 :]])
    return body[start:]


EXPECTED_LABEL = re.compile(r"^\W{0,4}expected\W{0,4}:", re.IGNORECASE)


def _unquoted_answer(body: list[str]) -> list[str]:
    """An answer quoted whole under its label ("> Expected: Token bucket per API key" /
    "> (INCR + EXPIRE...)"): the quote and its label are how the page sets it apart, not
    a quotation. (An "Expected:" line elsewhere may be the expected output of code.)"""
    lines = [line for line in body if line.strip()]
    if not lines or not all(QUOTE_MARK.match(line) for line in lines):
        return body
    first = QUOTE_MARK.sub("", lines[0], count=1)
    if not (
        L.ANSWER_LABEL.match(first) or GRADED_ANSWER.match(first) or EXPECTED_LABEL.match(first)
    ):
        return body
    unquoted = [QUOTE_MARK.sub("", line, count=1) for line in body]
    start = unquoted.index(first)
    unquoted[start] = EXPECTED_LABEL.sub("", first, count=1).lstrip()  # (the quote's label)
    return unquoted


def _hanging(lines: list[str], column: int) -> list[str]:
    """The lines of a labelled answer's paragraph, without the indent that lines them up
    under its text ("A: Iteration, send() and" / "   to the inner generator."): prose,
    not code indented under the label."""
    out = list(lines)
    for index, line in enumerate(out):
        if not line.strip() or line[:column].strip() or line[column : column + 1].isspace():
            break
        out[index] = line[column:]
    return out


def _without_model_label(line: str) -> str:
    """ "Model answer: The coroutine is..." without its label (only over text on its line)."""
    model = MODEL_ANSWER.match(line)
    return line[model.end() :] if model and line[model.end() :].strip() else line


def _arrows_as_items(body: list[str]) -> list[str]:
    """An answer written as arrows ("  -> WSGI = sync, 1 req per" / "     worker thread" /
    "  -> ASGI = async"): each arrow an item of a list (one arrow: its text), the lines
    indented under an arrow the rest of its sentence, not code."""
    arrows = sum(1 for row in body if ANSWER_ARROW.match(row))
    out: list[str] = []
    under = None  # the indent of the arrow whose sentence may go on
    for row in body:
        arrow = ANSWER_ARROW.match(row)
        indent = len(row) - len(row.lstrip())
        if arrow:
            out.append(("- " if arrows > 1 else "") + row[arrow.end() :].strip())
            under = indent
        elif under is not None and row.strip() and indent > under and not out[-1].endswith(":"):
            out[-1] = f"{out[-1]} {row.strip()}"  # (not "-> as a context manager:" over code)
        else:
            out.append(row)
            under = None
    return out


MAX_LEAD = 80


def _without_score_fields(body: list[str]) -> list[str]:
    """An interviewer's scorecard: "Notes:" over what the candidate said, and "Rating: 3/4"
    under it. The notes are the answer; the label and the grade are not."""
    start, end = 0, len(body)
    if body and NOTES_LABEL.match(body[0]):
        start = 1
    # what follows a rating, set apart, is the scorecard's next part ("Coding exercise: ...")
    graded = next(
        (
            index
            for index in range(start + 1, len(body) - 1)
            if RATING.match(body[index]) and not body[index + 1].strip() and _next_part(body, index)
        ),
        None,
    )
    end = graded + 1 if graded is not None else end
    while end > start and (
        not body[end - 1].strip()
        or (
            GRADE.match(body[end - 1])
            and (not _verdict(body[end - 1]) or UNTICKED.search(body[end - 1]))
        )
        or FORM_BLANK.match(body[end - 1])  # "Notes:" and a line to write them on, left empty
        or EMPTY_FIELD.match(body[end - 1])  # "Rating ☆ ☆ ☆ ☆ ☆", "Notes ______"
        or (L.QUESTION_SPEAKER.match(body[end - 1]) and not body[end - 1].rstrip().endswith("?"))
    ):
        end -= 1  # "Interviewer: (gave a hint, moved on)" after the answer is not part of it
    # lines that lead into the next question, each set apart under the answer: "READER
    # MAILBAG", "Tomás asks:" (not a list of "SINGLE RESPONSIBILITY", "OPEN CLOSED"...)
    while (
        end - 2 > start
        and _leads_on(body[end - 1])
        and not body[end - 2].strip()  # set apart, as a title is
        and any(row.strip() for row in body[start : end - 2])
    ):
        end -= 1
        while end > start and not body[end - 1].strip():
            end -= 1
    if (start, end) == (0, len(body)):
        return body
    return _trim(body[start:end])


def _without_section_titles(body: list[str]) -> list[str]:
    """An outline's next sections under the answer ("2. Web and APIs" / "2.1 HTTP", "4. Open
    Items"): titles, numbered and short, that go on no numbered list of the answer's own."""
    end = len(body)
    while end > 0:
        line = body[end - 1].strip()
        if line and not _section_title(line):
            break
        lead = next((row.strip() for row in reversed(body[: end - 1]) if row.strip()), "")
        if line and (lead.endswith(":") or _numbering(line) == (1,)):
            break  # "Before touching code:" / "1. Measure p99 latency": a list of the answer's
        # (the nearest numbered line above: an item may go on over lines)
        above = next(
            (row.strip() for row in reversed(body[: end - 1]) if _numbering(row.strip())), ""
        )
        if line and _follows(_numbering(above), _numbering(line)):
            break  # "2. Batch writes" / "3. Cache reads": the answer's own list
        end -= 1
    return body if end == len(body) else body[:end]


def _section_title(line: str) -> bool:
    return bool(NUMBERED_TITLE.match(line)) and not line.endswith((".", "?", ":", ",", ";"))


def _numbering(line: str) -> tuple[int, ...]:
    found = re.match(r"^(\d{1,2}(?:\.\d{1,2})*)\.?\s", line)
    return tuple(int(part) for part in found.group(1).split(".")) if found else ()


def _follows(before: tuple[int, ...], after: tuple[int, ...]) -> bool:
    """ "2." then "3." (or "4.", a step left out), "1.1" then "1.2", or "1." again (markdown's
    list): items of one list."""
    same_depth = bool(before) and len(before) == len(after) and before[:-1] == after[:-1]
    return same_depth and after[-1] >= before[-1]


# A scorecard's grade line ("Rating: 3/4", "Score: –"), and the label of its next part
RATING = re.compile(r"^\W*(?:rating|score|grade)\s*:[^\n]{0,20}$", re.IGNORECASE)
NEXT_PART = re.compile(
    r"^(?!(?:follow[- ]?ups?|notes?|also|candidate)\b)[A-Z][\w -]{1,30}:\s", re.I
)


def _next_part(body: list[str], graded: int) -> bool:
    following = next((row for row in body[graded + 1 :] if row.strip()), "")
    return bool(NEXT_PART.match(following.strip()))


def _leads_on(line: str) -> bool:
    return bool(
        L.CAPS_TITLE.fullmatch(line) or (len(line) <= MAX_LEAD and L.ASKS_LEAD.search(line))
    )


EXPECTED, CANDIDATE, VERDICT = 1, 2, 3  # DEBRIEF_PART's groups


def _debrief_label(line: str) -> int | None:
    """Which debrief part a line labels ("**Candidate said:** ...", "**Signal:** hire"), if any."""
    label = INLINE_LABEL.match(line)
    name = label.group(1) if label else L.strip_bold(line.strip()).rstrip(":")
    part = DEBRIEF_PART.match(name.strip()) if len(name) <= MAX_LEAD else None
    return part.lastindex if part else None


def _verdict(line: str) -> bool:
    """ "**Signal:** lean no": a debrief's verdict, which its card reads (and leaves out)."""
    return INLINE_LABEL.match(line) is not None and _debrief_label(line) == VERDICT


def _choices(body: list[str]) -> bool:
    """ "- A: `Lydia`" then "- B: `undefined`": multiple choice, not an answer label."""
    return (
        len(body) >= 2
        and bool(CHOICE_A.match(body[0]))
        and any(CHOICE_B.match(row) for row in body[1:4])
    )


def _after_labels(line: str) -> str:
    """The text after the answer labels a line starts with: "**A:** Answer: x" -> "x"."""
    at = 0
    while match := ANSWER_LABEL_AT.match(line, at):
        at = match.end()
        while at < len(line) and line[at].isspace():
            at += 1
        while at < len(line) and line[at] in "*_" and not DUNDER.match(line, at):
            at += 1
        while at < len(line) and line[at].isspace():
            at += 1
    said = line[at:].strip()
    # "A: **Cross-Origin Resource Sharing.** Server B...": the answer's own bold opened
    # where the label ends, its closing marks left alone in it
    for marks in ("**", "__"):
        if line[:at].rstrip().endswith(marks) and said.count(marks) % 2:
            return f"{marks}{said}"
    said = said if DUNDER.match(said) else said.lstrip("*_")
    return (said if DUNDER_AT_END.search(said) else said.rstrip("*_")).strip()


def _leading_fence(body: list[str]) -> tuple[str, list[str]]:
    for index, line in enumerate(body[1:], start=1):
        if line.startswith("```"):
            return "\n".join(body[: index + 1]), _trim(body[index + 1 :])
    return "\n".join(body), []


INTERVIEWER_NOTE = 60  # "System design warm-up, 15 min max.", "Senior only."
# A label and its text on one line: "**Expected:** Calling an async def...", "**Signal**: hire"
INLINE_LABEL = re.compile(
    r"^[ \t]*(?:\*\*|__)([^*_:\n]{2,40}?)(?::[ \t]*(?:\*\*|__)|(?:\*\*|__)[ \t]*:)[ \t]*(.*)$"
)
# A debrief's parts: what was expected (the outline), what the candidate said (its answer
# only when nothing else is, and it was not judged poor), and the interviewer's verdict.
DEBRIEF_PART = re.compile(
    r"^\W*(?:(expected|expectation)|(candidate(?:'s|’s)? (?:answer|response)|candidate said|"
    r"(?:they|he|she) said|their answer)|(signal|rating|score|verdict|assessment|grade|"
    r"decision))\W*$",
    re.IGNORECASE,
)
# (the verdict's first words: "hire, no concerns" is not poor)
POOR_SIGNAL = re.compile(
    r"^\W*(?:no\b|lean no|strong no|no hire|not (?:a )?hire|weak|poor|fail(?:ed)?|incorrect|"
    r"wrong|reject)",
    re.IGNORECASE,
)


def _card_parts(body: list[str]) -> tuple[str, str, str, str, str] | None:
    """An interviewer's card under its question: "**Question**" (more of the question),
    "**What good looks like**" (the outline), "**Red flags**", each label on a line of its
    own. (question detail, answer, what it tests, outline, red flags), or None when the
    body is not laid out so. A part that is only a placeholder ("_TBD_") is left empty."""
    parts: dict[int, list[str]] = {}
    part = 0  # text before any label is the answer
    answer_labelled = False  # "Expected answer", "Model answer": the answer is under it
    # A debrief says what the candidate said: only then are "**Expected:**" and "**Signal:**"
    # its parts ("**Score:** each frame adds..." in a bowling kata's answer is the answer's).
    # So does one that says what was expected and its verdict ("**Signal:** strong hire").
    labels = {_debrief_label(line) for line in body}
    debrief = CANDIDATE in labels or {EXPECTED, VERDICT} <= labels
    for line in body:
        inline = INLINE_LABEL.match(line) if debrief else None
        name, said = (inline.group(1), inline.group(2)) if inline else (line, "")
        name = L.strip_bold(name.strip()).rstrip(":").strip()
        # (a rubric's own labels inline, "**Red flags:** ...", are its prose's to split)
        label = DEBRIEF_PART.match(name) if inline else L.RUBRIC_PART.match(name)
        label = label or (DEBRIEF_PART.match(name) if debrief and not inline else None)
        if label is not None and line.strip():
            part = label.lastindex or 0
            if label.re is DEBRIEF_PART:  # what was expected, what the candidate said, the verdict
                part = (2, 5, 6)[part - 1]
            parts.setdefault(part, [])
            answer_labelled = answer_labelled or (part == 2 and "answer" in line.lower())
            if said.strip():
                parts[part].append(said)
            continue
        parts.setdefault(part, []).append(line)
    if set(parts) <= {0}:
        return None
    texts = {key: "\n".join(_trim(lines)) for key, lines in parts.items()}
    texts = {key: "" if is_placeholder(text) else text for key, text in texts.items()}
    detail = " ".join(texts.get(1, "").split())
    answer, tests = texts.get(0, ""), texts.get(4, "")
    said, signal = texts.get(5, ""), texts.get(6, "")
    if said and not (answer or texts.get(2)) and not POOR_SIGNAL.search(signal):
        answer = said  # a debrief without the answer it expected: what the candidate said
    # (with nothing under the label, only a short note: a sentence above "**Model answer**"
    # / "_TBD_" may be the answer itself)
    note = len(answer) <= INTERVIEWER_NOTE and "\n" not in answer.strip()
    if answer_labelled and answer and (texts.get(2) or note):
        # "Senior only. Ask after the warm-up." over "### Expected answer": a note for the
        # interviewer, not the answer (which may be missing: "TBD - Sam to write up")
        answer, tests = "", "\n\n".join(part for part in (tests, answer) if part)
    return detail, answer, tests, texts.get(2, ""), texts.get(3, "")


def _split_rubric(text: str, kind: str) -> tuple[str, str, str, str]:
    """(answer, what it tests, answer outline, red flags) from labelled or prose rubric text."""
    if re.search(
        r"(?:what it tests|answer outline)\s*:|"
        r"^(?:\*\*|__)?(?:red flags?|weak answer|strong answer)\s*:|"
        r"^[^\w\n]*(?:interviewer(?:'s|’s)? notes?|notes? for (?:the )?interviewers?|"
        r"expected answer)\s*:",
        text,
        re.I | re.M,
    ):
        # An interviewer's notes are often quoted ("> *Interviewer notes:* ..."), every line.
        parts = RUBRIC_LABEL.split(QUOTE_MARK.sub("", text) if QUOTED.match(text) else text)
        fields = {"answer": parts[0].strip(), "what": "", "outline": "", "red": ""}
        for label, value in zip(parts[1::2], parts[2::2], strict=True):
            key = RUBRIC_FIELD.get(label.lower(), "outline")
            fields[key] = (fields[key] + "\n" + _capitalise(value.strip())).strip()
        return fields["answer"], fields["what"], fields["outline"], fields["red"]
    if kind == "rubric-card" or L.RUBRIC_START.match(text):
        return _split_prose_rubric(text)
    return text, "", "", ""


def _split_prose_rubric(text: str) -> tuple[str, str, str, str]:
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z])", " ".join(text.split()))
    what, outline, red = [], [], []
    for index, sentence in enumerate(sentences):
        if RED_FLAG.match(sentence) or re.match(r"^red flag", sentence, re.IGNORECASE):
            red.append(_capitalise(RED_FLAG.sub("", sentence)))
        elif index == 0 and L.RUBRIC_START.match(sentence):
            # "This tests X: the substance of the answer." -> what it tests / outline
            head, colon, rest = sentence.partition(": ")
            what.append(head + ("." if colon else ""))
            if colon:
                outline.append(_capitalise(rest))
        else:
            outline.append(_capitalise(L.ANSWER_LABEL.sub("", sentence, count=1)))
    return "", " ".join(what), " ".join(outline), " ".join(red)


def _capitalise(text: str) -> str:
    """Sentence case, but never for code ("asyncio.Lock", "response_model")."""
    return text[:1].upper() + text[1:] if re.match(r"[a-z]+(?![\w.(])", text) else text


def to_markdown(text: str) -> str:
    """Pasted answer text -> markdown: bullets as lists, unfenced code fenced."""
    if not text:
        return ""
    # Blank lines are dropped line by line, not by patterns such as "\n(?:[ \t]*\n)+```$":
    # tried from every line of a long blank run, those were quadratic in its length.
    lines = _fence_unfenced_code(_convert_bullets(text.split("\n")))
    text = re.sub(r"^(```\w*)\n(?:[ \t]*\n)+", r"\1\n", "\n".join(lines), flags=re.MULTILINE)
    lines = _close_fences_tightly(text.split("\n"))
    text = re.sub(r"(?<=\S)\n(```\w+\n)", r"\n\n\1", "\n".join(lines))
    text = "\n".join(_tighten_lists(text.split("\n")))
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _close_fences_tightly(lines: list[str]) -> list[str]:
    """No blank lines just before a closing "```"."""
    out: list[str] = []
    for line in lines:
        if line == "```":
            while out and not out[-1].strip(" \t"):
                out.pop()
        out.append(line)
    return out


def _tighten_lists(lines: list[str]) -> list[str]:
    """Pasted lists come with a blank line between items: make them tight lists again."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        out.append(lines[index])
        following = index + 1
        if LIST_ITEM.match(lines[index]):
            while following < len(lines) and not lines[following].strip():
                following += 1
            if following < len(lines) and LIST_ITEM.match(lines[following]):
                index = following  # the blank lines between the two items are dropped
                continue
            out.extend(lines[index + 1 : following])
        index = following
    return out


def _convert_bullets(lines: list[str]) -> list[str]:
    widths = sorted({len(m.group(1)) for line in lines if (m := BULLET.match(line) or None)})
    depths = {width: depth for depth, width in enumerate(widths)}
    out, in_code = [], False
    for line in lines:
        if line.startswith("```"):
            in_code = not in_code
        match = None if in_code else BULLET.match(line)
        if match:
            out.append("  " * depths[len(match.group(1))] + "- " + match.group(2).strip())
        else:
            out.append(line)
    return out


def _fence_unfenced_code(lines: list[str]) -> list[str]:
    out: list[str] = []
    index, in_code, prose_before = 0, False, False
    while index < len(lines):
        line = lines[index]
        if line.startswith("```"):
            in_code = not in_code
        tree_root = bool(
            re.fullmatch(r"[\w.-]+/", line.strip())
            and index + 1 < len(lines)
            and re.match(r"\s*[├└│]", lines[index + 1])
        )
        if (
            in_code
            or line.startswith("```")
            or not (_starts_code(line) or tree_root)
            or _sentence_goes_on(lines[index - 1] if index else "", line, prose_before)
        ):
            out.append(line)
            prose_before = not in_code and not line.startswith("```")
            index += 1
            continue
        end = index + 1
        while end < len(lines):
            if lines[end].strip() and not looks_like_code(lines[end]):
                break
            if not lines[end].strip():
                following = next((j for j in range(end, len(lines)) if lines[j].strip()), None)
                if following is None or not looks_like_code(lines[following]):
                    break
                end = following  # the blank lines up to it belong to the block, looked at once
            end += 1
        block = lines[index:end]
        if not tree_root and (
            all(row.lstrip().startswith("#") or not row.strip() for row in block)
            or (len(block) == 1 and not STRONG_CODE.match(block[0]))
        ):
            out.extend(block)  # comments alone are sub-headings; "O(1)" alone is an answer
        else:
            code = "\n".join(block).strip("\n")
            out.extend([f"```{guess_language(code)}", _dedent(code), "```"])
        prose_before = False
        index = end
    return out


def _sentence_goes_on(before: str, line: str, prose_before: bool = False) -> bool:
    """A wrapped paragraph's next line ("...its output is predictable" / "once an attacker
    has seen enough values. Use secrets.token_urlsafe() or"): prose, however code-like;
    `prose_before`: the line before was kept as prose, however code-like it looked alone
    (a paragraph indented under its question, "    and builds a model for the body" /
    "    params; invalid input is rejected")."""
    return (
        bool(re.search(r"[^\W\d_]$", before.rstrip()))
        and (prose_before or not _starts_code(before))
        and looks_like_prose(before.strip())
        and bool(re.match(r"\s*[a-z]", line))
        # (or its last words, a name: "...serialise responses via" / "response_model.")
        and (looks_like_prose(line.strip()) or (prose_before and not looks_like_code(line.strip())))
    )


def _starts_code(line: str) -> bool:
    text = line.strip()
    if not text or MARKDOWN_BULLET.match(line) or re.match(r"^#{1,6}\s+[A-Z]", text):
        return False
    if NUMBERED_ITEM.match(line):  # "  1. the browser parses the URL...;": a list's item
        return False
    if "`" in text or re.match(r"^[A-Z][a-z]+\s.*\.$", text) or not re.search(r"\w", text):
        return False  # markdown prose ("Use `dict.get()`."), or punctuation ("...")
    if looks_like_prose(text) and text.endswith((".", ":", "?")):
        return False
    return looks_like_code(line) and not re.match(r"^\s*\w[\w ]*:\s+\w", line)


# A rubric's follow-up questions, for the interviewer to ask next: not the answer
FOLLOW_UPS = re.compile(r"^\W*(?:follow[- ]?ups?|follow[- ]?up questions)\W*:?\W*$", re.IGNORECASE)
# ... or one follow-up on its line, before the answer ("*Follow-up if they answer quickly: ...?*")
FOLLOW_UP_LINE = re.compile(
    r"^[*_]{0,2}[ \t]*(?:bonus[ \t]+)?follow[- ]?up\b[^:\n]{0,60}:[^\n]*\?\W*$", re.I
)


def _without_follow_ups(answer: str) -> str:
    """An answer that opens with "Follow-ups:" and their list: without them (what is left,
    "(No expected answer written yet)", may be no answer)."""
    rows = answer.split("\n")
    if rows and FOLLOW_UP_LINE.match(rows[0]):
        return "\n".join(rows[1:]).strip()
    if not rows or not FOLLOW_UPS.match(rows[0]):
        return answer
    end = 1
    while end < len(rows) and rows[end].strip() and not rows[end].strip().startswith("**"):
        end += 1
    rest = "\n".join(rows[end:]).strip()
    return "" if not rest or says_no_answer(rest) or is_placeholder(rest) else rest


def _without_echo(prompt: str, answer: str) -> str:
    """An answer that starts by asking its question again ("so, question one: what is the
    GIL?", as a video's host reads it out), without that line."""
    lines = answer.split("\n", 3)
    asked = set(re.findall(r"[^\W_]+", prompt.lower()))
    for count, line in enumerate(lines[:2], start=1):
        if line.rstrip().endswith("?"):
            said = set(re.findall(r"[^\W_]+", line.lower()))
            if asked and len(asked & said) >= ECHO_SHARE * len(asked) and len(lines) > count:
                return "\n".join(lines[count:])
            break
    return answer


def _list_at_margin(text: str) -> str:
    """An answer that is a list (or a quote, or code) indented under its question, at the margin:
    its first line's indent alone went with the strip, the others' stayed ("- a" / "  - b"
    read as nested)."""
    rows = [row for row in text.split("\n") if row.strip()]
    if rows and all(QUOTED_OR_LISTED.match(row) for row in rows):
        return _dedent(text)
    # Prose indented under its question, every line ("1. What is a decorator?" / "     A
    # decorator is a callable that..."): the item's indent, not markdown's code block.
    if rows and looks_like_prose(rows[0].strip()) and _indented_alike(rows):
        return _dedent(text)
    # ... or code fenced under it, and what follows ("* Upsert?" / "  ```sql" / "  INSERT")
    if rows and rows[0].lstrip().startswith("```") and _indented_alike(rows):
        return _dedent(text)
    return text


def _indented_alike(rows: list[str]) -> bool:
    return min(len(row) - len(row.lstrip()) for row in rows) >= 2


def _dedent(code: str) -> str:
    rows = code.split("\n")
    widths = [len(r) - len(r.lstrip()) for r in rows if r.strip()]
    cut = min(widths) if widths else 0
    return "\n".join(r[cut:] for r in rows)


# A line of a function with nothing in it: its decorators, its "def" line, "...", "pass"
# (a drill file's test stub under the question in its docstring)
FENCED_BLOCK = re.compile(r"^```[^\n]*\n.*?^```[ \t]*$", re.MULTILINE | re.DOTALL)
# A stub's lines: a signature and "pass" ("class TokenBucket:" too, though "class
# NotFound(Exception): pass" is a whole answer)
STUB_LINE = re.compile(
    r"^[ \t]*(?:@[\w.]{1,80}(?:\(.{0,300}\))?|(?:async[ \t]+)?def[ \t]+\w{1,80}\(.{0,300}\)"
    r"(?:[ \t]*->[^:\n]{1,80})?:|class[ \t]+\w{1,80}:|\.\.\.|pass|#.{0,300}|"
    r"```\w{0,20})?[ \t]*$"
)


def _stub_code(answer: str) -> bool:
    rows = answer.strip().split("\n")
    return (
        rows[0].startswith("```")
        and len(rows) <= 20
        and any(re.match(r"[ \t]*(?:(?:async[ \t]+)?def|class)[ \t]", row) for row in rows)
        and all(STUB_LINE.match(row) for row in rows)
    )


def _without_see_also(answer: str) -> str:
    """The answer without the "See also:" lists at its end (a few at most are looked at)."""
    for _ in range(MAX_SEE_ALSO):
        if "see also" not in answer[-SEE_ALSO_REACH:].lower():
            break
        further = SEE_ALSO_TAIL.search(answer, max(0, len(answer) - SEE_ALSO_REACH))
        if further is None:
            break
        answer = answer[: further.start()]
    return answer


MAX_SEE_ALSO, SEE_ALSO_REACH = 3, 5000


def is_placeholder(answer: str) -> bool:
    """Filler that must never be shown as an answer."""
    head = _without_see_also(answer)  # what it says before where to read on
    return not head.strip() or _filler(head)  # (nothing, or only where to read on)


def _filler(answer: str) -> bool:
    if _only_markup_or_links(answer) or _stub_code(answer):
        return True
    if "```" in answer:
        # "TODO: the trick is..." over "```sql\n-- TODO\n```": the block holds nothing
        rest = FENCED_BLOCK.sub(_unless_placeholder_code, answer).strip()
        if rest != answer.strip() and rest:
            return is_placeholder(rest)
    label = LABEL_OVER.match(answer)  # "**Look for:**" over what to look for, or over nothing
    if label:
        return is_placeholder(answer[label.end() :])
    graded = GRADED_ANSWER.match(answer)  # "Good answer: TBD – pending review"
    if graded and graded.end() < len(answer):
        return is_placeholder(answer[graded.end() :])
    rows = [row for row in answer[:2000].split("\n") if row.strip()]
    if rows and all(EMPTY_FIELD.match(row) for row in rows):
        return True  # a printed form's empty fields: "Rating ☆ ☆ ☆ ☆ ☆", "Notes ________"
    text = re.sub(r"```.*?```", " code ", answer, flags=re.DOTALL)
    text = "\n".join(row for row in text.split("\n") if not LINKS_ROW.match(row))  # share links
    plain = re.sub(r"[*_`#>\-|]", " ", text).strip()
    if not plain or L.PLACEHOLDER.match(plain) or FILLER_START.match(plain):
        return True
    if FILLER_START.match(BRACKETED_LEAD.sub("", plain, count=1)):
        return True
    # "**TODO**" over a note of what is missing ("I want a clean example first. Come back ..."),
    # the whole answer (not a TODO before the answer's own paragraphs)
    titled = L.PLACEHOLDER.match(plain.split("\n", 1)[0].strip())
    note = "\n" in plain and "\n\n" not in plain.strip() and len(plain) <= SHORT_NOTE + 50
    if titled and note and "```" not in answer:
        return True
    if len(plain) <= SHORT_NOTE and "```" not in answer and MISSING_NOTE.search(plain):
        return True
    if NOTE_THEN_PLACEHOLDER.match(answer.strip()):
        return True
    if len(plain) <= SHORT_NOTE and UNKNOWN_START.match(plain):
        return True
    if len(plain) <= SHORT_NOTE and NONE_GIVEN.match(plain):
        return True  # "No model answer; discussed in the review session."
    # "n/a - still figuring this one out", "TBD: ask Sam": a placeholder, and a word on why
    head = PLACEHOLDER_THEN_NOTE.match(answer.strip())
    if head and len(plain) <= SHORT_NOTE and "\n" not in plain and L.PLACEHOLDER.match(head[1]):
        return True
    if PLACEHOLDER_THEN_REMARK.match(answer.strip()):
        return True
    if len(plain) <= SHORT_NOTE and POINTER.search(plain) and LINK_AT_END.search(answer):
        return True  # "a whole book tbh, just read this page: https://..."
    one_paragraph = "\n\n" not in plain.strip()  # (hard-wrapped or not)
    if len(plain) <= SHORT_NOTE and one_paragraph and ELSEWHERE.match(_one_line(text)):
        return True
    # "See the Hypothesis documentation: [hypothesis.readthedocs.io](https://...)": only where
    # to look, the link at its end
    unlinked = BARE_URL.sub(" ", MARKDOWN_LINK.sub(" ", plain)).strip()
    pointed = len(re.findall(r"[^\W_]+", unlinked)) <= POINTER_WORDS and LINK_AT_END.search(plain)
    if pointed and "\n" not in plain and ELSEWHERE.match(unlinked):
        return True
    if len(plain) <= SHORT_NOTE and one_paragraph and _only_referral(text):
        return True  # "Please refer to [Decorators](...) for a detailed explanation."
    if answer.lstrip().startswith("#") and NOTE_TAGS.match(answer.lstrip()):
        # "#stub" alone, or over a note of what to write ("> TODO: fill in after DDIA ch. 3"):
        # the writer says it is not written yet
        stub = STUB_TAG.match(answer.lstrip()) is not None and len(plain) <= STUB_NOTE
        return NOTE_TAGS.fullmatch(answer.strip()) is not None or stub
    # (the text itself too: "So liveness is, uh-" is cut off at its dash)
    said = answer.strip()
    if "```" not in answer and (
        says_no_answer(plain) or says_no_answer(said) or only_agreement(answer)
    ):
        return True
    if all(TODO_ITEM.match(item) for item in _items(answer[:2000])):
        return True  # "- TODO: read the docs" / "- TODO: try anyio": a to-do list
    if _filler_then_next_section(answer):
        return True
    rows = [row for row in plain[:2000].split("\n") if row.strip()]
    if "```" not in answer and all(PAYWALL.match(row) for row in rows):
        return True
    if _missed_in_review(answer):
        return True
    words = re.findall(r"[^\W\d_]+", plain.lower())
    if not words:
        return not re.search(r"\w", plain)  # "2" or "O(1)" answers; "..." does not
    if "lorem ipsum" in plain.lower() or sum(w in LOREM for w in words) >= 0.4 * len(words):
        return True
    if "```" in answer:
        return False
    long_words = [w for w in re.findall(r"[^\W\d_]{3,}", plain) if not w.isupper()]
    mash = [w for w in long_words if _mashed(w.lower())]
    return len(long_words) >= 1 and len(mash) >= 0.5 * len(long_words)


def _filler_then_next_section(answer: str) -> bool:
    """ "TBD - ask Marco" and then, after a blank line, a title ("Study group notes") or only
    advertising: the placeholder was the answer, and what follows is not part of it."""
    first, _, rest = answer.strip().partition("\n\n")
    if not (FILLER_START.match(first) or L.PLACEHOLDER.match(first)) or "\n" in first:
        return False
    paragraphs = [part for part in rest.split("\n\n") if part.strip()]
    if paragraphs and all(PROMOTION.search(part) for part in paragraphs):
        return True  # "Coming soon." and then "40% off our course, use code X": an ad
    if paragraphs and all(ADMONITION.match(part) for part in paragraphs):
        return True  # "TBD" and then "Important: ask the recruiter about...": a note
    paragraph = rest.strip().split("\n\n", 1)[0].strip()
    title = paragraph.split("\n", 1)[0]
    # "Study group" alone in its paragraph reads as a title too; so does "4. Parking lot"
    short = "\n" not in paragraph and bool(SHORT_TITLE.fullmatch(paragraph))
    numbered = bool(NUMBERED_TITLE.match(title)) and not title.endswith((".", "?", ":", ","))
    return bool(title) and (
        short or numbered or L.looks_like_title(title) or bool(L.HEADING.match(title))
    )


def _items(text: str) -> list[str]:
    """The lines of a text, a line that goes on with an open sentence joined to it ("TODO:
    Marta to write this up (TestClient," / "dependency_overrides).")."""
    items: list[str] = []
    blank = True  # a blank line before: a new paragraph
    for row in text.split("\n"):
        open_sentence = items and not items[-1].rstrip().endswith((".", "!", "?", ":"))
        if not row.strip():
            pass
        elif open_sentence and not blank and not ITEM_START.match(row):
            items[-1] += " " + row.strip()
        else:
            items.append(row)
        blank = not row.strip()
    return items


def _only_markup_or_links(answer: str) -> bool:
    """ "<b></b>", "<br>", "&nbsp;", "[docs](https://...)", "See https://...", headings with
    nothing under them ("### Answer" / "### Example"), notes ("> Note: ..."), a code block
    holding only "# TODO", "I wasn't sure": no answer at all."""
    lines = [row.strip() for row in answer[:5000].split("\n") if row.strip()]
    if lines and all(row.startswith("#") and not row.startswith("#!") for row in lines):
        return True  # only headings
    if lines and all(L.ASIDE.match(row.lstrip("> ")) or CAPTION.match(row) for row in lines):
        return True  # (a picture's caption: the answer is in the picture, if anywhere)
    if NOT_AN_ANSWER.match(answer) and not hedged_answer(answer):
        return True
    if FOOTNOTE_MARKS.fullmatch(answer):
        return True  # "[e]": only the mark of a comment on the empty answer
    if "```" in answer:
        return only_placeholder_code(lines)
    text = HTML_TAG.sub(" ", answer[:5000])
    text = HTML_ENTITY.sub(" ", text)
    # (a note's "[[Page]]" too, and an outliner's "((block))")
    text = BLOCK_REF.sub(" ", WIKI_LINK.sub(" ", MARKDOWN_LINK.sub(" ", text)))
    text = BARE_URL.sub(" ", text)
    words = re.findall(r"[^\W_]+", text.lower())
    return all(word in LINK_WORDS for word in words)


# A course's quiz, reviewed after it was sent: each question's points ("0 / 1 point"), its
# options, then the verdict. A question skipped or missed shows no right answer.
POINTS = re.compile(
    r"^[ \t]*\d{1,3}(?:\.\d{1,2})?[ \t]*/[ \t]*\d{1,3}[ \t]+points?[ \t]*$", re.M | re.I
)
MISSED = re.compile(
    r"^[ \t]*(?:you didn[’']?t (?:select|choose|give) an answer|no answer (?:was )?(?:selected|"
    r"given)|incorrect\W+(?:please )?(?:review|revisit|rewatch|see) (?:the )?(?:lesson|video|"
    r"module|reading|section)\b[^\n]{0,80}$)",
    re.MULTILINE | re.IGNORECASE,
)
RIGHT = re.compile(r"^[ \t]*correct\b", re.MULTILINE | re.IGNORECASE)


def _missed_in_review(answer: str) -> bool:
    text = answer[:5000]
    return bool(POINTS.search(text) and MISSED.search(text) and not RIGHT.search(text))


def _unless_placeholder_code(block: re.Match) -> str:
    lines = [row.strip() for row in block[0].split("\n") if row.strip()]
    return "" if only_placeholder_code(lines) or _stub_code(block[0]) else block[0]


def _mashed(word: str) -> bool:
    if word in VOWELLESS_TERMS:
        return False
    # (vowels asked of Latin letters only: "Декоратор" has none of them)
    vowelless = word.isascii() and not re.search("[aeiouy]", word)
    return bool(KEYBOARD_RUNS.search(word)) or (len(word) >= 5 and vowelless)
