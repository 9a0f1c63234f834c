"""Task-specific code: one sub-package per task (Spider Text-to-SQL, multiple choice, ...)."""
