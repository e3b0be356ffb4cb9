"""Word order: a verb written before its subject, moved after it, as English writes the
statement a question asks about. Russian and Spanish put the verb first in a yes/no question
("Разорвал ли X отношения …?", "¿Reconoció X a Y?") and after a question word that asks for
the object ("¿A quién apoyó X?", "Кого поддержал X?"): read as "X разорвал …", "X reconoció a
Y", "a quién X apoyó" — the subject first, so that the patterns and kinds read them as the
statements they are. The question words that ask for the object and the particles of a yes/no
question are the language's vocabulary (``object_questions``, ``yes_no_particles``).
"""

from __future__ import annotations

from ..answering.question import Named
from .linking import Words
from .roles import CLASS, GLOSS, PART, QUESTION, STOP

AND = "and"  # the English word of a conjunction joining two subjects ("y", "и")
MAX_ARTICLE = 3  # letters of a function word between the verb and its subject ("el", "la")


def verb_after_subject(reader, w: Words) -> None:
    """The verb that opens the question (or follows its opening object question word), and the
    yes/no particles after it, moved after the subject, a name right after them."""
    q, role = reader.q, w.role
    at = _opening(q, w)
    if at is None or at >= len(w.toks) or role[at] not in (GLOSS, CLASS) or w.taken[at]:
        return  # (most questions, quickly)
    t = w.toks[at]
    if t.norm in q.literals or w.english[at] in reader.ix.lang.titles:
        return  # a word the patterns spell out ("правда ли", "dime"), a title ("presidente X")
    end = at + 1
    while end < len(w.toks) and w.toks[end].norm in q.yes_no_particles:
        end += 1
    start = end
    if start < len(w.toks) and role[start] == STOP and len(w.toks[start].norm) <= MAX_ARTICLE:
        start += 1  # "¿A quién apoyó el grupo …?": the article goes with its name
    last = _subject_end(w, start)
    if last is not None:  # the particles before the verb: "X ли разорвал", as "X ли поддержал"
        n = len(w.toks)
        move(w, [*range(at), *range(end, last), *range(at + 1, end), at, *range(last, n)])


def _subject_end(w: Words, start: int) -> int | None:
    """Where the subject that starts at word ``start`` ends: a name of the article, or a place it
    never names ("¿Reconoció Kazajistán a X?"), and the names joined to it by "and" ("¿Apoyaron
    X y Z a Y?"); None when no name starts there."""
    end = None
    while True:
        ends = [nm.end for nm in w.names if nm.start == start]
        ends += [u.end for u in w.unknown if u.start == start and u.name]
        if not ends:
            return end
        end = max(ends)
        if end + 1 >= len(w.toks) or w.english[end] != AND:
            return end
        start = end + 1


def _opening(q, w: Words) -> int | None:
    """Where the verb of an inverted question stands: first in a yes/no question, after the
    opening words of a question that asks for the object; None in any other question."""
    role = w.role
    if not role or role[0] != QUESTION:
        return 0
    end = 1
    while end < len(role) and role[end] == PART:
        end += 1
    words = tuple(t.norm for t in w.toks[:end])
    return end if words in q.object_questions else None


def move(w: Words, order: list[int]) -> None:
    """The words in a new ``order`` (the old places, each once; a name's words kept together and
    in order), with every list of the words and the names' and unknown words' places."""
    at = {old: new for new, old in enumerate(order)}
    w.toks = [w.toks[k] for k in order]
    w.english = [w.english[k] for k in order]
    w.role = [w.role[k] for k in order]
    w.taken = [w.taken[k] for k in order]
    w.names[:] = [Named(nm.entity, at[nm.start], at[nm.end - 1] + 1) for nm in w.names]
    w.names.sort(key=lambda nm: nm.start)
    w.unknown = [u._replace(start=at[u.start], end=at[u.end - 1] + 1) for u in w.unknown]
