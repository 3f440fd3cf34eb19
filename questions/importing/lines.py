"""What a single line of an interview document is: the vocabulary the parser works with."""

import re
import unicodedata
from dataclasses import dataclass

LEVEL_WORDS = {
    "junior": "junior",
    "beginner": "junior",
    "basic": "junior",
    "basics": "junior",
    "easy": "junior",
    "entry": "junior",
    "fresher": "junior",
    "mid": "mid",
    "middle": "mid",
    "intermediate": "mid",
    "medium": "mid",
    "senior": "senior",
    "advanced": "senior",
    "expert": "senior",
    "hard": "senior",
    "professional": "senior",
    "lead": "senior",
}
_LEVEL = "|".join(sorted(LEVEL_WORDS, key=len, reverse=True))
# A line that only states a level: "Senior", "Mid-level", "Level: Hard", "(Easy)", "Junior Level".
LEVEL_LINE = re.compile(
    rf"^[\s*_(\[]*(?:(?:level|difficulty)\s*[:\-–]\s*)?({_LEVEL})(?:[\s-]*level)?[\s*_)\]]*$",
    re.IGNORECASE,
)
# A section header that is mostly a level: "Junior Level", "Senior Questions", "Advanced (10)".
LEVEL_SECTION = re.compile(
    rf"^\W*(?:\d+[.)]\s*)?({_LEVEL})(?:[\s-]*level)?(?:\s+(?:interview\s+)?questions?)?"
    r"(?:\s*\(\s*\d+(?:\s+questions?)?\s*\))?\W*$",
    re.IGNORECASE,
)
INLINE_LEVEL = re.compile(rf"[\[(]\s*({_LEVEL})(?:[\s-]*level)?\s*[\])]", re.IGNORECASE)

# The closing "##" is stripped in Python (heading_text): as "(.*?)\s*#*\s*$" the regex
# tried every split of a long run of spaces or hashes, cubic in its length.
HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*)$")
# A plain text's section title between rules: "======== PYTHON ========", "--- SQL ---" (of
# "=" or "-": "***...***" is emphasis); not a mail's furniture ("---- next part ----"), a
# key's armour ("-----END CERTIFICATE-----") nor a tool's output ("=== test session starts").
BANNER = re.compile(
    r"^[ \t]{0,3}([=-])\1{2,}[ \t]*"
    r"(?!(?:next part|(?:original|forwarded) message|end|begin|cut here|snip|test session)\b)"
    r"([^\s=-][^\n]{0,80}?)[ \t]*\1{3,}[ \t]*$",
    re.IGNORECASE,
)
FENCE = re.compile(r"^\s*(```|~~~)")
# ("#" alone: a manuscript's scene break, as Scrivener compiles one)
SEPARATOR = re.compile(r"^\s*(?:(?:[-=_*~·•]\s*){3,}|#\s*)$")
# Bounded attributes: "[^>]*" ran to the end of the text from every unclosed "<summary".
SUMMARY = re.compile(r"<summary[^>]{0,200}>(.{0,1000}?)</summary>", re.IGNORECASE)
DETAILS_TAG = re.compile(r"</?details[^>]*>", re.IGNORECASE)
# A line of layout tags only: "</b></details>", "<br><b>", "<p>".
HTML_WRAPPER = re.compile(
    r"^\s*(?:</?(?:details|summary|div|p|br|b|strong|i|em|span|center|hr)\b[^<>]{0,100}>\s*)+$",
    re.IGNORECASE,
)
# A line made only of links to anchors in the page: a table of contents or "back to top".
# (in small print too: "<sub>[⬆ back to top](#table-of-contents)</sub>")
ANCHOR_LINKS_ONLY = re.compile(
    r"^\s*(?:<(?:sub|sup|small|p|div|span)\b[^<>]{0,80}>\s*)?(?:(?:[-*+]|\d+[.)])\s*)?"
    r"(?:\[[^\]]*\]\(#[^)]*\)[\s,|·•-]*)+(?:</(?:sub|sup|small|p|div|span)>\s*)?$"
)
BOLD_EDGES = re.compile(r"^(?:\*\*|__)(.*?)(?:\*\*|__)$")
# An anchor pasted before a question: <a id="q12"></a>, <a name="x">.
ANCHOR = re.compile(r"<a\s[^<>]{0,200}>\s*(?:</a>)?", re.IGNORECASE)
# "- What does a view resolver do?", "  * Explain X", "• Why Y?"
# What starts a list's item: "-", "*", "+", and the glyphs of pasted and printed lists.
BULLET_GLYPHS = "-*+•◦▪‣●○➤►▸»"
BULLET_CLASS = "[" + re.escape(BULLET_GLYPHS) + "]"
BULLET_LINE = re.compile(rf"^(\s*){BULLET_CLASS}\s+(\S.*)$")
# A numbered or bare bold title: "2. **Web layer**", "5. **Object mapping:**", "**Caching**".
BOLD_TITLE = re.compile(
    r"^\s{0,3}(?:\d{1,3}[.)]\s+)?(?:\*\*|__)([^*_]{1,80})(?:\*\*|__)\s*(?::\s*)?$"
)
# "<summary><h3>Linux</h3></summary>": a section of <details>, not a question.
SUMMARY_HEADING = re.compile(r"<summary[^>]{0,200}>\s*<h[1-6]\b", re.IGNORECASE)
DETAILS_OPEN = re.compile(r"<details\b", re.IGNORECASE)
DETAILS_CLOSE = re.compile(r"</details\s*>", re.IGNORECASE)
# The parts of an interviewer's card under its question, as a label on a line of its own
# ("**What good looks like**", "#### Red flags"): group 1 adds to the question, 2 is the
# answer's outline, 3 its red flags, 4 what it tests.
RUBRIC_PART = re.compile(
    r"^\W*(?:(question|the question|scenario|setup|context|prompt)|"
    r"(what (?:good|great) looks like|(?:good|strong|great|ideal|expected|model) answers?|"
    r"what (?:we(?:'re| are)?|to) look(?:ing)? for|answer outline|green flags?|"
    r"positive signals?|"
    # "What a strong answer covers", "What a good answer should include"
    r"what (?:a |an |the )?(?:good|great|strong|ideal|solid|complete) (?:answer|response|candidate)"
    r" (?:covers|includes|mentions|looks like|should (?:cover|include|mention)))|"
    r"(red flags?|warning signs?|what bad looks like|(?:weak|bad|poor) answers?|"
    r"negative signals?)|"
    r"(what (?:it|this) tests|what (?:we(?:'re| are)?) testing))\W*$",
    re.IGNORECASE,
)
# "Question" and "Answer" in other languages: Russian, Ukrainian, German, Spanish,
# Portuguese, French, Polish, Italian, Turkish, Korean, Japanese, Chinese
QUESTION_WORDS_ABROAD = (
    r"Вопрос|Питання|Frage|Pregunta|Pergunta|Pytanie|Domanda|Soru|질문|質問|問題|问题"
)
ANSWER_WORDS_ABROAD = (
    r"Ответ|Відповідь|Antwort|Respuesta|Resposta|Réponse|Odpowiedź|Risposta|Cevap|답변|답|"
    r"回答|答え|解答|答案|答"
)
# A title over an answer: "The answer", "Reference answer"; in two languages too:
# "参考答案 / Reference answer".
ANSWER_TITLE_WORDS = (
    r"(?:[^\x00-\x7f\n/]{1,20}[ \t]*/[ \t]*)?(?:the |our |my )?"
    r"(?:(?:reference|suggested|sample|model|full|short) )?(?:answers?|solutions?|explanations?|"
    rf"{ANSWER_WORDS_ABROAD})"
)
# Headings that are parts of an answer, repeated under every question: never a question.
ANSWER_PART = re.compile(
    r"^\W*(?:how to (?:explain|answer|say|present|pitch)\b.{0,40}|examples?|answer|answers|"
    r"explanation|solution|short answer|long answer|detailed answer|key points?|"
    r"follow[- ]?ups?(?: questions?)?|common mistakes|pitfalls|code(?: example)?|output|"
    r"why it matters|in practice|summary|tl;?dr|notes?|(?:show|see|view|reveal) (?:the )?answer|"
    r"click (?:here )?to (?:expand|see|show|reveal)\b.{0,40}|expand|reveal|hint|"
    + RUBRIC_PART.pattern.removeprefix("^\\W*(?:"),
    re.IGNORECASE,
)
# A blog post's call to action at its end: "Still have questions?", "Was this helpful?"
CALL_TO_ACTION = re.compile(
    r"^\W*(?:(?:thanks|thank you)\W+(?:any )?questions(?=\s*\?*\W*$)|"
    r"(?:still )?(?:have|got) (?:any |more )?questions|any (?:more )?questions|"
    r"questions(?=\s*\?*\W*$)|what would you add|drop (?:your|a) (?:favou?rite )?"
    r"(?:questions?|comments?|guess(?:es)?|answers?|thoughts)|"
    r"(?:comment|reply) (?:below|with your)|let me know in the comments|"
    # a newsletter's: "Know someone prepping for interviews? Forward this to them."
    r"know (?:someone|anyone|a friend) (?:who(?:'s| is)? )?(?:prepping|preparing|studying|"
    r"interviewing)\b|forward this (?:email|issue|post|newsletter) to\b|"
    r"forward this to (?:a friend|someone|them|anyone|your)\b|"
    r"share this (?:post|issue|newsletter)\b|"
    r"need (?:more )?help|(?:was|is) (?:this|it) (?:article |post |page )?(?:helpful|useful)|"
    # a mail's closing: "Questions? Just reply here" ("Let me know if ..." is noise already)
    r"questions\?\s+(?:just )?(?:reply|email|write|text|call|ping|message|reach out|contact)|"
    r"did you (?:find|like|enjoy)|(?:enjoy|like)(?:ed)? (?:this|it|reading)|"
    r"what(?:'|’)?s next|what (?:is|comes) next|(?:want|looking for|need) (?:some )?more|"
    r"have (?:any )?feedback|ready to (?:get started|start|begin|practi[cs]e|book)|"
    r"any (?:other |more |further )?(?:feedback|comments|suggestions)(?: for (?:us|me))?)\b",
    re.IGNORECASE,
)
# A note to self in someone's notes, not an interview question: "ask Sam: does prod use
# uvloop?", "why did my pytest hang?? -> forgot await", "So what would I do differently?".
NOTE_TO_SELF = re.compile(
    r"^\W*(?:ask|check with|ping) (?!yourself|them|me|us|the|your|a |an )[^\W\d_]{2,20}"
    r"\s*[:,–—-]|"
    r"^\W*(?:why|how) did my\b|"
    # a to-do that asks: "TODO: ask Marta which of these came up in her loop?"
    r"^\W*(?:todo|to-do|to do)\b\W{0,3}(?:ask|check|e-?mail|ping|find out|look up|remember|"
    r"figure out|add|write|make|finish|review|read)\b|"
    # the writer's own logistics: "did the recruiter ever say the salary band??"
    r"^\W*did (?:the |my )?(?:recruiter|hr|hiring manager|headhunter)\b[^\n]{0,200}\?|"
    # "why does my venv keep breaking again??": the writer's own trouble, asked twice over
    r"^\W*(?:why|how) (?:is|does|do|won't|doesn't|isn't|can't|keeps?) my\b[^\n]{0,200}\?\?|"
    r"^\W*(?:e-?mail|text|call|message|remind|follow up with) (?:the )?(?:recruiter|hr|"
    r"hiring manager|referr(?:er|al))\b|"
    r"^\W*(?:so,? )?what (?:would|did|should|will) i (?:do differently|change|learn|have done)\b",
    re.IGNORECASE,
)
# The document's own history: "Changelog", "Revision history".
DOCUMENT_HISTORY = re.compile(
    r"^\W*(?:change ?log|revision history|version history|release notes|document history)\W*$",
    re.IGNORECASE,
)
# Questions about the document itself ("What makes this repo different?").
ABOUT_DOCUMENT = re.compile(
    r"\b(?:this|our) (?:repo|repository|guide|document|list|collection|cheat ?sheet|"
    r"handbook|book|article|post|course|page|project)\b|"
    # the same in a README of another language: "Por que este repositório?"
    r"\b(?:est[ea]|ce(?:tte)?|diese[sr]?|questo|questa) (?:repo|repositório|repositorio|"
    r"dépôt|guia|guía|guide|leitfaden|lista|liste|documento|document|curso|cours|kurs)\b|"
    # "the page" is also a browser's ("...and the page appearing?")
    # (not a repository a question is about: "How do you keep secrets out of the repo?")
    r"(?<!out of )(?<!into )(?<!to )(?<!from )"
    r"\bthe (?:repo|repository|guide|collection|cheat ?sheet|handbook|article|course)\b|"
    r"\b(?:in|to|on) (?:this|our) (?:thread|discussion|channel)\b|"
    r"\bwho is (?:this|it) for\b|"
    r"^\W*(?:contributing|why (?:another|this|these (?:questions|ones)))\b|"
    r"^\W*(?:are you (?:preparing|looking|ready|getting ready)|ready to (?:ace|crack|land))\b|"
    r"^\W*(?:preparing|prepping|studying|interviewing) for (?:an?|the|your)\b.{0,40}\binstead\b|"
    r"^\W*can (?:i|we) (?:use|share|reuse|copy|translate|print) (?:these|this|the|your) "
    r"(?:questions|answers|material|content|notes|list)\b|"
    r"^\W*can (?:i|we) (?:translate|fork|print) it\W*$|"  # a README's FAQ: "Can I translate it?"
    # a thread's own ask: "Ask HN: What backend interview questions do you actually ask?"
    r"\b(?:what|which) (?:[\w-]+ ){0,3}questions (?:do|did|would|should) (?:you|they|people|"
    r"interviewers|y'all)\b|"
    # "these are the questions I got. How would you answer them?"
    r"\b(?:how (?:would|do|should) you|can you|could you|would you) answer (?:them|these|those)\b|"
    r"\bis (?:this|that|it) normal\b|"
    # a thread's own ask: "Onsite Friday, recruiter sent topics - help?", "..., any help?"
    r"^\W*(?:can|could) (?:someone|anyone|somebody|you guys|y'all) help\b|"
    r"(?:\s[-–—:]|,)\s*(?:any |some |please )?help(?: please)?\W*$|"
    # the writer's own why: "Why do we have a question bank?", "Why does this matter?"
    r"^\W*why (?:do|did) (?:we|i) (?:have|keep|maintain|write|make|need) (?:this|a|an|our)\b|"
    r"^\W*why (?:does|should) (?:this|any of this) matter\b|"
    r"^\W*why (?:a|an|the|this|our) (?:shared |common |central |single )?(?:question bank|bank|"
    r"question list|doc|document|repo|wiki|page)\W*$|^\W*readme\b|"
    r"^\W*why should (?:you|i) (?:care|read (?:this|on))\b|"
    r"^\W*(?:want to (?:contribute|help)|how (?:can|do) (?:i|you) (?:contribute|help)|"
    r"did (?:we|i) miss|what you(?:'|’)?ll learn|what you will learn|"
    r"how (?:do|can) (?:i|we) (?:add|submit|suggest) (?:a |my |new )?(?:questions?|answers?)\b|"
    r"(?:anything|what)(?: else)? (?:(?:am )?i(?:'m|’m)?|(?:are )?we(?:'re|’re)?) missing)\b|"
    + CALL_TO_ACTION.pattern,
    re.IGNORECASE,
)
# Who asks, in a pasted transcript: "Interviewer: How would you...?"
QUESTION_SPEAKER = re.compile(
    r"^(?:[\[(]\d{1,2}:\d{2}(?::\d{2})?[\])]\s*)?"  # "(00:30) Interviewer: ..."
    r"(?:\*\*|__)?(?:interviewer|hiring manager|recruiter|panel|them)\s*:\s*(?:\*\*|__)?\s*",
    re.IGNORECASE,
)
# A word set in italics or bold inside a title: "Questions I want to ask *them*".
EMPHASIS = re.compile(r"(?<![\w*])\*{1,2}(?=[^\W_])|(?<=[^\W_])\*{1,2}(?![\w*])")


