"""What says there is no answer, in the words people use: an admission ("I blanked on
this one"), a pass ("can I skip that one?"), a promise or a pointer elsewhere ("I'll write
it up later", "Sam to fill in after the sync", "answer in next week's issue"), a reply that
only agrees or thanks ("+1", "same here"), a false start ("Um, okay, so—").

Only short texts are judged (SHORT_NOTE): in a long answer, "I'll come back to this" is a
remark, not the answer's absence. cleaning.is_placeholder asks these, among its checks.
"""

import re

from questions.importing import lines as L

SHORT_NOTE = 200


# The one asked saying they had no answer ("I'm blanking on it", "I fumbled this one") ...
ADMISSION = re.compile(  # (its "^\W*" ones after a dash, too: "— Not asked (time)")
    r"(?:\b|^)(?:i(?:'m|’m| am) (?:not sure|blanking|drawing a blank)|i (?:wasn't|was not) sure|"
    r"i drew a blank|(?:i|we) (?:always |usually )?blank(?:ed)? on (?:this|it|that)|"
    r"(?:i|we) ran out of time|(?:didn'?t|did not|didn’t) get (?:far|to (?:it|this|that))|"
    r"(?:i(?:'m|’m| am)|we(?:'re|’re| are| were)) out of time|^\W*ran out of time\b|"
    r"(?:i )?(?:didn'?t|did not|didn’t) really answer\b|"
    # a note-taker's: "moved on before Jonas answered", "[No response captured – audio dropped]"
    r"\bmoved on\b.{0,60}\bbefore (?:\w+ ){0,2}(?:could |got to )?(?:answer(?:ed)?|"
    r"respond(?:ed)?|repl(?:y|ied))\b|"
    r"no (?:response|answer|reply) (?:was )?(?:captured|recorded|given|noted)\b|"
    r"audio (?:dropped|cut out)\b|"
    r"i (?:don'?t|don’t|do not) think i (?:really |actually )?answered\b|"
    r"i (?:didn'?t|did not|didn’t) answer\b|"
    r"not sure|i (?:still )?(?:don'?t|didn'?t|do not|did not) (?:really )?(?:know|remember)|"
    r"no idea|"
    # an interviewer's notes on the candidate: "didnt know, moved on", "he didn't know it"
    r"(?:^\W*|\b(?:he|she|they|cand(?:idate)?)\s+)(?:didn'?t|did not|didn’t) know\b|"
    # a group's notes: "Kwame didn't know beyond...", "Nobody was sure", "never came back to it"
    r"^\W*(?!(?:it|this|that|there|which|what|who|postgres|python|django|redis)\b)"
    r"(?-i:[A-Z][a-z]{1,20}) (?:didn'?t|did not|didn’t) know\b|"
    r"^\W*nobody (?:knew|was sure|could answer)(?: (?:it|that|this|either|about [^.\n]{0,120}))?"
    r"[ \t]*(?:[.!]|$)|\bnever came back to (?:it|this|that)\b|"
    # no experience of it: "I've never really had to deal with that."
    r"i(?:'ve|’ve| have) never (?:really |actually )?(?:had to |needed to )?(?:deal with|dealt "
    r"with|used|worked with|done|touched|tried) (?:that|this|it|one)\b|"
    r"\b(?:i(?:'m|’m| am)|is) still learning (?:this|that|it)\b|"
    r"i (?:haven'?t|haven’t|have not) (?:actually |really )?(?:used|tried|worked with) "
    r"(?:that|this|it|one)(?: yet)?\b|"
    r"no clue|idk|dunno|i (?:never|don(?:'|’)?t) know how to (?:explain|answer|phrase|put)\b|"
    r"keine ahnung|ni idea|aucune idée|"
    # "I don't know" in Japanese, Chinese, Korean, Russian (its words have no \b before them)
    r"(?:わから|分から|知ら)ない|不知道|모르겠|не знаю|"
    r"i (?:blanked|froze|fumbled|bombed|flubbed|waffled|messed (?:it|this|that) up|guessed)|"
    # a candidate who had not met it: "Said he hadn't come across the term."
    r"\b(?:i|he|she|they|cand(?:idate)?) (?:hadn'?t|hasn'?t|haven'?t|had not|has not|have not|"
    r"never) (?:come across|heard of)\b(?! as\b)|"
    r"i rambled(?= (?:here|there|a lot|and)\b)|"
    r"i (?:couldn'?t|could not|was(?:n'?t|n’t| not) able to) (?:answer|remember|recall|explain)|"
    r"^\W*(?:couldn'?t|couldn’t|could not) answer\b|"
    r"^\W*(?:honestly,? )?(?:(?:kind of|sort of|kinda|totally|completely|mostly) )?"
    r"(?:blanked|froze)\b|"
    # "pass, never set it up myself", "I'd be bluffing": a candidate passing
    r"^\W*(?:skip|skipped|pass|passed)(?=\s*[,;—–]|\s+[^\w\s])|"
    r"^\W*(?:skipping|passing on) (?:this|that|it)\b|"
    r"^\W*not asked\b|^\W*not (?:covered|discussed|reached|answered)(?=\s*(?:$|[-–—,;(.]))|"
    r"i(?:'d|’d| would) (?:just )?be (?:bluffing|guessing|making (?:it|this|that) up))\b",
    re.IGNORECASE,
)


# A short note that ends on not knowing: "... so I'll say I don't know.", "So I don't know."
GAVE_UP = re.compile(
    r"\bso,?[ \t]+(?:i(?:'ll|’ll| will) (?:just )?(?:say|admit)[ \t]+)?"
    r"i (?:don'?t|don’t|do not) know(?: (?:this|that|it)(?: one)?)?\W*$",
    re.IGNORECASE,
)
NO_RESPONSE = re.compile(r"^\W*no (?:response|reply)\W*$", re.IGNORECASE)
# An interviewer's verdict, in any sentence of a short note: "When I described it he knew
# the syntax, but I'm counting this as not answered."
VERDICT = re.compile(
    r"\b(?:i(?:'m|’m| am)?|we(?:'re|’re| are)?|i(?:'ll|’ll| will)) "
    r"(?:count|mark|scor|treat|record|log)(?:e|ing|ed|s)? (?:this|it|that) (?:one )?as "
    r"(?:not answered|unanswered|no answer)\b",
    re.IGNORECASE,
)


