import json
import sys

wanted = json.loads("{\"retries\": 8, \"timeout\": 4357}")
try:
    with open('/workspace/settings.json') as f:
        actual = json.load(f)
except (OSError, ValueError):
    sys.exit(1)
sys.exit(0 if actual == wanted else 1)