def without_blank_edges(lines: list[str]) -> list[str]:
    """The lines without the blank ones at their start and end."""
    start, end = 0, len(lines)
    while start < end and not lines[start].strip():
        start += 1
    while end > start and not lines[end - 1].strip():
        end -= 1
    return lines[start:end]


def in_code_blocks(lines: list[str]) -> set[int]:
    """The indexes of the lines in fenced code blocks, their fences included."""
    code, in_code = set(), False
    for index, line in enumerate(lines):
        if FENCE.match(line):
            in_code = not in_code
            code.add(index)
        elif in_code:
            code.add(index)
    return code


def without_emphasis(text: str) -> str:
    return EMPHASIS.sub("", text)


# Sections of advice or references: a line there that asks is not an interview question.
ASIDE_SECTION = re.compile(
    r"^\W*(?:\d+[.)]?\s*)?(?:(?:final|quick|bonus|general|extra|some|more) )?"
    r"(?:tips?(?: and tricks)?|pro tips|notes?|hints?|"
    r"(?:resources|references|links)(?: (?:i|we) (?:used|like|recommend))?|"
    r"further reading|reading list|conclusion|final thoughts|summary|about(?: me| the author)?|"
    r"license|contributing|contributors|acknowledge?ments|credits|faq about this repo|"
    r"how to use (?:this|these)(?: [a-z]+)?|disclaimer|parking lot|notes? to (?:self|myself)|"
    r"scratch(?: ?pad| work| cells?)?|sandbox|"
    r"(?:stuff|things|links|articles|reading|videos|talks) to (?:read|watch|look (?:at|into)|"
    r"check(?: out)?) later|"
    # what the interviewer checks ("Did they mention bloat?"), not what the candidate is asked
    r"(?:scoring|grading|evaluation|assessment|interview(?:er)?) (?:rubric|criteria|guide))\W*$",
    re.IGNORECASE,
)
# The writer's notes kept apart at a document's end: "Private Notes (only visible to the
# hiring team)", "Internal notes". What they ask is not asked of a candidate.
PRIVATE_NOTES = re.compile(
    r"^\W*(?:private|internal|hiring team|interviewer(?:'s|’s)?|debrief) notes\W*"
    r"(?:\([^()\n]{0,80}\)\W*)?$",
    re.IGNORECASE,
)
# A section about applying and the hiring process ("FAQ about the process", "Logistics"):
# what it asks ("Can I use Python in the coding session?"), down to its last sub-heading,
# is a candidate's question to the company, not an interview question.
PROCESS_SECTION = re.compile(
    r"^\W*(?:(?:frequently asked questions|faqs?|common questions|questions)\s+"
    r"(?:about|on|regarding)\s+(?:the|our|this|your)\s+(?:hiring |interview(?:ing)? |"
    r"application |recruiting |recruitment )?(?:process|interviews?|role|job|position|"
    r"application|company|team|day)|(?:our|the) (?:hiring|interview(?:ing)?|recruiting|"
    r"recruitment|application) process|(?:interview |hiring |onsite )?logistics|"
    r"what to expect|(?:process|hiring|candidate|application|recruiting) faqs?|"
    # the candidate's own questions: "My questions for them", "Questions to ask your interviewer"
    r"(?:my |our )?questions (?:i asked |we asked |to ask )?(?:for|to)?\s?(?:them|him|her|"
    r"(?:the|your) (?:team|interviewers?|company|panel|hiring manager|employer))|"
    # "My questions for Dev": the candidate's, for the interviewer they name
    r"my questions (?:for|to) (?-i:[A-Z][a-z]+)(?: (?:and|&) (?-i:[A-Z][a-z]+))?|"
    r"questions i asked(?: them)?|reverse questions|questions (?:the )?candidate asked|"
    r"(?:things|stuff|questions) (?:i (?:want|need) )?to ask (?:them|(?:the|your|my) "
    r"(?:interviewers?|company|team|panel|hiring manager|recruiter|employer))"
    r"(?: at the end| afterwards| later)?|"
    # a course's own FAQ: "About the Backend Bootcamp", "About our mentorship program"
    r"about (?:the|our|this) (?:[\w&'’-]+ ){0,4}(?:bootcamp|course|program(?:me)?|academy|"
    r"school|workshop|cohort|mentorship|training)|"
    # a syllabus's own: "Course policies", "Course FAQ", "Learning outcomes"
    r"(?:course|class|module|program(?:me)?) (?:policies|faq|logistics|rules)|"
    r"learning (?:outcomes|objectives|goals)|"
    r"candidate(?:'s|’s)? questions)\W*$",
    re.IGNORECASE,
)
# "Tip:", "Note:", "Source:": advice and citations, never questions.
# What a pass says besides passing: "pass 😅 anyone?", "skip for now", "no idea tbh"
SHRUG_WORDS = (
    r"tbh|honestly|sorry|lol|haha|here|either|too|ngl|from me|for me|for now|myself|"
    r"on (?:this|that)(?: one)?|this one|that one"
)
# A chapter's time before what it asks: "08:02 How does dependency injection work?",
# "[1:02:03] - What is MVCC?"
LEADING_TIME = re.compile(
    r"^[\[(]?(?:\d{1,2}:)?\d{1,2}:\d{2}[\])]?[ \t]*(?:[-–—|·][ \t]*)?(?![AP]\.?M\b)(?=[A-Z¿\"“])"
)  # (not "2:00 AM, the database is at 100% CPU. What do you check first?")
# A time of day on a line of its own, under a title: "Warm up" / "10:02".
CLOCK = re.compile(r"\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?", re.IGNORECASE)
# A line in parentheses right under a question: the question said again, in another
# language or other words ("_(¿Cómo usa FastAPI los modelos de Pydantic?)_").
SAID_AGAIN = re.compile(r"[ \t]*(?:\*\*?|__?)?\([^()\n]{1,300}\)(?:\*\*?|__?)?[ \t]*")
ASIDE = re.compile(
    r"^\W*(?:pro tip|tip|note|hint|source|sources|citation|reference|credit|credits|via|"
    r"see also|warning|caution|important)\b\s*[:\-–—]|^\W*try it(?: yourself| out)?[.!:]|"
    # a question's follow-up, said with it: 'Good follow-up: "so why use threads at all?"'
    r"^\W*(?:good|possible|nice|likely|natural|common) follow[- ]?up(?: question)?\s*[:–—-]",
    re.IGNORECASE,
)
# The writer's own notes ("Notes: the interviewer was late"), not a question's answer.
# An evaluation form's own question: "Did the candidate join on time? ☐ Yes ☐ No",
# "Would you hire this candidate?"
FORM_QUESTION = re.compile(
    r"[☐☑☒□]\s*(?:yes|no)\b|^\W*(?:would|should|do|did) (?:you|we) (?:hire|advance|recommend|"
    r"move forward with|pass) (?:this|the) (?:candidate|applicant|person)\b|"
    r"^\W*(?:did|was|is|does) the (?:candidate|applicant)(?:'s|’s)? (?:join|arrive|show up|"
    r"(?:audio|video|camera|connection)\b)|"
    # an interviewer's checklist: "Did the candidate ask clarifying questions?", "Did you send
    # the candidate the repo link?"
    r"^\W*(?:did|has|have|was|were|is|does|do) (?:the )?(?:candidate|applicant|interviewee)s?\b|"
    r"^\W*(?:did|have|has) you (?:send|sent|share[ds]?|email(?:ed)?|give|given|gave|told|tell) "
    r"(?:the |your )?(?:candidate|applicant|interviewee)\b",
    re.IGNORECASE,
)
# "Tomás from Lisbon asks:", "Grace writes:" over a reader's question
ASKS_LEAD = re.compile(
    r"\b(?:asks?|asked|writes?|wrote|wonders?|want(?:s|ed) to know)[ \t]*:[ \t]*$", re.I
)
# The time a section of a call's notes spans, after its title: "(31:25 – 49:50)", "(10 min)"
TIME_SPAN = (
    r"[ \t]*\((?:\d{1,2}:\d{2}[\d: –—-]{0,20}|\d{1,3}[ \t]?(?i:min|mins|minutes)\b[^()\n]{0,10})\)"
    r"[ \t]*"
)
TIME_SPAN_AT_END = re.compile(TIME_SPAN + "$")
# A plain text's section title in capitals: "READER MAILBAG", "QUESTION OF THE WEEK"
CAPS_TITLE = re.compile(r"[ \t]*[A-Z][A-Z'’]++(?: (?:&|[A-Z][A-Z'’]++)){1,7}[ \t]*")
# An exam question's marks after it: "(3 marks)", "[2 pts]".
MARKS_UNIT = r"(?:marks?|points?|pts?)"
MARKS = re.compile(rf"\s*[(\[]\d{{1,3}}\s*{MARKS_UNIT}[)\]]$", re.IGNORECASE)
MIN_POINTED_WORDS = 4
POINTS_LEAD = re.compile(
    rf"^[(\[][ \t]*\d{{1,3}}(?:\.\d)?[ \t]*{MARKS_UNIT}\.?[ \t]*[)\]][ \t]+(?=\S)", re.IGNORECASE
)
NOTE_TO_SELF_LABEL = re.compile(
    r"^\W*(?:note to self|reminder to self|memo to self|random|misc|links? dump|brain ?dump|"
    r"next steps? for me|my next steps|next steps(?=\s*[:\-–—][^\n]{0,80}\b(?:recruiter|hear back|"
    # "Next steps: recruiter said I'd hear back" (not "Next steps: shard by user id")
    r"onsite|offer|thank[- ]you (?:note|email)|follow[- ]up email)\b))"
    r"\s*[:\-–—]",
    re.I,
)
WRITERS_NOTE = re.compile(
    r"^\W*(?:notes|my notes?|side note|personal note|fyi|n\.b\.)"
    r"\s*[:\-–—]",
    re.IGNORECASE,
)
# A lead-in that makes the list after it part of an answer: questions to think about.
FOLLOW_UP = re.compile(
    r"follow[- ]?ups?|ask yourself|questions? to ask|you (?:may|might|could|will) (?:be asked|get|"
    r"hear|ask)|consider|(?<!to )think about|check ?list|self[- ]check|before you answer|"
    r"(?:might|may|will|could|to) (?:probe|dig into|push on)|probing questions",
    re.IGNORECASE,
)
# Imperatives that ask for work ("Review this snippet...") when a card heading comes first.
TASK_WORDS = set(
    "review refactor fix find spot debug optimise optimize improve predict calculate convert "
    "implement design write build create explain describe compare given consider analyse "
    "analyze estimate reverse sort merge parse validate model propose sketch talk".split()
)