# In any sentence of a short note: "I stopped asking it. Not writing it up, you know where
# to find it."
_WHY_UNWRITTEN = r",[ \t]*(?:i|i'm|i’m|we|we're|we’re|check|see|will|back|rewriting|updating)\b"
NOT_WRITTEN = re.compile(
    r"\bnot (?:going to |gonna )?writ(?:e|ing) (?:it|this|that|one) up\b|"
    # a live Q&A's mark for a question answered out loud: "Live answered"
    r"^\W*(?:live answered|answered live|answered (?:verbally|out loud|on air))\W*$|"
    r"\byou know where to find (?:it|one|the answer)\b|"
    # a writer leaving it out: "so I am skipping this one rather than making something up"
    r"\bi(?:'m|’m| am|'ll|’ll| will) (?:skipping|skip|passing on|pass on) (?:this|that) "
    r"(?:one|question)\b|"
    # someone else's to write: "Sam to fill in after the sync", "I'd rather someone from
    # payments writes that one"; put off: "answer in next week's issue", "I'll come back
    # to this one", "giving it its own section next week", "Left blank on purpose"
    # (a name or a handle, and only a time after it: not "Postgres will fill in the default")
    r"^\W*(?:@[\w.-]{2,20}(?: (?-i:[A-Z])[a-z]{1,20})? (?:to|will)|(?-i:[A-Z])[a-z]{1,19} to) "
    r"(?:fill (?:this |it )?in|write (?:this |it |this one |that one )?up)"
    r"(?: (?:after|before|by|once|when|later|tomorrow)\b[^.]{0,60})?\W*$|"
    r"\bi(?:'d|’d| would) rather (?:someone|somebody)\b|"
    # a recruiter's note on a question: "Honestly not sure what they want to hear on this one"
    r"^\W*(?:(?:honestly|tbh|frankly),?\s+)?(?:i(?:'m|’m| am) )?not sure what (?:they|he|she|"
    r"the (?:panel|interviewers?|team)) (?:want|wants|are|is|expects?)(?: to hear| looking for|"
    r" after)?\b|"
    # "@mfischer is writing this one up after the incident review"
    r"^\W*(?:@[\w.-]{2,20}|(?-i:[A-Z])[a-z]{1,19}) (?:is|(?<!it)'s|(?<!it)’s) (?:(?:writing|"
    r"filling) (?:this|it|that)(?: one)? (?:up|in)|drafting (?:this|it|that))\b|"
    # an answer left half-written: "streaming replication uses WAL... (didn't finish,
    # someone pls complete)"
    r"\b(?:didn'?t|didn’t|did not|never) (?:get to )?finish(?: (?:this|it|writing(?: this| it)?))?"
    r"(?=[ \t]*(?:[,;)]|$))|"
    r"\bsomeone (?:pls|please|plz) (?:complete|finish|fill (?:it |this )?in)\b|"
    # "there's a great talk on exactly this, can't find it rn, will post if I do"
    r"\bcan(?:'?t|’t|not) find (?:it|the (?:link|talk|post|article|video))(?: (?:rn|right now|"
    r"now|atm|at the moment))?\b.{0,40}\bwill (?:post|share|link|add) (?:it )?(?:if|when|once)\b|"
    # "I have a whole checklist for this, will post tomorrow, on mobile rn"
    r"\bwill (?:post|share|write) (?:it |one |them |mine )?(?:tomorrow|tonight|later|soon)\b|"
    # "We haven't agreed on this internally yet"
    r"\b(?:we|i) (?:haven'?t|haven’t|have not) (?:yet )?(?:agreed|decided|settled) on (?:this|it|"
    r"that)\b|"
    # "I haven't written this one up yet."
    r"\b(?:i |we )?(?:haven'?t|have not|haven’t) (?:yet )?(?:written|done|finished) (?:this|it|"
    r"that|the answer)(?: one)?(?: up)?(?: yet)?\W*$|"
    # a candidate asking to come back: "Can I think about it and come back to it at the end?"
    r"^\W*(?:can|could|may) (?:i|we) (?:think about it and )?come back to (?:it|this|that)\b|"
    # a presenter's notes: "No notes — I'll improvise this one live.", "Leave for Q&A ..."
    r"^\W*no notes\W*(?:$|[—–-])|\bi(?:'ll|’ll| will) improvise (?:this|it)\b|"
    r"^\W*leave (?:it |this )?for (?:the )?q ?& ?a\b|"
    # "Skipping for now, need to reread the locking chapter first"; a template's own words:
    # "Add the explanation here."
    r"^\W*skipping(?: (?:this|that|it))?(?: one)? for now\b|"
    r"^\W*(?:add|write|insert|put) (?:the |an |your )?(?:explanation|answer|solution)s? here\b|"
    # a tracker's issue: "Taking this one.", "... the writeup there should cover it. Linking
    # instead of duplicating."
    r"^\W*(?:i(?:'m|’m| am) )?taking this one\W*$|"
    r"\blinking (?:to it |it )?instead of (?:duplicating|copying|repeating)\b|"
    r"\bthe write-?up (?:there|in [\w-]{1,30}) (?:should )?covers? (?:it|this)\b|"
    r"\banswers? (?:is |will be |comes )?(?:in|on) (?:the )?next (?:week|issue|post|part|episode|"
    r"session|video|newsletter|lesson|class)\b|"
    r"\bgiving it (?:its|a) own (?:section|post|article|thread|episode|issue)\b|"
    r"\bi(?:'ll|’ll| will) come back to (?:this|it|that)(?: one)?(?: later| tomorrow| next \w+)?"
    r"\W*$|"
    r"\bleft (?:this )?blank (?:on purpose|intentionally|deliberately)\b|"
    r"\bintentionally left blank\b|"
    r"\b(?:we|i) (?:don'?t|don’t|do not) have (?:a |an )?(?:good |great |proper |real )?"
    r"answer\b|"
    # a meeting's recap, of what was not said: "This question was skipped due to time.",
    # "Alex said he had only used v1 and did not answer", "... it was not discussed."
    r"\b(?:question|this|it|that) was (?:skipped|not (?:discussed|asked|answered))\b|"
    r"\b(?:and|but|so|candidate|interviewee) did(?: not|n['’]t) answer\b"
    r"(?! in time| within| quickly)|"
    # "n/a – skipped in the interview", "Notes: n/a – we never got to it"
    r"^\W*(?:notes?\s*:\s*)?n/a\W*(?:$|[–—-])|\bskipped in the interview\b|"
    r"\bskipped\b.{0,20}\bno answer\b|"
    # "I'm not going to write out what I'm listening for", "there's no answer I can give you"
    r"\bnot (?:going to |gonna )?write (?:out|down) (?:what|an answer|the answer|mine)\b|"
    r"\bno answer i can give\b|"
    # a chat putting it off: "that's too big for irc, let's do it as the design one next week"
    r"\btoo (?:big|long) (?:for|to do in) (?:irc|chat|here|slack|discord|"
    r"this (?:thread|channel))(?=\s*(?:$|[,.;!—–]))|"
    # a book's exercise: "A model answer is available in the online supplement."
    r"\b(?:answer|solution)s? (?:is |are )?(?:only )?available (?:in|on|at|from) (?:the |our )?"
    r"(?:online |companion )?(?:supplement|companion|website|site|course|appendix|workbook)\b|"
    r"\bi(?:'d|’d| would) (?:have|need) to (?:look (?:it|that|this) up|"
    r"read up on (?:it|that|this))|"
    # a write-up of an interview: "don't remember what I said honestly"
    r"\b(?:don'?t|don’t|do not|can'?t|can’t|cannot) (?:really )?(?:remember|recall) (?:exactly )?"
    r"what i (?:said|answered)\b",
    re.IGNORECASE,
)


