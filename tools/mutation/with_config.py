"""Replace the [tool.mutmut] table of a copy's pyproject.toml with an area's (tools/mutation.sh)."""

import re
import sys
from pathlib import Path

pyproject, area = Path(sys.argv[1]), Path(sys.argv[2]).read_text()
text = pyproject.read_text()
# The table runs from its header to the next table's header or the end of the file.
text = re.sub(r"(?ms)^\[tool\.mutmut\]\n.*?(?=^\[|\Z)", lambda _: area.rstrip() + "\n\n", text, count=1)
pyproject.write_text(text)
