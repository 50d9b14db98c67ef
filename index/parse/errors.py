"""Why a file cannot be a page: the reasons the run's report shows, per file.

Kept apart so the reader and the encoding detector can both raise them.
"""


class UnreadableFile(Exception):
    """A file that cannot be used as a page; the message is the reason shown to the admin."""


class ReadFailed(UnreadableFile):
    """The operating system failed to read a file: maybe for now only (a share gone, a permission)."""