# ... or promising one later ("I'll link it here when it's done", "I'd have to look it up").
DEFERRAL = re.compile(
    r"\b(?:(?:i|we)(?:'ll|’ll|'d|’d| will| would| need to| have to|(?:'m|’m| am) going to)\s+"
    r"(?:have to |need to )?(?:look (?:it|that|this)(?: one)? up|follow up|get back to|"
    r"link (?:it|one|to)|"
    r"(?:do|write) (?:a |an )?(?:(?:separate|follow-?up|dedicated|whole|full) ){1,2}(?:post|"
    r"article|video|thread|piece)|"
    r"add (?:it|one|this|that|the answer)|write (?:it|this|that|one|something)(?: one)? up|"
    r"write (?:a |an |the )?(?:proper |full |real |longer |better )?(?:answer|reply|write-?up)|"
    r"update (?:it|this)|cover\b.{0,30}\b(?:later|next (?:week|time|episode)|part \d)|"
    r"(?:do|answer|save) (?:that|this|it)(?: one)? (?:in|for) (?:the |a )?next (?:video|episode|"
    r"part|session|stream|post)|"
    r"answer (?:it|them|some|these|those|the rest) (?:later|in|when|as|once))|"
    r"no answer yet|(?:prs?|pull requests?|contributions?) (?:are )?welcome|"
    # a course's "We'll come back to this in week 10", a packet's "We won't give this one away"
    r"\b(?:we|i)(?:'ll|’ll| will) come back to (?:this|it|that)(?: one)? (?:later|in (?:week|"
    r"lesson|module|chapter|part|session) \d{1,2}|next (?:week|time|session|lesson))\b"
    r"(?![^.!?\n]{0,80}\b(?:but|so|briefly|for now)\b)|"
    r"\b(?:won'?t|won’t|will not) give (?:this|it|that)(?: one)? away\b|"
    # a newsletter's "I ran out of space for this one — it deserves its own issue"
    r"\b(?:it|this|that)(?: one)? deserves (?:its|a) own (?:issue|post|article|episode|video)\b|"
    # the same without its "I": "will look it up tomorrow?", "gonna google that later"
    r"^\W*(?:will|gonna|going to) (?:look (?:it|that|this) up|google (?:it|that|this))\b|"
    # a deck's speaker notes: "Only if we have time, otherwise punt to next session."
    r"\bpunt (?:it |this |that )?(?:to|until) (?:the )?next (?:session|time|week|class)\b|"
    # a write-up of an interview: "He said he'd send me a link to the docs afterwards."
    r"\b(?:he|she|they|the interviewer) (?:said|promised) (?:he|she|they)(?:'d|’d| would| will)"
    r" (?:send|share|email|mail) (?:me |us )?(?:a link|the link|(?:some )?links|the docs)\b|"
    # a mock interview's "let's leave it for tomorrow", "we'll park that one until next session"
    r"\b(?:let'?s|let’s|we(?:'ll|’ll| will| can)|i(?:'ll|’ll| will)) (?:leave|park|save) "
    r"(?:it|this|that)(?: one)? (?:for|until|till) (?:tomorrow|later|next (?:time|session|week)|"
    r"another (?:day|time))\b|"
    # a talk's speaker: "I'm going to take that one offline", "we'll take that offline"
    r"take (?:that|this|it|your question)(?: one)? offline|"
    # a wiki's empty entry: "Not written yet. See #14 if you want to take it."
    r"not (?:yet )?written(?: yet| up)?(?=\W*$)|yet to be written|"
    r"if you (?:want|wish|would like) to (?:take|write|grab|claim|pick up) (?:it|this|that)\b|"
    # a page's unfinished part: "This section is still being drafted - suggested edits welcome."
    r"answers? (?:is |are )?(?:pending|needed)|(?:section|answer|page|part|entry) is (?:still )?"
    r"being (?:rewritten|updated|written|reworked|drafted|worked on)|"
    r"^\W*this (?:section|answer|page|entry) is (?:a )?(?:stub|work in progress|wip|draft)"
    r"\b(?=\W*$)|"
    # a book sending the reader elsewhere: "the worked exercise in Chapter 7; try it yourself"
    r"(?:worked )?exercise in chapter \d+|try it yourself first|before reading the solution|"
    # the asker, in a mail: "Totally fine if you don't get to it before Friday."
    r"(?:fine|ok(?:ay)?|no worries) if you (?:don'?t|can'?t|do not|cannot) get to (?:it|this|that)|"
    r"^\W*no rush\b|"
    # a book's exercise without its solution: "Solution omitted — ...", "Left to the reader."
    r"solution (?:is )?omitted|"
    r"(?:left|leave|leaving)(?: (?:it|this|that|the answer))? (?:as an exercise )?(?:to|for) "
    r"the reader|"
    # a video's host: "I'm saving the full answer for part two, so pause here..."
    r"saving (?:the |my )?(?:full |whole |real )?answer for\b|"
    r"still working on|(?:write-?up|answer) (?:is )?(?:coming|to come|later|"
    r"next (?:week|time|session|class|lesson|episode))|"
    # a workshop's slide: "Discuss in pairs, 5 minutes"
    r"discuss (?:it |this )?(?:in (?:pairs|groups|small groups|your group)|with your "
    r"(?:neighbou?r|partner|group|team))|"
    r"(?:(?:can|could|shall) we|we (?:can|could)) (?:come back to|park|skip) (?:it|this|that)|"
    r"parking (?:it|this)|check back (?:soon|later)|"
    r"(?:following|watching) (?:this|the) thread\b(?=\W*$)|"
    # a thread's teaser: "No spoilers.", "Reply with your answer, I'll quote the best one",
    # "I'll post my version tomorrow", "You all know this one 😉"
    r"^\W*no spoilers\b(?=\W*$)|reply with your (?:answer|take|guess)|"
    r"i(?:'ll|’ll| will) (?:post|share) my (?:version|answer|solution|take)|"
    r"^\W*you (?:all )?know this one\b(?=\W*$)|"
    # a bookmark's note to self: "read later", "to read this weekend"
    r"^\W*(?:to |must |will )?read (?:it |this |that )?(?:later|soon|tonight|this weekend)"
    r"\b(?=\W*$)|"
    # a guest declining: "I'm going to pass on that one", "I'd have to pass on that one"
    r"i(?:'m|’m| am) (?:going to|gonna) (?:pass|skip)(?: on)? (?:this|that|it)\b|"
    r"i(?:'d|’d| would) (?:have to |need to )?(?:pass|skip)(?: on)? (?:this|that|it)\b|"
    # a newsletter's teaser: "Answer tomorrow!", "Answer drops tomorrow morning",
    # "Answer in tomorrow's issue — stay tuned!"
    r"^\W*(?:the )?(?:answer|solution|reveal)s? (?:drops |lands |arrives |comes |goes out |is out "
    r"|will be (?:out|posted|shared) )?(?:in |on )?(?:tomorrow|next (?:issue|week|edition|time))\b|"
    # a guide's unwritten part: "This section is coming soon – I'm rewriting it", "🚧 Work in
    # progress. I'll fill this in once the chapter is reviewed."
    # (what follows it ends it or says why: not "Work in progress, or WIP, is..." or "coming
    # soon banners are fine")
    r"\b(?:this|the) (?:section|answer|part|page|entry|chapter) is coming soon(?=\W*(?:[.!…—–(-]|"
    rf"$)|{_WHY_UNWRITTEN})|"
    rf"^\W*(?:coming soon|work in progress|wip)(?=\W*(?:[.!:…—–*(]|$)|{_WHY_UNWRITTEN})|"
    r"i(?:'ll|’ll| will) fill (?:this|it|that) in\b|"
    # handing it on: "I've been avoiding this one, someone who did the migration please take it"
    r"i(?:'ve|’ve| have) been avoiding (?:this|it|that)\b|(?:someone|somebody|anyone)\b"
    r"[^.\n]{0,60}\bplease take (?:it|this|that)\b|"
    # a list's empty entry: "🚧 Help wanted — nobody has written this one yet."
    r"nobody has (?:written|answered|added|filled in) (?:this|it|that|one)(?: one)?(?: in| up)? "
    r"yet\b|^\W*help wanted\b|"
    # asking the readers instead: "Hit reply and send us your answer", "I'd genuinely like to
    # see good answers to this one"; or put off to the next issue: "...is coming next week!"
    r"\breply and send (?:us|me) your (?:best )?answers?\b|\bsend (?:us|me) your answers?\b|"
    r"(?<![\w ])(?:the answer |it )?(?:is )?coming (?:next week|in (?:the )?next issue)\b|"
    r"(?:i(?:'d|’d| would)|we(?:'d|’d| would)) (?:genuinely |really )?(?:like|love) to see "
    r"(?:some |good |your |better )?answers\b|"
    r"(?:we(?:'re|’re| are)|i(?:'m|’m| am)) (?:still )?(?:updating|rewriting|reworking|revising|"
    r"redoing|working on) "
    r"(?:this|the|our|my) (?:answer|section|post|page)|"
    # the writer's own promise: "will add later", "I'll fill it in later"
    r"^\W*(?:i(?:'ll|’ll| will)|will|to)\s+(?:add|fill in|write|finish|complete)"
    r"(?: (?:it|this|that|one|the answer|an answer)(?: in)?)? later\b|"
    r"deserves (?:its|a) own (?:thread|post|article|episode|video|session|call)|"
    r"deserves a (?:whole |separate )?(?:thread|post|article|episode|video|session|call) of "
    r"its own|"
    # "(3.11+) read the docs pls"
    r"^\W*(?:\([^()\n]{1,20}\)\W*)?(?:just |go )?(?:read|check) the (?:docs|documentation|manual)"
    r"\W*(?:pls|please|lol|tbh)?\W*$|"
    r"(?:leave|leaving) (?:it|this|that)(?: one)? (?:to you|as homework|for later|open)|"
    r"when it(?:'s|’s) done|"
    # in a chat: "let's park it and come back to it", "someone pin a good answer when you find one"
    r"let(?:'s|’s| us) (?:park|skip) (?:it|this|that)|come back to (?:it|this|that) (?:at the end|"
    r"later|tomorrow|tonight|next time|another time)|"
    r"(?:i(?:'ll|’ll| will)?|we(?:'ll|’ll| will)?|let(?:'s|’s| us)) come back to "
    r"(?:it|this|that) (?:after|once|when)\b|"
    # first, in a short note: "I want to write up token bucket properly, after the offsite",
    # "Answer in class.", "I still don't have an answer I'm happy with"
    r"^\W*i (?:want|plan|intend|need) to write (?:[\w-]+ ){0,8}?up\b|"
    r"^\W*(?:answers?|answered|discussed|covered|solutions?) (?:in|during) (?:the )?(?:class|"
    r"lecture|session|seminar|lab|tutorial|workshop)(?=\W*$)|"
    r"(?:we|i) still (?:don'?t|don’t|do not) have (?:a |an )?(?:good |great |proper |real )?"
    r"answer\b|"
    r"(?:someone|somebody) (?:pin|post|share) (?:a|the) (?:good |best |proper )?answer|"
    # a host leaving it to the audience: "I'm not going to answer this one. Write yours below."
    r"(?:i(?:'m|’m| am)|we(?:'re|’re| are)) (?:actually |just )?not (?:going to|gonna) answer|"
    r"(?:write|leave|drop|post|tell (?:me|us)) your (?:own )?answers? (?:in the "
    r"(?:comments|responses|replies)|below)|"
    r"(?:hit|press|just) reply with your (?:answer|take)|share the best (?:ones|answers)\b|"
    r"^\W*your turn\b|"
    # the one who asks it, about the question: "Everyone gets it right, I should drop it."
    r"(?:i|we) should (?:probably |really )?(?:drop|retire|stop asking|replace) (?:it|this|that)|"
    r"(?:i(?:'m|’m| am)|i(?:'ll|’ll| will) be) writing (?:a |an |another )?(?:separate |"
    r"dedicated |follow-up |new )?(?:post|article|thread|video)|"
    r"(?:^|[.!?;]\s)\W*(?:i )?(?:still )?need to (?:read up|look (?:into|up)|brush up|revise|"
    r"research|re-?read|write (?:this|it)(?: one)? up))\b|"
    # at its start only: "The planner needs to look it up in the index" is an answer
    r"^\W*(?:need to |to )?look (?:it |this |that )?up\b|"
    r"^\W*answers? (?:is |are )?(?:in the comments|below|coming|in (?:the )?(?:next|part))|"
    # "I'll take a stab at CAP tomorrow", "so I'll hold off here to avoid spoilers"
    r"\bi(?:'ll|’ll| will) (?:take a stab at|have a go at|have a crack at) [\w ]{1,30}?"
    r"(?:tomorrow|later|tonight|next week|after|when)\b|\bi(?:'ll|’ll| will) hold off\b|"
    # an exam's key: "Marker's discretion."
    r"^\W*(?:at (?:the )?)?(?:marker|examiner|grader|teacher|instructor)(?:'s|’s|s') "
    r"discretion\b|"
    # a talk's slide: "Answer: live demo 🧪"
    r"^\W*(?:live demo|(?:shown|demoed|done) live)\b|"
    # "ask me about this one on Thursday, I had it in my last onsite"
    r"^\W*ask me (?:about (?:this|it|that)(?: one)? )?(?:on|at|in|tomorrow|later|next|after|"
    r"when)\b|"
    # a brush-off: "honestly that's a whole chapter of a book, just google it"
    r"^\W*(?:honestly,? )?that(?:'s|’s| is) a whole (?:chapter|book|course|talk|topic|"
    r"semester)\b(?![^.!?\n]{0,40}\bbut\b)|"  # (not "..., but briefly: ...")
    # a bank's retired entry: "We dropped this one from the loop in March. It lives in ..."
    r"^\W*(?:(?:(?:we|i)(?:'ve|’ve| have)? )?(?:dropped|retired|removed) this (?:one|question)|"
    r"this (?:one|question) (?:was|has been|is) (?:dropped|retired|removed)) from (?:the |our |"
    r"this )?(?:[\w-]+ ){0,2}(?:loop|bank|list|interviews?|rotation|screens?|set|deck|rounds?)\b|"
    # a book's solutions: "No solution provided; discuss this one with your study group."
    r"^\W*no (?:solution|answer|model answer)s? (?:is |was )?(?:provided|given|available)\b",
    re.IGNORECASE,
)