# A reply that cites a question by its number: "For #3:", "Re #4 -", "#3 is...", "As for Q2,".
# Group 2 is the punctuation after the citation: with it, the answer is what follows.
BY_NUMBER = re.compile(
    r"^(?:\*\*|__)?(?:(?:for|re|about|on|as for|regarding|answering|answer to)\s+"
    r"(?:q(?:uestion)?\s?|#)?|#|q(?:uestion)?\s?|"
    r"(?<=\*\*|__)(?=\d{1,3}(?:\*\*|__)?:))"  # "**5:** an index is ...": its bold number
    r"(\d{1,3})(?!\d)"
    r"((?:\*\*|__)?\s*[:,.)\-–—]\s*(?:\*\*|__)?\s*|(?=\s+(?:is|was)\b)|\s+(?=\w)|"
    r"(?:\*\*|__)\s+(?=\S))|"  # "**#1** The GIL guarantees...": its bold number
    r"^(\d{1,3})(?=\s+(?:is|was)\b)",  # "7 is the classic one: ..."
    re.IGNORECASE,
)
# A section of answers given by question number, after the questions: "Answer key",
# "Answers to the review questions", "Solutions". ("Answer" alone is part of one answer.)
ANSWER_KEY = re.compile(
    r"^\W*(?:appendix [a-z\d]{1,3}\W{1,4})?"  # "Appendix B — Solutions to selected exercises"
    r"(?:answer key|answers? to (?:the )?(?:review |practice )?(?:questions|exercises)|"
    # "Appendix A — Model answers", "Worked solutions"
    r"(?:(?:model|sample|suggested|worked) )?(?:answers|solutions)|"
    r"key to (?:the )?(?:questions|exercises))\b.{0,60}$",
    re.IGNORECASE,
)
# A question's id in a course's notes, before it and in the key: "R1.1", "E4.2", "DB-3"
ITEM_ID = r"(?-i:[A-Z]{1,3})-?\d{1,3}(?:\.\d{1,3})?"
# An entry of an answer key: "**7.1** ...", "3. ...", "Q2: ...", "(4) ...", "R1.1 ...".
# Possessive: the spaces between the number, its punctuation and its bold are never
# re-split between runs (a long run of spaces made this polynomial in its length).
KEY_ENTRY = re.compile(
    r"^(?:\*\*|__)?\s*+(?:(?:review |practice )?(?:q(?:uestion)?|exercise|problem)\s*+)?"
    rf"\(?(\d{{1,3}}(?:\.\d{{1,3}})?|{ITEM_ID})\)?"
    r"(?:[ \t]*+[.:)\-–—]|(?:\*\*|__)(?=\s))*+\s++(?=\S)",
    re.IGNORECASE,
)
# ... or its number alone in bold, over the answer's paragraphs or code: "**9.1**", or its
# id alone: "R1.1".
KEY_TITLE = re.compile(
    r"^(?:\*\*|__)\s*+(?:(?:exercise|problem|q(?:uestion)?)\s*+)?(\d{1,3}(?:\.\d{1,3})?)"
    rf"[ \t]*+[.:)]?[ \t]*+(?:\*\*|__)\s*$|^(?:\*\*|__)?({ITEM_ID})[.:)]?(?:\*\*|__)?\s*$",
    re.IGNORECASE,
)
# A list's item lettered as a list's ("A. What is a timing attack...?"), capitals from A to H
LETTERED_ITEM = re.compile(r"^([A-H])[.)][ \t]+(?=[A-Z])")
# A question's line that starts with its id: "R1.1 What makes an API RESTful?"
# ... over a heading's question, its dot after it: "C1. What...", "K-2) Explain..."
HEADING_ID = re.compile(rf"^({ITEM_ID})[.)][ \t]+(?=(?-i:[A-Z]))")  # (not "S3: What...")
ID_LEAD = re.compile(rf"^\s*+(?:\*\*|__)?({ITEM_ID})(?:\*\*|__)?[.:)]?[ \t]+(?=(?-i:[A-Z]))")
# "Q12.", "Q12:", "Question 7:", "Q 3 -", "Exercise 2:", "Card 4.", "FQ3.", "Follow-up 2:",
# then the question (or not).
# Possessive "++"/"*+" where two whitespace runs meet: a long run of spaces is never
# re-split between them (quadratic in its length), and no match needs it to be.
Q_NUMBER = re.compile(
    r"^(?:[-*+]\s++|\d+[.)]\s++)?(?:\*\*|__)?\s*+"
    r"(?:[A-Z]{1,2}Q|Q(?:uestion)?|FU|Follow[- ]?up|Exercise|Task|Problem|Challenge|Card|"
    r"Drill(?=[ \t]*+\d{1,4}[ \t]*$))"  # (a lesson's "Drill 3" over its question, alone)
    # "Q12", "Q3.2", "Q3.2.1", a sub-question "Q1a"
    r"\s*+#?\s*+(\d{1,6}(?:\.\d{1,3}){0,2})(?P<sub>[a-h](?![a-z]))?(?!\.?\d)"
    r"(?:[ \t]of[ \t]\d{1,4}(?=[ \t]*[.:)\]–—·-]))?"  # "Question 5 of 20:"
    r"(?:[ \t]*\([\w ,/+-]{1,30}\)(?=[ \t]*(?:[.:)\]–—·-]|\*\*)))?"  # "Question 8 (design):"
    # "Question 1" alone (a form's "Question 1 *", required): the question follows
    # ... or a tab's spaces, as a document's table of questions has it ("Q3.2.1<TAB>Explain")
    # (a dotted number's only: "Q1    revenue grew 10%" is a report's line)
    # ... or a guide's star for a frequent one: "Q2.1 ★ What happens when...?"
    r"(?:\s*(?:[.:)\]–—·-]|\*\*)+\s*(?:\*\*|__)?\s*|[ \t]*\*?[ \t]*$|[ \t]++[★☆⭐]++[ \t]*+(?=\S)|"
    r"(?<=\.\d)[ \t]{2,}+(?=\S)|(?<=\.\d\d)[ \t]{2,}+(?=\S))",
    re.IGNORECASE,
)
# A few words before a question's label in a chat message: "last one. Q9: what do...".
REMARK_BEFORE_LABEL = re.compile(r"^(?:\S+\s+){1,4}?(?=Q\d{1,3}:\s)")
# ... but "For Q2: ...", "re Q3: ..." cite a question: that is an answer to it.
CITING = re.compile(r"^\W*(?:for|re|see|about|on|to|in|answer(?:ing)?|and)\b", re.IGNORECASE)
# "Q: ...", "Q. ...", "**Q:** ..."
# "Q3 what happens if...": a number and a space, then a question ("Q3 revenue" is not one).
Q_SPACED = re.compile(r"^Q(\d{1,3})\s+(?:[★☆⭐]\s*+)?(?=[^\W\d_])", re.IGNORECASE)
Q_LABEL = re.compile(
    r"^(?:[-*+]\s++|\d+[.)]\s++)?(?:\*\*|__)?\s*+(?:(?:interview|practice|mock) )?"
    rf"(?:Q|Front|Question|{QUESTION_WORDS_ABROAD})\s*[.:]\s*"
    r"(?:\*\*|__(?![^\W_]\w{0,40}?__))?\s*",  # (not a dunder's: "Q: __slots__ vs ...")
    re.IGNORECASE,
)
# A question set apart by what leads to it: "Bonus: How do Streams differ from Pub/Sub?",
# "One question I'll leave for you: how would you...? Tell me in the responses."
LED_QUESTION = re.compile(
    r"^(?:\*\*|__)?(?:bonus(?: question| round| one)?|(?:one|a|my|the) (?:last |final )?"
    r"question (?:i(?:'ll|’ll| will) leave (?:for )?you|for you|to (?:think about|ponder))"
    r")(?:\*\*|__)?[ \t]*[:–—-][ \t]*(?:\*\*|__)?[ \t]*"
    r"(?P<asked>[^?\n]{8,300}\?)(?:\*\*|__)?[ \t]*(?P<said>.{0,2000})$",
    re.IGNORECASE,
)
# "**3.** ...", "**3)** ...", and a book's exercise "**9.1** ..." (cited as "9.1").
BOLD_NUMBER = re.compile(
    r"^(?:\*\*|__)\s*(\d{1,6})(?!\d)"
    r"(?:(?P<sub>(?:\.\d{1,4}(?!\d))++)(?:\*\*|__)|\s*[.)]\s*(?:\*\*|__)?)\s*"
)
# Question numbers have at most six digits: a longer run is not one (and int() refuses
# more than 4,300 digits).
# "3. ...", "3) ...", "(3) ...", "3 - ...", and outline numbers "1.1 ...", "2.3.1. ..."
PLAIN_NUMBER = re.compile(
    r"^\s{0,3}(?:(\d{1,6})(?!\d)(?:\.\d+)*+\s*[.)]|\((\d{1,6})\)|(\d{1,6})(?!\d)(?:\.\d+)++"
    r"|(\d{1,6})(?!\d)\s[-–—])\s+"
)
BARE_NUMBER = re.compile(r"^(\d{1,3})\s+(?=[^\W\d_])")
ANSWER_LABEL = re.compile(
    r"^\s*(?:[-*+]\s+)?(?:(?:\*\*|__|[*_])\s*)?"
    r"(?:A|Ans|Answer(?:\s+(?:sketch|notes?))?|(?:My|Our|The) answer|Solution|Response|"
    r"(?:Reference|Sample|Model|Suggested) answer|"
    r"(?:Good|Strong|Model|Expected) (?:reply|response)|"
    r"Candidate|Cand|"
    r"Interviewee|Me|(?:What to )?(?:look|listen) for|Expect|Rubric|"
    rf"Back|{ANSWER_WORDS_ABROAD})"
    r"(?:\*\*|__|[*_])?\s*+[.:]\s*+(?:\*\*|(?!__[^\W_]\w{0,40}?__)(?:__|[*_]))?\s*+",
    re.IGNORECASE,
)
RUBRIC_START = re.compile(
    r"^\s*(?:\*\*)?(?:what it tests\s*:|this tests\b|tests (?:whether|if|your|how)\b|"
    r"it tests\b|tests [A-Z])",
    re.IGNORECASE,
)

