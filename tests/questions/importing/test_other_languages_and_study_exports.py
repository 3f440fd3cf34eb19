"""Shapes met in held-out sets 64-65: interview questions written in other languages (their
labels, Chinese and Japanese punctuation, their words for "to be written"), and a flashcard
app's export with its deck's settings over the table."""

from tests.questions.importing.documents import pairs_of

RUSSIAN = """\
## Базовый Python

**Вопрос:** Чем отличается список от кортежа?

**Ответ:** Список изменяемый, а кортеж — нет, поэтому кортеж хешируемый.

**Вопрос:** Что такое GIL?

**Ответ:** Мьютекс в CPython: байткод выполняет только один поток.
"""


def test_questions_and_answers_labelled_in_russian_are_read_with_their_answers():
    assert pairs_of(RUSSIAN) == [
        (
            "Чем отличается список от кортежа?",
            "Список изменяемый, а кортеж — нет, поэтому кортеж хешируемый.",
        ),
        ("Что такое GIL?", "Мьютекс в CPython: байткод выполняет только один поток."),
    ]


CHINESE = """\
## 一、Python 基础

### 1、Python 中 is 和 == 有什么区别？

答：== 比较的是两个对象的值是否相等，is 比较的是否是同一个对象。

### 2、深拷贝和浅拷贝的区别？

答：浅拷贝只复制最外层容器，深拷贝会递归复制所有子对象。

### 3、Redis 的持久化方式有哪些？

答：待补充
"""


def test_chinese_questions_are_read_by_their_fullwidth_marks_without_their_numbers():
    pairs = pairs_of(CHINESE)

    assert [prompt for prompt, _ in pairs] == [
        "Python 中 is 和 == 有什么区别?",
        "深拷贝和浅拷贝的区别?",
        "Redis 的持久化方式有哪些?",
    ]
    assert pairs[0][1].startswith("== 比较的是两个对象的值是否相等")
    assert pairs[2][1] == ""  # "to be added": no answer


PLACEHOLDERS = """\
## Q1. HTTP와 HTTPS의 차이는 무엇인가요?

**답변**

HTTPS는 HTTP에 TLS 암호화 계층을 더한 프로토콜입니다.

## Q2. HTTP/1.1과 HTTP/2의 차이는 무엇인가요?

> 해설 준비 중입니다 🙏

## Q3. Qu'est-ce que le pattern outbox ?

(à compléter)
"""


def test_an_answer_still_to_be_written_says_so_in_korean_or_french():
    pairs = pairs_of(PLACEHOLDERS)

    assert [answer for _, answer in pairs] == [
        "HTTPS는 HTTP에 TLS 암호화 계층을 더한 프로토콜입니다.",
        "",
        "",
    ]


FLASHCARDS_DELUXE = (
    "*\tname\tBackend interview\n"
    "*\tcategory-1\tRedis|Docker\n"
    "*\tdeck-stats-1\t1727049600|214|38|0|2.41\n"
    "Text 1\tText 2\tText 3\tPicture 1\tCategory 1\tNotes\n"
    "What persistence options does Redis have?\tRDB snapshots and an AOF.\t\t\tRedis\t\n"
    "Why use multi-stage Docker builds?\tThe final image keeps only what runs.\t\t\tDocker\t\n"
    "ConfigMap vs Secret?\t\t\t\tKubernetes\tlook up\n"
    "Why is KEYS * dangerous in production?\tIt walks every key on one thread.\t\t\tRedis\t\n"
)


def test_a_decks_settings_over_its_table_are_not_cards():
    assert pairs_of(FLASHCARDS_DELUXE) == [
        ("What persistence options does Redis have?", "RDB snapshots and an AOF."),
        ("Why use multi-stage Docker builds?", "The final image keeps only what runs."),
        ("ConfigMap vs Secret?", ""),
        ("Why is KEYS * dangerous in production?", "It walks every key on one thread."),
    ]


BILINGUAL = """\
**1. How does FastAPI use Pydantic models?**
_(¿Cómo usa FastAPI los modelos de Pydantic?)_

Respuesta: FastAPI valida el cuerpo JSON con el modelo y devuelve un 422 si falla.

**2. What is a path parameter?**
_(¿Qué es un parámetro de ruta?)_

Respuesta: Parte de la URL, declarada en la ruta.
"""


def test_a_question_said_again_in_parentheses_under_it_is_not_another_question():
    assert pairs_of(BILINGUAL) == [
        (
            "How does FastAPI use Pydantic models?",
            "FastAPI valida el cuerpo JSON con el modelo y devuelve un 422 si falla.",
        ),
        ("What is a path parameter?", "Parte de la URL, declarada en la ruta."),
    ]


NOT_LABELS = """\
## What is MVCC in PostgreSQL?

Pendiente de commit: rows not yet committed are invisible to others.

## Chinese words for the interview

问: to ask. 答: to answer. Both come up when a recruiter writes in Chinese.
"""


def test_words_that_only_look_like_labels_or_placeholders_stay_text():
    pairs = pairs_of(NOT_LABELS)

    assert pairs == [
        (
            "What is MVCC in PostgreSQL?",
            "Pendiente de commit: rows not yet committed are invisible to others.",
        )
    ]