# A reply that answers nothing: agreeing or thanking ("+1", "same here", "great question!"),
# leaving ("brb", "gg") or putting it off ("Q5 carries over to next week").
AGREEMENT = re.compile(
    r"^\W*(?:@\w+(?: [A-Z]\w+)?\s+)?(?:(?:haha|lol|ok(?:ay)?|np|cool|nice|fair)\b\W*){0,3}"
    r"(?:(?:same(?: here)?|me too|bump|following|seconded|this|lgtm|great (?:talk|session|"
    r"webinar|stuff)|(?:(?:super|very|really|so) )?(?:helpful|useful)|\+\d+|"
    r"(?:i(?:'m|’m| am) )?back"
    r"(?: now)?|bye(?: all| everyone)?)\W*$|same,[^\n]{0,20}$|"
    # "Bumping so the instructor sees it" (not "Bump max_connections to 200")
    r"bump(?:ing|ed)?(?: (?:so|for|in case|because)\b[^\n]{0,60})?\W*$|"
    r"(?:\+\d+|thanks?(?! to\b)(?: you)?|ty|great question|good question|good one|good luck|"
    r"congrats|congratulations|exactly what i (?:was looking for|needed)|brb|gg|afk|gtg|g2g|"
    r"that(?:'s|’s| is) (?:it|all) for (?:today|tonight|now)|"
    r"(?:q\d{1,3}(?:,? (?:and |\+ |& )?q\d{1,3})* )?carr(?:y|ies|ied) over)\b[^\n]{0,60}$)",
    re.IGNORECASE,
)


