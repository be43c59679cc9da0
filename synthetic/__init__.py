"""The demo and benchmark corpus: synthetic cables in the release's layout (no models).

`synthetic.generate.write_cables` is the entry point; `manage.py generate_cables` and
`manage.py load_demo` (what `make run` uses) call it.
"""