QUESTION_WORDS = (
    "what what's whats how how's why when where which who whom whose is are can could do does "
    "did should would will shall explain describe define compare contrast differentiate "
    "distinguish difference differences implement design write name list give tell discuss "
    "walk model enforce build create show outline mention state identify illustrate suppose "
    "imagine given when's why's can't isn't aren't have has elaborate summarize summarise "
    "demonstrate provide sketch "
    # (a document in Spanish: "Explica qué es un context manager")
    "explica explique compara diseña implementa escribe"
).split()
TITLE_SMALL_WORDS = {
    "a",
    "an",
    "and",
    "or",
    "of",
    "the",
    "to",
    "in",
    "on",
    "for",
    "with",
    "vs",
    "&",
}
END_SECTION = re.compile(
    r"^(conclusion|final thoughts|wrapping up|summary|key takeaways|further reading|"
    r"resources|references|about the author|next steps|outro|sponsor(?:ed)?(?: segment)?|"
    # an interviewer's verdict after the questions: "Summary / scores:", "Overall rating"
    r"(?:summary|overall)(?:\s*[/&,]\s*|\s+)(?:scores?|ratings?|verdict|recommendation)|"
    r"scores|scorecard|verdict|"
    # a book's appendix after its last chapter: "Appendix A Numbers every engineer should know"
    # (not a sentence: "Appendix B of RFC 6585 lists the other codes.")
    r"appendix(?![^\n]*\.[ \t]*$)(?:[ \t]+[a-z0-9]{1,2}\b)?"
    r"(?:[ \t]*[:.–—-]?[ \t]+[^\n]{1,80})?)\W*$",
    re.IGNORECASE,
)
# Where a copied page's own content ends and its links to other pages begin: "More from
# <author>", "Recommended from Medium", "Related", "Hot Network Questions".
# The writer signing off, which ends an answer (what follows may still be the post's):
# "That's it for part 2! If this helped, drop a 🦄", "That's all. If you're prepping, ..."
# An exam's part over its questions: "Part B — Longer answers", "Section 2: SQL".
PART_TITLE = re.compile(
    r"^\W{0,4}(?:part|section)[ \t]+(?:[A-H]|\d{1,2}|[IVX]{1,4})\b"
    r"(?:[ \t]*[—–:.-][ \t]*[^\n.?!]{1,60})?$",
    re.IGNORECASE,
)
OUTRO = re.compile(
    r"^\W*that(?:'s|’s| is) (?:it|all)(?: for (?:part \d{1,2}|today|this week|now)\b|[.!]\s+"
    r"(?:if you|good luck|thanks|happy|see you|hope)\b)|"
    # "*Got asked something I didn't cover? Leave a comment below or ping me on ...*"
    r"^\W*(?:[^?\n]{0,80}\?\s+)?(?:leave|drop|post) (?:me |us )?a (?:comment|reply)\b|"
    # under a list to practise: "Try answering each in 1–2 minutes, then paste your answers"
    r"^\W*(?:try|practi[cs]e) (?:answering|to answer) (?:each|every one|these|them|all)\b",
    re.IGNORECASE,
)
# A post's sign-off on a line of its own: "Thanks! 🙏", "Cheers,", "Thanks all" (its name under it).
SIGN_OFF = re.compile(
    r"^\W*(?:thanks|thank you|many thanks|cheers|regards|kind regards|best regards|best wishes)"
    r"(?:[ \t]+(?:all|everyone|team|folks|so much|again|in advance))?[^\w:\n]*$",
    re.IGNORECASE,
)
PAGE_TAIL = re.compile(
    r"^[\W_]*(?:more (?:from|by)\b.{1,60}|recommended(?: for you| from\b.{1,40})?|"
    # the writer's outro and byline: "If you found this useful, give it a few claps...",
    # "Written by Elena Vasquez"
    r"(?:if you (?:found|liked|enjoyed) this|if this (?:was|is) (?:useful|helpful))\b.{0,80}"
    r"\b(?:claps?|follow|share|subscribe)\b.{0,160}|"
    # a newsletter's: "Enjoying this? Forward it to a friend who's job hunting, or ..."
    r"(?:enjoying|enjoyed|like|liked|love) (?:this|the newsletter)\W{1,3}(?:forward|share|"
    r"subscribe|tell)\b.{0,200}|"
    r"written by\b.{1,60}|"
    # a handbook's owners under its last answer: "Maintainers: platform-team. Questions → #hiring"
    r"maintainers?:.{1,200}|maintained by\b.{1,200}|"
    r"discussion about this (?:post|article|issue|episode)|"
    r"see more (?:recommendations|stories|posts|articles)|related(?: questions| posts| articles)?|"
    r"linked(?: questions)?|hot network questions|you (?:may|might) also like|read next|"
    r"(?:more )?(?:posts|stories|articles|threads) you (?:may|might) (?:also )?like|"
    r"(?:the \w+ |from the |on the )blog|featured(?: on \w+)?|footer|categor(?:y|ies)|labels|"
    r"most relevant|most recent|top comments|(?:[\d,.]+k? )?comments?(?: \(\d+\))?|"
    r"(?:\d+ )?responses(?: \(\d+\))?|"
    r"more (?:stories|posts|articles)|"
    r"(?:popular|recent|latest|trending) (?:posts|articles|stories)|"
    r"about (?:this |the )?(?:community|subreddit|group|forum))[\W_]*$",
    re.IGNORECASE,
)
# The button under an answer that folds it away: the answer ends there.
ANSWER_CLOSED = re.compile(r"^\W*(?:hide|collapse) (?:the )?(?:answer|solution)\W*$", re.IGNORECASE)
# A page's buttons and sorting: "Show answer", "Hide solution", "Sort by: Newest".
FURNITURE = re.compile(
    r"^\W*(?:(?:show|hide|reveal|toggle|view) (?:the )?(?:answer|solution|hint)s?\W*$|"
    r"submit (?:your |an )?(?:attempt|answer)\W*$|mark as (?:complete|done|read)\W*$|"
    r"sort(?:ed)? by\s*:|"
    # an answers site's buttons and bylines: "Answer question", "2 Answers", "Helpful (5)",
    # "Anonymous on Mar 6, 2024", "Was this interview helpful?"
    r"answer (?:this )?question\W*$|\d{1,5} answers?\W*$|helpful\s*\(\d{1,6}\)[^.!?]{0,60}$|"
    r"anonymous(?: [\w ]{0,40})? on [a-z]{3,9}\.? \d{1,2},? \d{4}\W*$|"
    r"(?:was|is) this (?:interview|review|answer|conversation) helpful\b.{0,80}$|"
    # a form's points and blanks: "1 point", "Total points 8/15", "Your answer"
    r"\d{1,3} points?$|total points\b.{0,20}$|your answer$|"
    # a wiki page's byline under its title: "Last edited by Karen Liu on 2/27/2024 3:05 PM"
    r"last (?:edited|modified|updated) by [^\n]{1,60} (?:on|at) [^\n]{1,40}$)",
    re.IGNORECASE,
)
# An embed on a line of its own: "<iframe src=...></iframe>", Hashnode's "%[https://...]",
# dev.to's "{% embed https://... %}".
EMBED = re.compile(
    r"^(?:<iframe\b[^<>]{0,2000}>\s*(?:</iframe>)?|%\[https?://[^\]\s]{1,500}\]|"
    r"\{%\s*(?:embed|youtube|twitter|codepen|github|gist|codesandbox)\b[^%\n]{0,500}%\})\s*$",
    re.IGNORECASE,
)
PAGE_BYLINE = re.compile(r"^\W*last (?:edited|modified|updated) by \S", re.IGNORECASE)
NOISE = re.compile(
    r"^\W*(?:"
    r"back to (?:top|blog)|share\b.{0,20}$|share this|(?:enjoyed|liked) this|"
    # a phone scanner's footer on each page
    r"scanned (?:with|by) (?:camscanner|adobe scan|genius scan|microsoft lens|office lens|"
    r"turboscan|scanbot|tiny scanner)\W*$|"
    r"found this (?:helpful|useful)|did (?:we|i) miss|let (?:us|me) know\b|good luck\b|"
    r"(?:overall|verdict|outcome|edit|update|p\.?s\.?)\s*:|"
    r"result\s*:\s*(?:offer|rejected|no offer|got)|"
    r"feel free to\b|contributions (?:are )?welcome|(?:give (?:it|this|us) a )?star (?:this|the) "
    r"(?:repo|repository|project)|if you (?:found|find|liked|like|enjoyed) (?:this|it)\b|©|"
    r"leave a (?:comment|reply)|have a question, correction|subscribe\b|sign up (?:for|to)|"
    r"follow (?:us|me)\b|related (?:posts|articles|reading)|read more|(?:table of )?contents\W*$|"
    r"advertisement|sponsored|blog hero image|.{0,60}\d+\s*(?:min|sec|minute|second)s?\s*read$|"
    r"explore the .{0,80}learning path|\d+\s+questions?\b.{0,5}test what you|"
    r".{0,60}knowledge check$|blog\s*/|(?:previous|next) (?:post|article)|"
    r"(?:previous|next) (?:notebook|chapter|lesson|part)\s*[:→»]|"
    r"thanks for reading|happy (?:coding|learning)|click here|(?:#[^\W\d_]\w*\s*){2,}$|"
    r"_?(?:questions|fragen|preguntas)\?\s*(?:write|email|schreib|escr|contact|ask)|"
    r"repost\b|(?:like|save) this (?:post|thread)|tag (?:someone|a friend)|"
    r"that(?:'s|’s| was| is) (?:it|all)\b(?: for (?:the|this|today|now)\b|\W*$|\s*!)|"
    r"all rights reserved|image:|photo by|"
    r"(?:we use|this (?:site|website) uses|accept(?: all)?) cookies|"
    r"cookies? (?:policy|settings|preferences|consent|banner)\b|"
    r"(?:posted|published|updated) (?:on|by)\b|"
    r"(?:in|out)\s*\[\s*\d{0,5}\s*\]\s*:|"  # a notebook cell's prompt: "In [6]:", "Out[5]:"
    r"(?:quick |shameless |small )?plug\s*:|score\s*:\s*(?:\d\s+){2,}|(?:\\?_){6,}|"
    r"\*\*[^*\n]{1,40}\*\*\s+@\w{1,15}$|✅ marked as (?:the )?answer|\d{1,4} repl(?:y|ies)$|"
    r"last reply\b.{0,30}$|(?:tags|ease|interval|deck)\s*:\s*\S.{0,60}$|"
    r"like\s+comment\s+(?:repost|share)\b|.{0,30}\d[\d,.]*k?\s*·\s*\d[\d,.]*k? comments?\b|"
    r"[\w.-]{2,39}\**\s+(?:on|commented(?: on)?)\s+[a-z]{3,9}\.? \d{1,2},? \d{4}\b[^.!?]{0,40}$"
    r")",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Marker:
    """A line that starts a question, and how we know."""

    kind: str
    text: str  # the question text on this line ("" when it follows on the next line)
    number: int | None = None
    after: str = ""  # answer text on the same line ("<summary>Q</summary> the answer")
    cited: str = ""  # what an answer key cites it by, when not its number ("4.1")
    said: bool = (
        False  # its answer is on its line ("...? → two transactions..."): to its paragraph's end
    )


def strip_bold(text: str) -> str:
    text = text.strip()
    if text[:2] not in ("**", "__"):
        return text  # (the common case, without a regex: it runs on every line, often)
    match = BOLD_EDGES.match(text)
    return match.group(1).strip() if match else text


def strip_lead(text: str) -> str:
    """Without leading emoji, curly quotes and markup: "❓ “What is X?”" -> "What is X?”"."""
    start = 0
    while start < len(text) and not (text[start].isalnum() or text[start] in "`<[(_"):
        start += 1
    return text[start:]


def without_emoji_edges(text: str) -> str:
    """Without the emoji (and flags) before and after it: "🇬🇧 **What is X?** ✅" ->
    "**What is X?**"."""
    start, end = 0, len(text)
    while start < end and (_symbol(text[start]) or text[start].isspace()):
        start += 1
    while end > start and (_symbol(text[end - 1]) or text[end - 1].isspace()):
        end -= 1
    return text[start:end]


def _symbol(char: str) -> bool:
    return unicodedata.category(char) == "So" or char in "\u200d\ufe0f"


# A statement to judge: "True or false: bcrypt ignores everything after 72 bytes."
TRUE_OR_FALSE = re.compile(r"^(?:true or false|true/false|t/f)\b\W{1,3}\w", re.IGNORECASE)


def looks_like_question(text: str) -> bool:
    if _inverted_question(text):
        return True  # "¿Qué son las funciones de ventana? Pon un ejemplo."
    text = strip_lead(strip_bold(text)).strip(" *_`\"'“”‘’")
    if len(text) < 8 or len(text) > 400:
        return False
    if text.rstrip(")").endswith("?") or TRUE_OR_FALSE.match(text):
        return True
    first = re.split(r"[\s,:(]", text.lower(), maxsplit=1)[0].replace("’", "'").strip("'")
    return (
        first in QUESTION_WORDS
        and len(text.split()) >= 2
        and not NARRATIVE.match(text)
        and not _joined_title(text.lower().split())
        and not _keyword_first(text)
    )


# A subject that compares two things, as a question names its subject: "CMD vs ENTRYPOINT"
# (a title of a few words).
# A line that stops mid-sentence: on a word that cannot end one.
DANGLING = re.compile(
    r"\b(?:and|or|but|the|a|an|of|to|in|into|for|with|on|at|by|from|when|that|which|vs\.?)$",
    re.IGNORECASE,
)


COMPARES = re.compile(r"\S\s+(?:vs\.?|versus)\s+\S", re.IGNORECASE)
MAX_COMPARED_WORDS = 8


def compares(text: str) -> bool:
    """A title of a few words that names what it compares: "401 vs 403"."""
    return bool(COMPARES.search(text)) and len(text.split()) <= MAX_COMPARED_WORDS


# A question opened as Spanish opens one, then more: "¿Qué es X? Pon un ejemplo."
INVERTED_QUESTION = re.compile(r"¿[^?\n]{2,300}\?")


def _inverted_question(text: str) -> bool:
    return bool(INVERTED_QUESTION.match(strip_bold(text).strip(" *_`\"'“”‘’")))


# A title that tells rather than asks: "How I approach every question", "What we look for".
NARRATIVE = re.compile(
    r"^\W*(?:how|why|what|when|where) (?:i|we|my|our|they|it|this|that|these|those) ", re.IGNORECASE
)
# Small talk and logistics in a transcript: asked, but not interview questions.
SHORT_ASIDE_WORDS = 4
WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
SMALL_TALK = re.compile(
    r"^\W*(?:(?:so|and|ok(?:ay)?|great|cool|right|well|hey|hi|hello)\W+)?"
    r"(?:[^\W\d_]{2,20},\s+)?(?:"  # "Lena, where can people find you?"
    r"(?:can|do|could) you (?:hear|see) (?:me|my screen)|are you (?:there|still there|ready)\b|"
    r"(?:ready|how did you do|what now|what(?:'s|’s| is) next|did (?:this|that|it) help)\W*$|"
    # a course's prompt for a learning journal: "✎ Reflection: which part surprised you?"
    r"(?:reflection|reflect|journal(?:ing)?(?: prompt)?)\W{0,3}:|"
    r"any (?:other |more )?questions\W*$|"
    # a quiz's score: "Did you get all twelve?", "How many did you get right?"
    r"did you get (?:them |these |those )?all(?: of them| \w+)?\W*$|how many did you get\b|"
    r"what should (?:i|we) (?:cover|write about|post about|do) next\b|"
    r"any (?:last|final|closing) (?:words|thoughts)\b|"
    r"where can (?:people|folks|listeners|viewers|readers) (?:find|follow|reach) you\b|"
    r"where (?:are|were) you (?:dialing|dialling|calling|joining|based)(?: in)?(?: from)?\b|"
    r"how(?:'s|’s| is| are| was) (?:you|your|it|things|everything)\b.{0,30}"
    r"(?:going|doing|today|day|week|weekend|morning)(?: so far| today| this week| lately| been)?"
    r"\W*$|"
    r"how are you(?: doing)?\W*$|how have you been\W*$|"
    # a check on oneself: "Ask yourself: could I explain this to a junior engineer?"
    r"(?:ask yourself\W+)?(?:can|could|would|do) i (?:explain|teach|answer|describe|draw|"
    r"sketch|walk)\b|"
    # asking the readers: "How would you all approach it?"
    r"how would (?:you all|y(?:'|’)?all|you guys|everyone|folks|others) (?:approach|answer|tackle|"
    r"handle|solve|do) (?:it|this|that)(?: one)?\W*$|"
    # a host's welcome ("Dami, how's Lagos today?") and a tangent ("Tangent – do you remember
    # the first time you took down prod?")
    r"how(?:'s|’s| is) [\w -]{1,30}? (?:today|this (?:morning|week)|treating you)\W*$|"
    r"(?:tangent|off[- ]topic|random (?:question|thought)|side note|unrelated)\b\W{1,4}|"
    r"sounds? good|(?:does )?(?:that|this) (?:sound good|make sense|work for you)|"
    r"what (?:other )?questions? (?:do|did|would) you have\b(?: for (?:me|us))?\W*$|"
    r"(?:do you have|have you got|any) (?:any )?(?:other |more |further )?questions? "
    r"(?:for (?:me|us)|about|before)|(?:does|would|will) .{1,40} work for you|"
    r"(?:ready to|shall we|should we|can we) (?:start|begin|get started|dive in|jump in)|"
    r"is (?:now|this) (?:still )?a good time|(?:what|how) about you|"
    # talk about an interview rather than its questions: "how'd the interview go?"
    r"how(?:'d|’d| did| was) (?:the|your|yours|it)\b.{0,30}?\b(?:go|went)(?:\W*$|,)|"
    r"what did they ask\b|"
    r"what went (?:wrong|well|badly|right) (?:in|at|during) (?:round (?:one|two|three|four|\d)|"
    r"(?:the|my|that) (?:interview|loop|onsite|phone screen))\W*$|"
    # ... or what it will be like: "is the onsite even going to have trivia like this?"
    r"(?:\w+\W+){0,2}(?:is|will|does) the (?:onsite|interview|phone screen|final round|"
    r"take-?home) (?:even |really |actually )?(?:going to |gonna )?(?:have|include|be|cover|"
    r"involve)\b|"
    # the candidate's background, said back: "I see from your notes you're coming from a
    # Flask background?"
    r"i (?:see|saw|noticed|read) (?:from your (?:notes|cv|resume|profile|linkedin)|"
    r"(?:that )?you(?:'re|’re| are| were| have|'ve|’ve))\b"
    r"(?![^?]*\b(?:how|what|why|when|which|where|would|could|can you|explain|walk)\b)|"
    # the interview itself, asked of who had it: "did they do live coding too?"
    r"(?:and |also )?did (?:they|he|she) (?:do|ask|give|have|make you)\b|"
    # the day's plans: "lunch at 12?", "also did standup move to 11 tomorrow?", "drinks on
    # you?"
    r"(?:lunch|coffee|drinks|dinner|beers?)(?: at| later| today| tomorrow| on)\b|"
    r"(?:and |also )?(?:did|is|has) (?:the )?(?:standup|stand-up|retro|sync|all-hands|"
    r"1:1) (?:move|moved|still|been|cancel)|"
    # a team's work in passing: "any ETA on this one?", "Is the load test re-run still
    # pending?", "any update on the migration?"
    r"(?:@?[\w.-]{1,40},?\s+)?any (?:eta\b|(?:updates?|news) on (?:this|that|the)\b)|"
    r"(?:is|are) the [\w -]{2,40} still (?:pending|blocked|in progress|scheduled)\b|"
    # news in passing: "anyone seen the new PEP about free-threaded builds?", "did anyone see
    # the job post in #jobs?", and which one is meant: "the one with "rockstar" in the title?"
    r"(?:has |have )?any(?:one|body) (?:else )?(?:seen|read|heard about|tried) the "
    r"(?:new|latest)\b|did any(?:one|body) (?:else )?see the\b|the one (?:with|where|about)\b|"
    # a group's own business: "evening all 👋 drill time?", "can I join the drills?", "me,
    # 11am?"
    r"(?:good )?(?:morning|evening|hi|hey|hello) (?:all|everyone|folks)\W+"
    r"(?!(?:what|why|how|when|which|who|where|is|are|can|does|do)\b)(?:[\w-]+\W+){0,2}"
    r"[\w-]+\W*\?\W*$|"
    r".{0,30}\bcan i join\b|(?:me|same|works for me),? \d{1,2}(?::\d{2})? ?(?:am|pm)\W*$|"
    # a help request about one's own setup, or a chat's own talk: "sorry to interrupt but
    # anyone know why my docker container can't reach localhost??", "anyone else have this
    # thing where the app logs you out?", "ok gotta run, same time tmrw?"
    r".{0,40}?\b(?:any ?one|anybody) (?:know|knows|got an idea) (?:why|how) (?:my|our)\b|"
    r".{0,30}?\b(?:does |do )?(?:any ?one|anybody|you guys|y'?all) know "
    r"(?:if|whether|when|where)\b|"
    r"(?:any ?one|anybody) else (?:have|having|get|getting|seeing|see|notice|noticing)\b"
    r".{0,30}\b(?:this|that|the same)\b|"
    r".{0,30}\bsame time (?:tmrw|tomorrow|next week|next time)\W*$|"
    # a note to self: "ask Priya if they did a system design round too??"
    r"ask (?!the |them |him |her |yourself |candidates? )[^\W\d_]{2,20} (?:if|whether) |"
    # a thread asking for questions, or for an answer to one it names: "What questions did you
    # get asked?", "what would be a good answer to the pagination one?", "did anyone get asked
    # about signals?"
    r".{0,60}\bquestions? (?:did|do|were|have|would|will) (?:you|they|people|y(?:'|’)?all|folks|"
    r"others)\b.{0,40}\b(?:ask|asked|get|got)\b|"
    r".{0,40}\b(?:what(?:'s|’s| is| would be| was) (?:a |the )?(?:good|right|best|correct) answer|"
    r"how (?:would|should|do) (?:i|you|one|we) answer) (?:to|for) (?:the|that|this|your)\b|"
    r".{0,60}\bdid (?:anyone|anybody|others) (?:else )?(?:get|got) asked\b|"
    # asking for questions to practise: "can you give me like 8 questions they'll probably ask
    # with short answers?"
    r"(?:(?:can|could|would) you (?:please )?)?(?:give|send|list|write|suggest|share)"
    r"(?: me| us)? (?:[\w'’-]+ ){0,4}?(?:interview )?questions\b|"
    # a study group's logistics: "are we doing the quiz tonight?"
    r"(?:are|were) we (?:still )?(?:doing|having|meeting|on for)\b.{0,30}\b(?:tonight|today|"
    r"tomorrow|this (?:week|evening|morning)|again)\W*$|"
    r".{0,20}\bdid (?:i|you|they|she|he) (?:get|land|accept) (?:the|an|that) (?:offer|job)\b|"
    # career talk: "What was the range?", "How many rounds is normal for senior backend?",
    # "Is leetcode even relevant for backend roles anymore?"
    r"what(?:'s|’s| is| was) (?:the|your) (?:range|tc|comp|compensation|salary|band|base|yoe)\W*$|"
    r"how many (?:rounds|interviews|stages)\b.{0,40}\b(?:normal|typical|usual|standard)\b|"
    r"is (?:leetcode|lc|grinding leetcode|dsa)\b.{0,40}\b(?:relevant|worth it|needed|necessary)\b|"
    r"any (?:other |more |further )?questions? (?:in the room|from the (?:audience|floor|room))|"
    # a brief's own FAQ, the candidate asking about the task: "Can I use an ORM?"
    r"(?:can|may) (?:i|we) use [^?]{1,40} instead\b|"
    r"do (?:i|we) (?:need|have) to (?:implement|write|submit|deploy|support)\b|"
    r"what if (?:i|we) (?:run out of time|get stuck|can(?:'|’)?t finish|don(?:'|’)?t finish)\b|"
    r".{0,60}\b(?:are|will) the (?:slides|recording|video|code)\b.{0,30}\b(?:online|shared|"
    r"available|posted|up)\b|"
    # a talk's own business: "Is this being recorded?", "Can we get a certificate of attendance?",
    # "Where can I find the link to the job board you mentioned?", "audio is cutting out for me"
    r".{0,30}\b(?:is|will|was) (?:this|it|the (?:session|talk|webinar|call|stream)) (?:being )?"
    r"recorded\W*$|"
    r".{0,40}\bcertificates? of (?:attendance|completion|participation)\b|"
    r"where (?:can|do|could) (?:i|we) (?:find|get|download) the (?:[\w-]{1,20} ){0,2}(?:link|"
    r"slides|recording|deck|repo)\b|"
    r".{0,40}\b(?:audio|sound|video|stream|mic)\b.{0,30}\b(?:cutting out|cuts out|freezing|frozen|"
    r"froze|lagging|choppy|breaking up|dropping|not working)\b.{0,20}\b(?:for me|on my (?:end|"
    r"side)|just me)\b.{0,30}$|"
    # a thread's own business: "Thoughts?", "Can someone from SRE double-check the answers?",
    # "@lena can you take the Pydantic one?", "should we move this to the wiki?"
    r".{0,40}\b(?:can|could) (?:someone|somebody|anyone)\b.{0,30}\b(?:double-?check|check|"
    r"review|look over|take a look at) (?:the|my|our|these|those) (?:[\w-]{1,20} ){0,2}"
    r"(?:answers?|ones)\b|"
    r".{0,40}\b(?:can|could) (?:someone|somebody|anyone) (?:take a look|have a look|look) at "
    r"(?:this|it|mine)\W*$|"
    r".{0,60}\b(?:can|could) you take (?:the|this|that) [\w-]{1,20} one\b|"
    r".{0,30}\bshould we move (?:this|it) to (?:the )?(?:wiki|docs|readme|confluence|notion|slack|"
    r"a (?:separate|new|different) (?:doc|page|thread|channel))\b|"
    # the call itself: "Can everyone see my screen?", "is the voice channel broken?", "Is it
    # OK if I record this?"
    r"(?:is it|would it be) (?:ok(?:ay)?|alright|fine) if (?:i|we) record\b|"
    r"(?:do you )?mind if (?:i|we) record\b|"
    r".{0,20}\b(?:want|need) to grab (?:some |a )?(?:water|coffee|tea|drink|break)\b|"
    r"(?:(?:can|could|shall) we (?:get|have|take)|(?:do you )?(?:want|need)) a "
    r"(?:short |quick |coffee |\d{1,2}[- ]min(?:ute)? )?break\b|"
    r"(?:\w+\W+){0,3}(?:should|shall|can|do you want to) we (?:just )?(?:dive|jump) (?:right )?"
    r"in\W*$|(?:\w+\W+){0,3}(?:should|shall) we (?:just )?(?:get started|start|begin|kick off)"
    r"\W*$|"
    # a group's plans: "Is the mock session tonight at 19:00 or 20:00?", "who's coming to the
    # meetup on Saturday?", "Should I prep Kafka for the Acme onsite?"
    # (a time after it: not "Is the sync call on the event loop a problem?")
    r".{0,30}\bis (?:the|tonight(?:'s|’s)|today(?:'s|’s)|tomorrow(?:'s|’s)) (?:[\w-]{1,20} ){0,2}"
    r"(?:session|call|meeting|meetup|mock|standup|sync|group|interview) (?:still )?(?:tonight|"
    r"today|tomorrow|this (?:week|evening|morning|afternoon)|"
    r"at (?:\d{1,2}(?::\d{2}| ?[ap]m\b)|noon)|"
    rf"on (?:the \d|next\b|{WEEKDAY}))|"
    r".{0,60}\bwho(?: else)?(?:'s|’s| is)(?: else)? (?:coming|joining|going|in for|up for)\b"
    r"[^?]{0,30}\b"
    rf"(?:meetup|session|call|mock|study group|standup|tonight|today|tomorrow|{WEEKDAY})|"
    # (an interview, or a company, after "for": not "Should I prepare statements for
    # PostgreSQL...?")
    r"(?:do|should) (?:i|we) (?:need to |have to )?(?:prep|prepare|study|revise)\b.{0,40}"
    r"\bfor (?:the |my |our |an? |this |that )?(?:[\w&.-]{1,30} )?(?:interview|onsite|phone "
    r"screen|screen|round|loop)s?\b|"
    r"(?:do|should) (?:i|we) (?:need to |have to )?(?:prep|study|revise)\b.{0,40}\bfor "
    r"(?-i:[A-Z])[\w&.-]{1,30}\W*$|"
    r".{0,60}\b(?:voice channel|voice chat|mock room|zoom link|meet(?:ing)? link|invite link|"
    r"(?:my|your|the) (?:screen|mic|microphone)|on mute|muted)\b.{0,60}$|"
    r".{0,30}\b(?:can|could) (?:you|everyone|everybody|all of you|y(?:'|’)?all|people) (?:all )?"
    r"(?:see|hear) (?:me|us|it|this|that|the|my)\b.{0,60}$|"
    r"(?:can|could) (?:someone|somebody|anyone|you) pin\b|"
    r"is this the \w{1,20} (?:thing|session|channel|call|group|meetup)\W*$|"
    # about the series: "Is part 3 going to cover Redis streams too?"
    r"(?:is|will) (?:the next )?(?:part|episode|chapter|post) ?\d{0,2} (?:going to |gonna )?"
    r"(?:cover|include|talk about|go into)\b|"
    # asking to be quizzed, or offering a coffee: "can someone drill me?", "anyone else want one?"
    r"(?:can|could|would) (?:someone|somebody|anyone|you) (?:drill|quiz|grill|test|help) me\b|"
    r"(?:does )?anyone (?:else )?(?:want|need) (?:one|some)\b|"
    r".{0,60}\b(?:is )?any(?:one|body) (?:up|free|around|down) for\b|"
    # greetings and the room: "How's everyone doing?", "Is the 2pm room booked or are we doing
    # it on Meet?"
    r"how(?:'s|’s| is| are) (?:every(?:one|body)|you all|y(?:'|’)?all|the team)(?: doing)?\W*$|"
    r"is the [\w' -]{0,30}\broom\b.{0,20}\b(?:booked|reserved|free|taken)\b|"
    r".{0,60}\b(?:are we|we(?:'re|’re| are)) (?:doing|having|meeting)\b.{0,30}\b(?:on|over|via) "
    r"(?:meet|zoom|teams|slack|discord|hangouts)\W*$|"
    # the meeting's own business: "did I miss anything?", "drop the doc link in the chat?",
    # "Should we do Thursday same time?"
    r".{0,60}\bdid (?:i|we) miss anything\b|.{0,40}\bsame time(?: (?:next )?(?:monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|tomorrow|week))?\W*$|"
    r".{0,40}\b(?:share|send|drop|post|paste) (?:the|a|your) (?:[\w-]{1,20} ){0,3}link\b|"
    # about the bank itself: "Who reviews the system design questions?"
    r".{0,30}\bwho (?:reviews|owns|maintains|approves|writes|curates) (?:the |these |our )?"
    r"(?:[\w-]{1,20} ){0,3}questions\b|"
    # small talk, and the call breaking up: "How was the trip back?", "Could you repeat that?"
    r"how (?:was|is) (?:the|your) (?:trip|weekend|flight|holiday|vacation|day|week|morning|"
    r"commute)\b|.{0,60}\b(?:you froze|you(?:'re|’re| are) breaking up|(?:can|could) you repeat "
    r"(?:that|the last (?:part|bit)|your answer))\b|"
    r"(?:what|which) (?:time|day) (?:is|does|did) (?:the|our|my|your) (?:call|interview|meeting|"
    r"session|standup|sync)\b|"
    # a thread's housekeeping: "Who wants to take the remaining unanswered ones?"
    r"(?:who|anyone) (?:wants|want|fancies|willing) to (?:take|pick up|grab|tackle|write up|do|"
    r"answer|start)\b|"
    # ... and its own chatter: "pass 😅 anyone?", "same format as last time?", "Is this Stripe?",
    # "Are the Redis questions too hard for mid-level?"
    rf"(?:pass|skip|dunno|no idea)(?:\W+(?:{SHRUG_WORDS}))*\W+(?:anyone|anybody|someone)\W*$|"
    r"(?:same|usual) (?:format|rules|setup|drill|deal) (?:as|like) (?:last|before|usual)\b|"
    r"is (?:this|it) (?-i:[A-Z][a-z]{2,20})\W*$|"
    # a talk's poll of the room, a team's aside: "Who here has done a live coding round?",
    # "is there a reason we're not reusing the old doc?", "Ask [@Lena](mention://...) whether"
    r".{0,30}\bwho here (?:has|have|is|uses|knows|did|does|would)\b"
    # (but not the group asked for an answer: "who here has a good answer for CAP theorem?")
    r"(?! (?:got )?(?:an? )?(?:good |great |solid |clear )?(?:answer|explanation)s?\b)|"
    r".{0,60}\bshow of hands\b|"
    # the hiring decision: "Open question for the HC: do we level this as Senior (L5)...?"
    r"(?:open )?questions? for the (?:hc|hiring committee)\b|.{0,40}\bfor the (?:hc|hiring "
    r"committee)\W*:|"
    r".{0,40}\b(?:do|should) we (?:(?:level|hire|down-?level|up-?level) (?:this|them|him|her|"
    r"the candidate)|extend an offer|make (?:an|the) offer)\b|"
    # a candidate passing: "Uh, I don't remember the difference, can we skip that one?"
    r".{0,100}\b(?:can|could|may) (?:we|i) (?:skip|pass on|come back to|move on from) "
    r"(?:that|this|it)(?: one)?\W*$|"
    # the writer about themself: "why do I always blank on the crypto stuff??"
    r"why (?:do|did) i (?:always|keep|still) (?:blank|forget|mix|freeze|struggle|fumble)\b|"
    # a guest's story: "How did Ana and Kwame end up running interviews?"
    r"how did (?-i:[A-Z][a-z]{1,20}) and (?-i:[A-Z][a-z]{1,20}) (?:end up|get into|become|start|"
    r"come to)\b|"
    r".{0,60}\bis there a reason (?:we(?:'re|’re| are)?) not\b|"
    r"ask \[@[^\]\n]{1,40}\]\([^)\n]{0,200}\) (?:if|whether|about|for|to)\b|"
    r".{0,30}\b(?:are|is) (?:the|these|those|this|that) (?:[\w-]{1,20} ){0,3}(?:questions?|ones?) "
    r"(?:too|a bit|a little|kind of) (?:hard|easy|difficult|advanced|basic|long|short|niche)\b|"
    r"did they (?:\w+ ){0,2}(?:ask|give|make|send) you\b|"
    r"how did you (?:answer|do on|handle) (?:#|q)\s?\d|"
    # a thread's follow-up: "Any update on this? Is v2 still planned for Q1?"
    r"any (?:updates?|news|progress) on (?:this|that|it)\b|"
    r"is (?:this|it|the [\w -]{1,30}|v\d[\w.]*) still (?:planned|happening|on track|coming)\b|"
    # a recruiter's mail: "are you still interested in the hybrid option?", and the reply's
    # "Any idea what the technical round will focus on?"
    r".{0,60}\bare you still (?:interested|available|open|looking)\b|"
    r".{0,40}\bwhat (?:the|my|our|your) (?:technical |coding |onsite |final |first |next )?"
    r"(?:round|interview|onsite|panel|call|screen)s? (?:will|would|is going to) "
    r"(?:focus on|cover|be (?:about|like))\b|"
    r".{0,60}\b(?:what(?:'s|’s| was| is) the (?:comp|salary|pay|tc)(?![\w-])|"
    r"if you don(?:'|’)?t mind sharing)"
    r")",
    re.IGNORECASE,
)


THOUGHTS = re.compile(r"^\W*(?:any )?thoughts\W*$", re.IGNORECASE)


def is_small_talk(text: str) -> bool:
    """ "Hey, can you hear me okay?", "Great. How's your week going so far?": the last
    sentence that asks is small talk or logistics."""
    text = QUESTION_SPEAKER.sub("", strip_bold(text), count=1)
    sentences = re.split(r"(?<=[.!?])\s+", text.strip())
    asked = [sentence for sentence in sentences if sentence.endswith("?")]
    if not asked or len(text) > 300:
        return False
    small = [n for n, sentence in enumerate(asked) if SMALL_TALK.match(sentence)]
    if small[-1:] == [len(asked) - 1] or (len(asked) == 1 and THOUGHTS.match(asked[0])):
        return True  # (a lone "Thoughts?" after a remark; after a question, it asks that)
    # "How are you doing today? Had your coffee?": what follows small talk in a few words,
    # not "What is a mutex?"
    return bool(small) and all(_aside(sentence) for sentence in asked[small[0] + 1 :])


def _aside(sentence: str) -> bool:
    first = re.split(r"[\s,:(]", sentence.lower(), maxsplit=1)[0].strip("'’")
    return len(sentence.split()) <= SHORT_ASIDE_WORDS and first not in QUESTION_WORDS


def asks(text: str) -> bool:
    """Ends with "?" or starts with an interrogative or imperative word."""
    if _inverted_question(text):
        return True
    text = strip_lead(strip_bold(text)).strip(" *_`\"'“”‘’")
    if text.rstrip(")").endswith("?"):
        return True
    if LABEL_WORD.match(text):
        return False  # "Design: 3.5/4", "Outline: ...": a label, not an instruction
    first = re.split(r"[\s,:(]", text.lower(), maxsplit=1)[0].replace("’", "'").strip("'")
    return first in QUESTION_WORDS


def _keyword_first(text: str) -> bool:
    """ "WHERE filters rows before grouping": SQL's keyword in capitals, in a sentence that is
    not (a title in capitals asks: "WHAT IS A GIL")."""
    first = text.split(None, 1)[0].strip(",:;")
    return len(first) > 1 and first.isupper() and not text.isupper()


# A word and a colon that start a line label what follows.
LABEL_WORD = re.compile(r"^[^\W\d_]{2,20}:\s")


def starts_with_task(text: str) -> bool:
    text = strip_lead(strip_bold(text))
    if LABEL_WORD.match(text) and not text.rstrip().endswith("?"):
        return False
    if SQL_EXPLAIN.match(text):
        return False
    first = re.split(r"[\s,:(]", text.lower(), maxsplit=1)[0].replace("’", "'").strip("'")
    words = text.lower().split()
    return (
        (first in TASK_WORDS or first in QUESTION_WORDS)
        and len(words) >= 3
        and not _joined_title(words)
        and not _keyword_first(text)
    )


def ends_with_question_mark(text: str) -> bool:
    return text.rstrip(" *_\"'”’)").endswith("?")


def last_sentence_asks(text: str) -> bool:
    """A scenario: sentences of context, then the question or the instruction."""
    if len(text) > 600:
        return False
    last = re.split(r"(?<=[.!?])\s+(?=[A-Z])", text.rstrip())[-1]
    return ends_with_question_mark(last) or (
        last.endswith(".") and starts_with_task(last) and len(last.split()) <= 30
    )


JOINING_WORDS = {"and", "or", "&", "+", "/", "vs", "vs.", "versus"}
MAX_JOINED_TITLE_WORDS = 4


def _joined_title(words: list[str]) -> bool:
    """ "Design and operations", "Build & deploy": a section's title of a few words, not a task
    ("Compare and contrast...", "Write and test a function that..." are)."""
    return (
        3 <= len(words) <= MAX_JOINED_TITLE_WORDS
        and words[1] in JOINING_WORDS
        and words[2] not in TASK_WORDS
        and words[2] not in QUESTION_WORDS
    )


# SQL's EXPLAIN saying what it does: "EXPLAIN only shows the plan", "EXPLAIN ANALYZE runs
# the query" (not "EXPLAIN the difference between...", an exam's task in capitals).
SQL_EXPLAIN = re.compile(
    r"^EXPLAIN(?: ANALY[SZ]E)?\s+(?:only |just |actually |also |then |really )?(?:shows?|prints?|"
    r"gives?|returns?|runs?|executes?|tells?|displays?|outputs?|estimates?|does|is|will|can)\b"
)


# A section number without a list's "." or ")" after it, then a capital: "2 Databases".
SECTION_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,2}\s+[A-Z][a-z]")