# A note to ask someone else: "Ask Marta, she used it", "Check with Sam (tech lead)".
# Asking the readers for the answer, after saying there is none: "If someone has a good
# short answer please reply", "Answers welcome!"
CALL_FOR_ANSWERS = re.compile(
    r"^\W*(?:if (?:someone|anyone|somebody|any of you) (?:has|have|knows?)\b[^.!?]{0,50}?,?\s*"
    r"(?:please )?(?:reply|share|post|comment|chime in|let me know)|"
    r"(?:better )?answers? (?:are )?welcome|(?:please )?(?:reply|comment) if you know)"
    r"\b[^.!?]{0,40}\W*$",
    re.IGNORECASE,
)
ASK_SOMEONE = re.compile(
    r"^\W*(?:[Aa]sk|[Cc]heck with|[Pp]ing) (?:[A-Z][a-z]{1,20}|your (?:buddy|mentor))"
    # "on Monday,", or nothing more: "ask Dana"
    r"(?: (?:on|tomorrow|next|later|after|at|before)\b[^,.(\n]{0,30})?\s*(?:[,.(—–-]|$)"
)


SHORT_ASK = 80


# Longer than this, a reply that starts unsure is still an answer ("Not sure, but I think...").
SHORT_ADMISSION = 60
# An answer cut off mid-sentence, as a transcript writes it: "... and—", "... so --"
CUT_OFF = re.compile(r"[^\W\d_]{2,}[ \t]?(?:—|–|--|-)\s*$")  # (a transcript's "uh-")
CUT_OFF_CHARS = 200
# ... said hesitantly ("Okay, so, um, first I'd want to know...and—"): an answer that says
# something ("Token bucket per API key in Redis, refilled by a Lua script, and—") is one
HESITANT = re.compile(r"\b(?:um+|uh+|erm+|hmm+)\b", re.IGNORECASE)


