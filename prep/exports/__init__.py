"""A user's data as files they can take elsewhere (GDPR art. 20): JSON, CSV and an Anki deck.

content.py says what is in an export, archive.py and anki.py write it, tasks.py prepares
it in the background, emails the link and deletes it when it expires.
"""