def looks_like_title(text: str) -> bool:
    """A short header line: "Data Structures & Algorithms", "2. FastAPI Core (20 Questions)"."""
    text = strip_bold(text.strip())
    if not text or len(text) > 70 or text.endswith((".", "?", ",", ";", ":")):
        return False
    if ANSWER_LABEL.match(text) or ":" in text or ("(" in text and ")" not in text):
        return False
    if re.search(r"\s\(\s*\d+\s*(?:questions?)?\s*\)$|\bquestions\b", text, re.IGNORECASE):
        return True
    if SECTION_NUMBER.match(text) and len(text.split()) <= 7:
        return True  # "2 Databases", "3.1 Indexes and plans": a document's numbered section
    words = re.findall(r"[^\W\d_][\w'’+#.-]*", text)
    # One word ("JWT", "O(1)") is more likely a short answer than a section.
    if len(words) < 2 or len(words) > 8 or re.search(r"[()=\[\]{}`]", text):
        return False
    return all(w[0].isupper() or w.lower() in TITLE_SMALL_WORDS for w in words)


RATING_STARS = set("★☆⭐")


def question_marker(line: str) -> Marker | None:
    """The question marker a (non-heading) line starts with, if any."""
    stripped = line.strip()
    if stripped[:1] in RATING_STARS:  # "★ **9.4** (Challenge) Rewrite...": a harder one
        stripped = stripped.lstrip("".join(RATING_STARS) + " ")
    summary = SUMMARY.search(stripped)
    if summary:
        text = re.sub(r"<[^>]+>", "", summary.group(1)).strip()
        if ANSWER_PART.match(text):
            return None  # "<summary>Answer</summary>": the answer's wrapper, not a question
        after = DETAILS_TAG.sub("", stripped[summary.end() :]).strip()
        if HTML_WRAPPER.match(after):
            after = ""
        return Marker("details", text, after=after) if text else None
    remark = REMARK_BEFORE_LABEL.match(stripped) if "Q" in stripped[:200] else None
    if remark and "?" not in remark.group(0) and not CITING.match(remark.group(0)):
        stripped = stripped[remark.end() :]  # "fine 😤 Q7: horizontal vs vertical...?"
    match = Q_NUMBER.match(stripped)
    if match:
        rest, after = _dashed_answer(*_bold_then_answer(stripped, _rest(stripped, match)))
        cited = match.group(1)  # "Exercise 4.2": number 2, cited as "4.2"; "Q1a": 1, "1a"
        number = int(cited.rpartition(".")[2])
        return Marker("q-number", rest, number, after=after, cited=cited + (match["sub"] or ""))
    match = Q_SPACED.match(stripped)
    if match and asks(stripped[match.end() :]):
        return Marker("q-number", stripped[match.end() :].strip(), int(match.group(1)))
    match = ID_LEAD.match(stripped)  # "R1.3 Explain the difference between...", cited so
    asked = stripped[match.end() :] if match else ""
    if match and (looks_like_question(asked) or starts_with_task(asked)):
        number = int(re.search(r"\d+$", match.group(1)).group())
        return Marker("q-number", stripped[match.end() :].strip(), number, cited=match.group(1))
    led = LED_QUESTION.match(stripped)  # "Bonus: How do...?", "One question I'll leave you:"
    if led and asks(led.group("asked")):
        return Marker("q-label", led.group("asked").strip(), after=led.group("said").strip())
    match = Q_LABEL.match(stripped)
    if match and not ANSWER_LABEL.match(stripped):
        rest, after = _dashed_answer(*_bold_then_answer(stripped, _rest(stripped, match)))
        return Marker("q-label", rest, after=after) if rest else None
    match = BOLD_NUMBER.match(stripped)
    if match:
        rest, after = _bold_then_answer(stripped, _rest(stripped, match))
        cited = match.group(1) + match.group("sub") if match.group("sub") else ""
        number = int(match.group(1))
        return Marker("bold-number", rest, number, after=after, cited=cited) if rest else None
    lettered = LETTERED_ITEM.match(stripped)  # "B. Design a system that detects...", listed
    rest = stripped[lettered.end() :].strip() if lettered else ""
    # ("A. Create the tasks with a shared semaphore...": an answer's label, unless it asks)
    if lettered and looks_like_question(rest) and (lettered.group(1) != "A" or rest.endswith("?")):
        return Marker("numbered-line", rest, ord(lettered.group(1)) - ord("A") + 1)
    match = PLAIN_NUMBER.match(line)
    # "1. " matches with its trailing space, "1." (stripped) does not: nothing to ask.
    if match and (stripped_match := PLAIN_NUMBER.match(stripped)):
        # A paper's points before what it asks ("4. (3 pts) Explain what a foreign key...")
        # make it a question however it is worded ("12. (10 pts) A service's p99 spiked...").
        said = _rest(stripped, stripped_match)
        points = POINTS_LEAD.match(said)
        rest, after = _dashed_answer(*bold_lead(said[points.end() :] if points else said))
        pointed = points is not None and len(rest.split()) >= MIN_POINTED_WORDS
        if looks_like_question(rest) or (pointed and not LABEL_WORD.match(rest)):
            return Marker("numbered-line", rest, list_number(match), after=after)
    return None