# The interviewer going on, where a transcript names no one: "no worries, that's a fair
# answer, let's move on."
EMOJI_TAIL = re.compile(r"[\s\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F]+$")
MOVING_ON = re.compile(
    r"^\W*(?:(?:no worries|no problem|that(?:'s|’s| is) (?:fine|ok(?:ay)?|a fair answer)|fair "
    r"enough|all good|ok(?:ay)?)\b[^.!?]{0,40}?)?\b(?:let(?:'s|’s| us) move on|moving on|we can "
    r"come back to (?:it|that))\b[^.!?]{0,30}[.!]?$",
    re.IGNORECASE,
)
SHORT_REMARK = 40  # "Lesson learned.", "Worth ten minutes with the docs.", after an admission
# An admission that is the whole sentence: "Honestly, I don't know.", "Um, no idea."
BARE_ADMISSION = re.compile(
    r"^\W*(?:(?:honestly|um+|uh+|sorry|so|well|hmm+),?\s+)*(?:i (?:don'?t|don’t|do not) "
    r"(?:really )?know|(?:i(?:'m|’m| am) )?not sure|no idea|no clue)"
    r"(?:,? (?:to be honest|honestly|sorry|tbh))?\W*$",
    re.IGNORECASE,
)
# ... and why: "I've only ever used v2", "I haven't really done system design before",
# "I'd need to think about it more"
EXCUSE = re.compile(
    r"\b(?:i(?:'ve|’ve| have)? (?:only|never) (?:ever |really )?(?:used|touched|worked with|done|"
    r"seen)|i (?:haven'?t|haven’t|have not) (?:really |actually |ever )?(?:done|used|worked with|"
    r"touched|seen|needed|run|operated|deployed)|"
    r"i(?:'d|’d| would) (?:need|have) to (?:think|look|read|check))\b",
    re.IGNORECASE,
)


BLANKED = re.compile(
    r"\W*(?:honestly,? )?\b(?:i (?:blanked|froze|drew a blank)|blanked|drew a blank|no idea|"
    r"no clue|keine ahnung|ni idea|aucune idée|(?:i|we) ran out of time|"
    r"(?:i(?:'m|’m| am)|we(?:'re|’re| are)) out of time|skipped|"
    r"i(?:'d|’d| would) (?:just )?be (?:bluffing|guessing|making (?:it|this|that) up))\b",
    re.I,
)


# A candidate passing on a question, as a sentence of its own: "Pass.", "Next!",
# "Can I pass on that one?", "I'll skip this one.", "Can we skip that?", "Let's skip that one.",
# "pass, ran out of time"
PASSES = re.compile(
    r"^\W*(?:(?:uh+|um+|hmm+|erm+|ok(?:ay)?|so|well|honestly)\W+)?"  # "uhh pass 😅"
    r"(?:(?:can|could|may) (?:i|we) (?:pass|skip)\b.{0,40}|"
    r"(?:i(?:'ll|’ll| will) |let(?:'s|’s| us) )?(?:pass|skip|passing|skipping)(?: on)?"
    r"(?: (?:this|that|it))?"
    # "skip for now, ask Arjun", "Skipping this one, someone else?"; "anyone? 👀" asks on
    # (but "Anyone." answers "Who can read a JWT's payload?")
    r"(?: one)?(?: for (?:now|later|today))?(?:,? ask [\w.-]{1,20})?"
    r"(?:,? (?:someone|anyone|anybody) else)?"
    # "skip for now, low priority (Hynek says you probably don't)"
    r"(?:,? (?:low|not a|no) priority)?(?:\s*\([^()\n]{1,80}\))?\W*|next\W*|"
    r"(?:anyone|anybody|someone)[ \t]*\?\W*|bump\W*|"
    r"(?:pass|skip)\W{1,3}(?:(?:we |i )?ran out of time|no time|out of "
    r"time|(?:i )?don'?t know|no idea|not sure)\b[^.!?]{0,30}\W*)$",
    re.IGNORECASE,
)


# Before the sentence that says it: "Honestly?", "Hmm, well." (not "No." or "Yes.")
INTERJECTION = re.compile(
    r"^\W*(?:(?:honestly|well|hmm+|um+|uh+|so|ok(?:ay)?|yeah|oof|ugh|sigh|oh(?: no)?|ooh|ah)"
    r"\W*){1,3}$",
    re.IGNORECASE,
)


