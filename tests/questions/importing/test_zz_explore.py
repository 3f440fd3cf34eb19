from django.db.models import Count

from questions.importing import import_bundled_seeds
from questions.models import Question


def test_explore(db):
    import_bundled_seeds()
    for q in Question.objects.annotate(n=Count("references")).filter(n__gt=1).order_by("pk"):
        refs = [(ref.source.title[:6], ref.line, ref.original_prompt[:60]) for ref in q.references.all()]
        if len({r[0] for r in refs}) == 1 and refs[0][0] == "tezvyn":
            continue
        print(q.pk, q.status, q.prompt[:70], "|", refs)