# A question and its answer on its line, a dash between them (an empty answer too: "3)
# When would you use a partial index? — ").
ASKED_THEN_DASH = re.compile(r"^(.{3,300}?\?)[ \t]+(?:—|–|--?)(?:[ \t]+(.*))?$")


def _dashed_answer(asked: str, after: str) -> tuple[str, str]:
    """ "1) DELETE vs TRUNCATE? — DELETE removes rows one at a time; ...": the question, and
    its answer after the dash on its line."""
    dashed = ASKED_THEN_DASH.match(asked) if not after else None
    return (dashed.group(1), (dashed.group(2) or "").strip()) if dashed else (asked, after)


def points_led(line: str) -> bool:
    """ "12. (10 pts) A FastAPI service's...": a numbered item that gives its points first."""
    number = PLAIN_NUMBER.match(line.strip())
    return number is not None and POINTS_LEAD.match(line.strip()[number.end() :]) is not None


def list_number(match: re.Match) -> int:
    """The (first) number of a PLAIN_NUMBER match."""
    return int(match.group(1) or match.group(2) or match.group(3) or match.group(4))


# A prompt that points at the code set under it: "For the query below, ...", "What does
# this snippet print?"
DEICTIC = re.compile(
    r"\b(?:the following|below|this (?:code|snippet|program|function|query|statement|class|"
    r"test)(?! of\b)|output of|the output|(?:does|will) (?:this|it) (?:print|return|log|output)|"
    # "Which of these is idempotent?" over its code; not "Which of these is faster, a list
    # or a set?", which names them
    r"(?:which|what|how many) of these(?![^?\n]{0,60}\bor\b)|these (?:queries|snippets|"
    r"statements|functions|examples|lines|two|three))\b",
    re.IGNORECASE,
)
SECTION_NUMBERING = re.compile(r"^\s*\d{1,3}\.\d{1,3}(?:\.\d{1,3})*\.?\s")