# A word on the question before saying nothing about it: "oof that's a big one."
ON_THE_QUESTION = re.compile(
    r"^\W*(?:(?:oof|ooh|wow|ok(?:ay)?|hmm+|ah|oh)\W+)?(?:that(?:'s|’s| is)|it(?:'s|’s)) a "
    r"(?:big|tough|hard|good|great|tricky|deep|long|huge|fun) one\b\W*$|"
    r"^\W*this (?:one )?is (?:my|a) (?:personal )?(?:favou?rite|classic)(?: one)?\W*$|"
    # a reviewer's point taken: "Hmm, good catch.", "Fair point!"
    r"^\W*(?:(?:hmm+|oh|ah|ooh)\W+)?(?:good|great|nice|fair) (?:catch|point|question|call)\W*$",
    re.IGNORECASE,
)


# The question's words said back before saying nothing: "Backpressure.", "Consistent hashing..."
# (not "Yes." or "No.", which answer)
ECHO = re.compile(
    r"^\W*(?!(?:yes|no|yeah|yep|nope|right|correct|sure|true|false)\b)[^\W\d_][\w-]{0,30}"
    r"(?: [\w-]{1,30})?[.…?!]*$",
    re.IGNORECASE,
)


# Emoji before a sentence's words (not "+1" or a quote, which some patterns read).
EMOJI_LEAD = re.compile(r"^[\s\u2600-\u27bf\U0001f000-\U0001faff\u200d\ufe0f]+")


# A line that is a link (the cleaning before has made its dashes spaces).
LINK_ROW = re.compile(r"^\s*<?https?://\S{1,500}(?:[ \t]+[\w./]{1,60}){0,20}/?>?\s*$")


def _echo(sentence: str) -> bool:
    """The question's words said back ("Backpressure."), not a pass ("Pass.", "look up!!")."""
    return bool(ECHO.match(sentence)) and not (
        PASSES.match(sentence)
        or ADMISSION.search(sentence)
        or DEFERRAL.search(sentence)
        or NOT_WRITTEN.search(sentence)
    )


# A sentence of interjections alone ("haha fair."), not "NP." or "nice" (answers of a word).
INTERJECTIONS_ONLY = re.compile(r"^\W*(?:(?:haha|lol|ok(?:ay)?|cool|fair)\b\W*){1,3}$", re.I)


def only_agreement(answer: str) -> bool:
    """ "+1, I'd love an answer to this too", "same 👀", "thanks!": replies, not answers."""
    # each sentence on its own: "+1, was about to ask the same. Bumping so they see it"
    rows = [row.strip(" >") for row in re.split(r"\n|(?<=[.!?])\s+", answer[:2000])]
    rows = [row for row in rows if re.search(r"[^\W\d_]", row) and not L.is_noise(row)]
    return bool(rows) and all(AGREEMENT.match(row) or INTERJECTIONS_ONLY.match(row) for row in rows)


# Unsure, and then a guess that says something: "not sure, but I think it's a B-tree", "idk,
# probably builds a hash table on the smaller side" (not "no idea, but I'd love to know").
_HEDGE = re.compile(
    r"\b(?:but|probably|maybe|perhaps|i think|i guess|i(?:'d|’d| would) (?:guess|say))\b\W*"
    r"(?P<guess>[^\n]*)",  # (to the end of its paragraph: a message, in a chat)
    re.IGNORECASE,
)
MIN_GUESS_WORDS = 3
# ... but the words after "but" about the speaker or the thread, not the question: "but I'm
# curious too", "but please post here if you find out", "but it was the last question",
# "but they moved on quickly", "I think I was too nervous", "but I'd love to know"
_ABOUT_THE_SPEAKER = re.compile(
    r"\b(?:i(?:'m|’m| am| was| wasn(?:'|’)?t)|i(?:'d|’d| would)? (?:love|like|want) to|me|my|we|"
    r"us|our|they|curious|nervous|please|post|find out|questions?|interview(?:er)?|moved on|"
    r"ran out|time|i should|i need|i(?:'ll|’ll| will)|ask|review|look (?:it |that )?up|"
    r"look into|google|read up)\b",
    re.IGNORECASE,
)


def hedged_answer(plain: str) -> bool:
    hedge = _HEDGE.search(plain)
    if hedge is None:
        return False
    guess = hedge.group("guess")
    return (
        len(re.findall(r"[^\W_]+", guess)) >= MIN_GUESS_WORDS
        and not ADMISSION.search(guess)
        and not DEFERRAL.search(guess)
        and not PASSES.search(guess)
        and not _ABOUT_THE_SPEAKER.search(guess)
    )


ASIDE_AT_END = re.compile(r"\s*\([^()\n]{1,60}\)\W*$")