def heading_question(text: str) -> Marker | None:
    """A heading that asks: "### Q12. What is X?", "## 3. Explain Y", "### What is Z?"."""
    text = strip_bold(text)
    for kind, pattern in (("q-number", Q_NUMBER), ("q-label", Q_LABEL)):
        match = pattern.match(text)
        if match:
            rest = _rest(text, match)
            if kind == "q-label":
                return Marker("heading", rest) if rest else None
            cited = match.group(1)  # "### Q3.2. ...": number 2, cited as "3.2"
            number = int(cited.rpartition(".")[2])
            if not (rest or number):
                return None
            return Marker("heading", rest, number, cited=cited if "." in cited else "")
    if ANSWER_PART.match(text):
        return None
    ided = HEADING_ID.match(text)  # "### K1. Explain the difference between...", cited "K1"
    if ided:
        rest = text[ided.end() :].strip()
        sentences = re.split(r"(?<=[.!?])\s+", rest)  # ("A pod is stuck... Walk me through...")
        if looks_like_question(rest) or any(asks(sentence) for sentence in sentences):
            return Marker("heading", rest, cited=ided.group(1))
    spaced = Q_SPACED.match(text)  # "### Q5 Design a notification service"
    if spaced and asks(text[spaced.end() :]):
        return Marker("heading", text[spaced.end() :].strip(), int(spaced.group(1)))
    match = PLAIN_NUMBER.match(text)
    bare = None if match else BARE_NUMBER.match(text)
    if bare:
        # "# 2 what is a sitemap": a number without its dot, then the question.
        rest = text[bare.end() :].strip()
        return Marker("heading", rest, int(bare.group(1))) if looks_like_question(rest) else None
    if match:
        rest = _rest(text, PLAIN_NUMBER.match(text))
        # "## 26. Advanced: implement an LRU cache" asks, "## 1. Core Python (30 Questions)" titles.
        if looks_like_title(rest) and len(rest.split()) <= 3 and not rest.endswith("?"):
            return None  # "### 27. Design Scenario": a card's title
        if SECTION_NUMBERING.match(text) and not looks_like_question(rest):
            return None  # "## 7.3 Invalidation strategies": a book's section
        if _qualified_title(rest):
            return None  # "## 3. Data (Postgres / Redis)", "## 5. System design (senior+ only)"
        if looks_like_question(rest) or (len(rest) > 20 and not looks_like_title(rest)):
            return Marker("heading", rest, list_number(match))
        return None
    return Marker("heading", text) if looks_like_question(text) else None