def says_no_answer(plain: str) -> bool:
    """ "Hmm, I'm blanking on it. Something with tokens? I'd have to look it up.", "Honestly
    I fumbled this one; I'll link a write-up here when it's done.": no answer, though it
    has words. Unsure first and then an answer ("Not sure, but I think...") is one."""
    # "no idea tbh" and then only a link, as a message of its own: still no answer
    plain = "\n".join(row for row in plain.split("\n") if not LINK_ROW.match(row))
    if len(plain) > SHORT_NOTE + 50:
        return False
    # A hard-wrapped note reads as one line; a paragraph ends a sentence ("pass, ran out of
    # time" / "Behavioral round was the usual stuff.").
    paragraphs = [" ".join(part.split()) for part in re.split(r"\n[ \t]*\n", plain)]
    plain = " ".join(plain.split())
    sentences = [
        EMOJI_LEAD.sub("", part)  # "🤷 blanked completely.": the words after the shrug
        for paragraph in paragraphs
        for part in re.split(r"(?<=[.!?;])\s", paragraph)
        if re.search(r"\w", part)
    ]
    if not sentences:
        return False
    if NO_RESPONSE.match(plain):
        return True  # a report's "*No response.*" (not "No.", which answers)
    if all(INTERJECTION.match(sentence) for sentence in sentences):
        return True  # a false start: "Um, okay, so—"
    if all(MOVING_ON.match(EMOJI_TAIL.sub("", sentence)) for sentence in sentences):
        return True  # only moving on: "ok moving on 😅"
    if len(plain) <= CUT_OFF_CHARS and CUT_OFF.search(plain) and HESITANT.search(plain):
        return True  # "Okay, so, um, first I'd want to know whether the limits are... and—"
    thinking = False  # after "Hmm.": the question's words said back are thinking aloud
    while len(sentences) > 1 and (
        (thinking and _echo(sentences[0]))  # "Hmm. Backpressure. Honestly, I ..."
        or AGREEMENT.match(sentences[0])
        or INTERJECTIONS_ONLY.match(sentences[0])  # "haha. no idea tbh"
        or INTERJECTION.match(sentences[0])
        or ON_THE_QUESTION.match(sentences[0])
        or sentences[0].rstrip().endswith("?")  # asking back: "A hot key, like one key...?"
    ):
        thinking = thinking or bool(INTERJECTION.match(sentences[0]))
        sentences.pop(0)  # "Good one. I'll write something up", "Honestly? I fumbled this one"
    while len(sentences) > 1 and (
        INTERJECTION.match(sentences[-1])
        or MOVING_ON.match(sentences[-1])
        or CALL_FOR_ANSWERS.match(EMOJI_TAIL.sub("", sentences[-1]))
    ):
        sentences.pop()  # "... I'd just be guessing." / "Okay." / "No worries, let's move on."
    if any(
        PASSES.match(sentence) or NOT_WRITTEN.search(sentence) or VERDICT.search(sentence)
        for sentence in sentences
    ):
        return True  # "Oh no. We'd be here for hours. Can I pass on that one?"
    first, plain = sentences[0], " ".join(sentences)
    if DEFERRAL.search(first) or (len(plain) <= SHORT_ASK and ASK_SOMEONE.match(first)):
        return True
    if len(plain) <= SHORT_NOTE and GAVE_UP.search(sentences[-1]):
        return True  # "I've heard the term but never used it. So I'll say I don't know."
    if not ADMISSION.search(first):
        return False
    guess = re.search(r"\b(?:but|aber|pero|mais)\b", plain)  # "No idea, but I'd guess..."
    if BLANKED.match(plain) and len(plain) <= 2 * SHORT_ADMISSION and not guess:
        return True  # "Keine Ahnung, wie ich das erkläre — no idea yet, ask Jonas.": it opens so
    # "I blanked on this one, and we ran out of time before I could say anything. Lesson
    # learned.": an admission, and a remark after it
    remark = (
        len(sentences) > 1
        and len(plain) - len(first) <= SHORT_REMARK
        and len(first) <= 2 * SHORT_ADMISSION
        and bool(BLANKED.search(first))  # not "Not sure, but I think it is released."
    )
    # "Honestly, I'm not sure. I haven't run into that. ... no, I don't really know, sorry.":
    # unsure from its first sentence to its last; "Honestly, I don't know. I've only ever
    # used v2.": unsure, and why
    unsure_throughout = (
        len(sentences) > 1
        and len(plain) <= 2 * SHORT_ADMISSION
        and bool(ADMISSION.search(sentences[-1]))
    ) or (
        BARE_ADMISSION.match(first) is not None
        and len(plain) <= 3 * SHORT_ADMISSION
        and all(ADMISSION.search(part) or EXCUSE.search(part) for part in sentences[1:])
    )
    if DEFERRAL.search(plain):
        return True
    # "I blanked on this one. Completely. I've written a dozen at work, but in the moment I
    # couldn't produce a single line. Lesson learned.": blanked, and the rest says why
    excused = (
        len(sentences) > 1
        and BLANKED.match(first) is not None
        and len(first) <= SHORT_ADMISSION
        and all(len(part) <= SHORT_REMARK or COULD_NOT.search(part) for part in sentences[1:])
    )
    if excused:
        return True
    if any(hedged_answer(paragraph) for paragraph in paragraphs):
        return False  # "not sure, but I think it's a B-tree" / "lol same, no clue either"
    # (its aside at the end counts for nothing: "...before Jonas answered (time check at 31:10).")
    short = len(ASIDE_AT_END.sub("", plain)) <= SHORT_ADMISSION
    # "I was not able to answer this. Interviewer explained it is about...": in a short note,
    # what follows is someone else's answer, or the little that was known
    could_not = bool(COULD_NOT_ANSWER.search(first)) and len(plain) <= SHORT_NOTE
    # "I rambled here and I'm still not sure what they were fishing for.": admitted twice
    twice = len(ADMISSION.findall(plain)) >= 2 and len(plain) <= 2 * SHORT_ADMISSION
    return short or remark or unsure_throughout or could_not or twice


# Why nothing came: "in the moment I couldn't produce a single line", "I forgot the rest"
COULD_NOT = re.compile(
    r"\b(?:i|we)\b[^.!?]{0,40}?\b(?:couldn'?t|couldn’t|could not|didn'?t|didn’t|did not|never|"
    r"forgot|wasn'?t able)\b",
    re.IGNORECASE,
)
# (at the note's start: not "If I couldn't answer a customer's question, I wrote it down")
COULD_NOT_ANSWER = re.compile(
    r"^\W*(?:(?:honestly|sadly|unfortunately),? )?(?:i )?"
    r"(?:couldn'?t|couldn’t|could not|was(?:n'?t|n’t| not) able to|was unable to) answer\b",
    re.IGNORECASE,
)


# A reply that only cheers or waits for an answer: "such a good one, following 👀", "#9 is a
# great question, following"
ONLY_FOLLOWING = re.compile(
    r"\b(?:following|(?:i )?(?:also |too )?want to know|also wondering|same here|bump|"
    r"great question|good one|\+1)\b",
    re.IGNORECASE,
)
WORDS_TO_ANSWER = 30  # a reply this long says more than that


def only_following(said: str) -> bool:
    return len(said.split()) < WORDS_TO_ANSWER and bool(ONLY_FOLLOWING.search(said))


def only_placeholder_code(lines: list[str]) -> bool:
    """ "```python\n# TODO\n```": a code block with nothing but a placeholder in it, or
    nothing at all (a notebook's cell never run: "In [ ]:" over an empty cell)."""
    inside = [row for row in lines if not row.startswith("```")]
    return not inside or all(
        re.fullmatch(
            r"(?:#|//|--)\s*(?:todo|tbd|fixme|your code here|\.\.\.)\b.{0,60}|pass|\.\.\.",
            row,
            re.IGNORECASE,
        )
        for row in inside
    )