def _qualified_title(text: str) -> bool:
    """A few words that do not ask, then what they cover in brackets."""
    match = re.fullmatch(r"([^()\n]{1,40}?)\s*\([^()\n]{1,60}\)", text.strip())
    return bool(match) and len(match.group(1).split()) <= 3 and not asks(match.group(1))


def heading_text(rest: str) -> str:
    """A heading's text (what HEADING's second group caught) without its closing "##"."""
    return rest.rstrip().rstrip("#").strip()


def level_of(text: str) -> str | None:
    match = LEVEL_LINE.match(text.strip())
    return LEVEL_WORDS[match.group(1).lower()] if match else None


def section_level(text: str) -> str | None:
    match = LEVEL_SECTION.match(strip_bold(text.strip()))
    return LEVEL_WORDS[match.group(1).lower()] if match else None


# A page's reactions under a post: "👍 14 🚀 3 👀 1", "❤️ 5".
REACTIONS = re.compile(r"^(?:[^\w\s]{1,4}[ \t]*\d{1,6}[ \t]*){1,12}$")


def is_noise(line: str) -> bool:
    stripped = line.strip()
    if "<summary" in stripped.lower() and (summary := SUMMARY.search(stripped)):
        # "<details><summary><b>Answer</b></summary>": the wrapper of an answer
        return bool(ANSWER_PART.match(re.sub(r"<[^>]+>", "", summary.group(1))))
    return bool(
        NOISE.match(stripped)
        or (stripped[:1] in "<%{" and EMBED.match(stripped))
        or REACTIONS.match(stripped)
        or FURNITURE.match(stripped)
        or ANCHOR_LINKS_ONLY.match(stripped)
        or HTML_WRAPPER.match(stripped)
    )


# Where a bold question ends, with text after it: "...?** A: ..." (not "`a ** b`").
_BOLD_END = re.compile(r'(?<=[?.:!)`"”])(?:\*\*|__)\s+(?=\S)')


def _bold_then_answer(line: str, rest: str) -> tuple[str, str]:
    """ "**Q: What is the GIL?** A: A mutex...": (the bold question, its answer on the line).
    Without bold around the question, or with more bold inside it, the line is the question."""
    if not line.startswith(("**", "__")):
        return rest, ""
    end = _BOLD_END.search(rest)
    if end is None:
        return rest, ""
    question = rest[: end.start()].strip()
    outside_code = re.sub(r"`[^`]*`", "", question)
    if "**" in outside_code or "__" in outside_code or not question:
        return rest, ""
    return question, rest[end.end() :].strip()


def bold_title_lead(text: str) -> tuple[str, str]:
    """ "**Generators.** A function with yield...": the bold title that leads the text (its
    full stop dropped), and what follows it on the line; else the text, and nothing."""
    if not text.startswith(("**", "__")):
        return text, ""
    title, after = _bold_then_answer(text, text[2:])
    if not after or title.endswith((":", "?", "!")):
        return text, ""
    return title.removesuffix(".").strip(), after


def bold_lead(text: str) -> tuple[str, str]:
    """ "**What is the GIL?** A mutex that...": the bold question that leads the text, and
    the answer after it on the same line; else the text, and no answer."""
    if not text.startswith(("**", "__")):
        return text, ""
    question, after = _bold_then_answer(text, text[2:])
    if not after or not question.rstrip('"”').endswith("?"):  # '**"What is X?"** ...' too
        return text, ""
    return question, after


# How hard a book's exercise is, before it: "*(Challenge)* Rewrite...", "(Optional) Show..."
DIFFICULTY_TAG = re.compile(
    r"^[*_]?[(\[](?:challenge|optional|hard|harder|advanced|bonus|stretch|difficult)[)\]][*_]?"
    r"\s+",
    re.IGNORECASE,
)


def _rest(text: str, match: re.Match) -> str:
    rest = DIFFICULTY_TAG.sub("", text[match.end() :].strip())
    if DUNDER_LAST.search(rest):  # "explain __slots__": its name, not bold's closing marks
        return rest
    return strip_bold(rest.strip("*_ ").strip()) if rest.endswith(("**", "__")) else rest


DUNDER_LAST = re.compile(r"(?<![\w_])__[^\W_]\w{0,40}?__$")


# A placeholder where the answer goes: "TODO", "TBD", "Answer here", "[fill in]".
# Only words: punctuation alone ("...", "???") and "lorem ipsum" are caught in
# cleaning.is_placeholder.
# As alternatives here (with "\W*" on both sides) they made long runs of dots cubic.
PLACEHOLDER = re.compile(
    r"^\W*+(?:todo|tbd|tba|tbc|fixme|n/?a|none|null|placeholder|coming soon|"
    r"to be (?:added|written|done)|"
    r"answer (?:here|coming|goes here|to follow)|your answer( here)?|add (?:the )?answer( here)?|"
    r"xxx+|wip|pending|"
    # a note to self: "look into this", "research it", "read up on this"
    r"look (?:into|at|up) (?:this|it|that)(?: later)?|research (?:this|it)|read up on (?:this|it)|"
    # a guide's "Expected: (open discussion)": what is said is the answer, none written
    r"open[- ](?:discussion|ended|question)|discussion only|"
    # an editor's note in brackets: "[leave blank for now - Jordan to fill in]"
    # (and a writer's "[TK: write Dana's answer here]": "to come", in editors' shorthand)
    r"(?<=\[)(?:(?-i:TK)\b|leave (?:this )?blank|fill (?:this )?in|add (?:the )?answer|"
    r"to be (?:completed|filled in|written|added))[^\]\n]{0,160}\]|"
    # the same in the writer's other language: German, Spanish, French
    r"folgt(?: noch)?|kommt noch|pendiente|por hacer|próximamente|à venir|à compléter|"
    r"à revoir(?:,? pas compris)?)\W*$",
    re.IGNORECASE,
)
